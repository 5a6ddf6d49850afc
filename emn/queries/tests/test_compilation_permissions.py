"""The network compilation is for EMN members; the public one for anyone once published."""

import pytest
from django.core.exceptions import PermissionDenied

from emn.core.dissemination import DisseminationLevel
from emn.queries.compilation import build_matrix
from emn.queries.models import AdHocQuery
from emn.queries.tests.matrix_support import contribute, make_query

MEMBERS = ("other_country", "reader", "contributor", "coordinator", "commission")


@pytest.mark.parametrize("persona", MEMBERS)
def test_emn_members_read_the_network_compilation(personas, persona):
    query = make_query()
    contribute(query, "AT", values={2: "Agency"})
    assert len(build_matrix(query, personas[persona]).rows) == 1


@pytest.mark.parametrize("persona", ["anonymous", "partner"])
def test_outsiders_cannot_read_the_network_compilation(personas, persona):
    query = make_query(state=AdHocQuery.State.PUBLISHED, dissemination=DisseminationLevel.PUBLIC)
    with pytest.raises(PermissionDenied, match="EMN members only"):
        build_matrix(query, personas[persona])


@pytest.mark.parametrize(
    ("state", "dissemination"),
    [
        (AdHocQuery.State.COMPILED, DisseminationLevel.PUBLIC),
        (AdHocQuery.State.PUBLISHED, DisseminationLevel.EMN),
    ],
)
def test_the_public_cannot_read_an_unpublished_or_restricted_compilation(
    personas, state, dissemination
):
    query = make_query(state=state, dissemination=dissemination)
    with pytest.raises(PermissionDenied, match="not published"):
        build_matrix(query, personas.anonymous, public=True)


def test_the_public_reads_a_published_public_compilation(personas):
    query = make_query(state=AdHocQuery.State.PUBLISHED, dissemination=DisseminationLevel.PUBLIC)
    contribute(query, "AT", values={2: "Agency"})
    assert len(build_matrix(query, personas.anonymous, public=True).rows) == 1
