"""A small world of searchable things in every state, with the words that must (not) leak.

Each restricted text carries a made-up word found nowhere else, so a test can search for it
and check that the wrong reader finds nothing, counts nothing and sees no snippet with it.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser

from emn.accounts.roles import is_emn_member
from emn.contributions.models import Contribution, Request
from emn.core.dissemination import DisseminationLevel
from emn.core.testing.factories import OrganisationFactory, ResearcherFactory, country
from emn.network.models import Organisation, Researcher
from emn.queries.compilation import SHOWN_STATES
from emn.queries.models import AdHocQuery
from emn.queries.tests.matrix_support import contribute, make_query
from emn.search import engine
from emn.search.indexing import reindex
from emn.search.results import SearchParams

State = Contribution.State

# Every word below appears in exactly one object.
WORDS = {
    "draft_si": "quokkadraft",
    "draft_fr": "narwhaldraft",
    "open_query": "pangolinopen",
    "si_draft_answer": "axolotlsi",
    "fr_draft_answer": "okapifr",
    "de_submitted": "tapirde",
    "at_withheld": "wombatat",
    "be_public": "capybarabe",
    "public_query": "meerkatpublic",
    "org_public": "ibexorg",
    "org_emn": "lemurorg",
    "researcher_public": "dingoresearch",
    "researcher_emn": "marmotresearch",
}


@pytest.fixture
def immediate_tasks(settings: Any) -> None:
    """Run queued tasks at once, in the test, instead of leaving them for a worker."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def _text(word: str) -> dict[int, Any]:
    return {5: f"<p>The procedure is called {word} in this country.</p>"}


@dataclass
class World:
    draft_si: AdHocQuery
    draft_fr: AdHocQuery
    open_query: AdHocQuery
    public_query: AdHocQuery
    responses: dict[str, Contribution]
    organisations: dict[str, Organisation]
    researchers: dict[str, Researcher]


def build_world(personas: Any) -> World:
    """Queries in every visibility state, answers in every state, network rows; all indexed."""
    draft_si = make_query(
        title=f"Draft {WORDS['draft_si']}",
        state=AdHocQuery.State.DRAFT,
        created_by=personas.coordinator,
    )
    Request.objects.filter(pk=draft_si.request_id).update(state=Request.State.DRAFT)
    draft_fr = make_query(
        title=f"Draft {WORDS['draft_fr']}",
        state=AdHocQuery.State.DRAFT,
        created_by=personas.other_country,
    )
    Request.objects.filter(pk=draft_fr.request_id).update(
        state=Request.State.DRAFT, requester_country=country("FR")
    )
    open_query = make_query(
        title=f"Open {WORDS['open_query']}",
        dissemination=DisseminationLevel.PUBLIC,
        created_by=personas.coordinator,
    )
    responses = {
        "si_draft": contribute(
            open_query, "SI", state=State.DRAFTING, values=_text(WORDS["si_draft_answer"])
        ),
        "fr_draft": contribute(
            open_query, "FR", state=State.RETURNED, values=_text(WORDS["fr_draft_answer"])
        ),
        "de_submitted": contribute(open_query, "DE", values=_text(WORDS["de_submitted"])),
        "ee_declined": contribute(open_query, "EE", state=State.DECLINED, reason="No capacity"),
    }
    public_query = make_query(
        title=f"Published {WORDS['public_query']}",
        state=AdHocQuery.State.PUBLISHED,
        dissemination=DisseminationLevel.PUBLIC,
        created_by=personas.other_country,
    )
    responses["at_withheld"] = contribute(
        public_query, "AT", publishable=False, values=_text(WORDS["at_withheld"])
    )
    responses["be_public"] = contribute(public_query, "BE", values=_text(WORDS["be_public"]))
    organisations = {
        "public": OrganisationFactory(name=f"Institute {WORDS['org_public']}"),
        "emn": OrganisationFactory(
            name=f"Institute {WORDS['org_emn']}", dissemination=DisseminationLevel.EMN
        ),
    }
    researchers = {
        "public": ResearcherFactory(name=f"Ana {WORDS['researcher_public']}"),
        "emn": ResearcherFactory(
            name=f"Bor {WORDS['researcher_emn']}", dissemination=DisseminationLevel.EMN
        ),
        "erased": ResearcherFactory(
            name="Erased person", erased_at=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
        ),
    }
    reindex()
    return World(
        draft_si, draft_fr, open_query, public_query, responses, organisations, researchers
    )


def found_ids(user: Any, kind: str, q: str = "") -> set[int]:
    """Object ids of `kind` the user finds, reading every page."""
    ids: set[int] = set()
    page = 1
    while True:
        results = engine.search(
            user or AnonymousUser(),
            SearchParams(q=q, filters={"kind": (kind,)}, page=page, page_size=100),
            "en",
        )
        ids |= {hit.object_id for hit in results.hits}
        if page >= results.pages:
            return ids
        page += 1


def readable_responses(user: Any) -> set[int]:
    """The contributions whose answers `user` may read anywhere: the contribution pages
    (`Contribution.objects.visible_to`) and the network or public compilation."""
    ids = set(Contribution.objects.visible_to(user).values_list("pk", flat=True))
    queries = AdHocQuery.objects.visible_to(user)
    shown = Contribution.objects.filter(request__ad_hoc_query__in=queries, state__in=SHOWN_STATES)
    if not is_emn_member(user):
        shown = shown.filter(
            request__ad_hoc_query__state=AdHocQuery.State.PUBLISHED,
            request__ad_hoc_query__dissemination=DisseminationLevel.PUBLIC,
            publishable=True,
        )
    return ids | set(shown.values_list("pk", flat=True))
