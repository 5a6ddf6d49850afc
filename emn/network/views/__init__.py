"""Pages of the network, one module per part: countries, NCPs, organisations, directory, board."""

from emn.network.views.board import expert_group_detail, steering_board
from emn.network.views.countries import country_detail, overview
from emn.network.views.directory import (
    directory,
    researcher_detail,
    researcher_erase,
    researcher_export,
)
from emn.network.views.ncps import ncp_create, ncp_update
from emn.network.views.organisations import (
    organisation_create,
    organisation_detail,
    organisation_list,
    organisation_update,
)

__all__ = [
    "country_detail",
    "directory",
    "expert_group_detail",
    "ncp_create",
    "ncp_update",
    "organisation_create",
    "organisation_detail",
    "organisation_list",
    "organisation_update",
    "overview",
    "researcher_detail",
    "researcher_erase",
    "researcher_export",
    "steering_board",
]
