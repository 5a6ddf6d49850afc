"""Models of the network, one module per part of it."""

from emn.network.models.country import Country
from emn.network.models.directory import Researcher
from emn.network.models.groups import ExpertGroup
from emn.network.models.ncp import NationalContactPoint, NcpFunding, NetworkPartner
from emn.network.models.organisation import Organisation

__all__ = [
    "Country",
    "ExpertGroup",
    "NationalContactPoint",
    "NcpFunding",
    "NetworkPartner",
    "Organisation",
    "Researcher",
]
