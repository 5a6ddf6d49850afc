"""Suggestions come only from queries the user may read, never from another person's draft."""

from emn.core.dissemination import DisseminationLevel
from emn.queries.models import AdHocQuery
from emn.queries.similarity import similar_queries
from emn.queries.tests.matrix_support import make_query

TEXT = "statelessness determination procedure"


def titled(suffix: str, **kwargs):
    return make_query(title=f"Statelessness determination procedure {suffix}", **kwargs)


def found(user):
    return {match.query.title.rsplit(" ", 1)[-1] for match in similar_queries(user, TEXT, limit=10)}


def test_members_see_launched_queries_of_the_network(personas):
    titled("launched")
    titled("published", state=AdHocQuery.State.PUBLISHED, dissemination=DisseminationLevel.PUBLIC)
    assert found(personas.contributor) == {"launched", "published"}


def test_the_public_sees_only_published_public_queries(personas):
    titled("restricted")
    titled("published", state=AdHocQuery.State.PUBLISHED, dissemination=DisseminationLevel.PUBLIC)
    assert found(personas.anonymous) == {"published"}
    assert found(personas.partner) == {"published"}


def test_drafts_of_others_are_never_suggested(personas):
    titled("mine", state=AdHocQuery.State.DRAFT, created_by=personas.coordinator)
    titled("colleague", state=AdHocQuery.State.DRAFT, created_by=personas.contributor)
    titled("foreign", state=AdHocQuery.State.DRAFT, created_by=personas.other_country)

    assert found(personas.coordinator) == {"mine"}
    assert found(personas.commission) == set()
