"""Every endpoint and method of /api/v1/queries/ for every persona.

France (the `other_country` persona) asks Slovenia, France and Germany; Slovenia is the home
country of the reader, contributor and coordinator personas.
"""

from __future__ import annotations

from typing import Any

import pytest

from emn.api.tests.matrix import EVERYONE, MEMBERS_ONLY, writers
from emn.contributions.models import Contribution
from emn.core.testing.matrix import PermissionMatrix
from emn.core.testing.personas import PERSONAS
from emn.queries import services
from emn.queries.models import AdHocQuery, Compilation, Question
from emn.queries.tests.factories import draft_query, launched_query, questions, response_of

ASKERS_ONLY_SEE_DRAFT = {
    **dict.fromkeys(PERSONAS, 404),
    "other_country": 200,
    "commission": 200,
}


def _askers(ok: int, others: int) -> dict[str, int]:
    """The asker (France) and the Commission `ok`; Slovenia's personas `others`."""
    return {
        **writers(ok, "other_country", "commission"),
        **dict.fromkeys(("reader", "contributor", "coordinator"), others),
    }


def si_drafting(personas: Any) -> AdHocQuery:
    """France's launched query; Slovenia's contributor has answered the required question."""
    query = launched_query(personas.other_country)
    first, yes_no, _number = questions(query)
    services.save_answers(
        personas.contributor,
        response_of(query, "SI"),
        {first.pk: "<p>Access after six months.</p>", yes_no.pk: True},
        expected_version=0,
    )
    return query


def si_submitted(personas: Any) -> AdHocQuery:
    query = si_drafting(personas)
    services.submit_response(personas.coordinator, response_of(query, "SI"))
    return query


def compiled(personas: Any, dissemination: str = "emn") -> AdHocQuery:
    query = si_submitted(personas)
    services.close_query(personas.other_country, query)
    services.compile_query(personas.other_country, query, "Why we asked.", "Most grant access.")
    query.dissemination = dissemination
    query.save(update_fields=["dissemination"])
    return query


def published(personas: Any) -> AdHocQuery:
    query = compiled(personas, "public")
    services.publish_query(personas.other_country, query)
    return query


class TestList(PermissionMatrix):
    expected = EVERYONE

    def url(self, target):
        return "/api/v1/queries/"


class TestCreate(PermissionMatrix):
    method = "post"
    expected = writers(201, "other_country", "coordinator", "commission")

    def url(self, target):
        return "/api/v1/queries/"

    def payload(self, target):
        return {
            "title": "Tolerated stay",
            "background": "Asked for a bill.",
            "theme": "asylum",
            "countries": ["si", "DE"],
        }

    def check(self, response, persona, target):
        if response.status_code == 201:
            assert response.json()["state"] == "draft"
            assert {c["country"]["code"] for c in response.json()["countries"]} == {"SI", "DE"}
        else:
            assert not AdHocQuery.objects.exists()


class TestDetailOfLaunchedQuery(PermissionMatrix):
    expected = MEMBERS_ONLY

    @pytest.fixture
    def target(self, personas):
        return si_drafting(personas)

    def url(self, target):
        return f"/api/v1/queries/{target.pk}/"

    def check(self, response, persona, target):
        if response.status_code != 200:
            return
        states = {c["country"]["code"]: c["state"] for c in response.json()["countries"]}
        # Slovenia's own NCP, the asker and the Commission know Slovenia's state.
        assert states["SI"] == "drafting"
        assert states["DE"] == (
            "not_started" if persona in ("other_country", "commission") else None
        )


class TestDetailOfDraft(PermissionMatrix):
    expected = ASKERS_ONLY_SEE_DRAFT

    @pytest.fixture
    def target(self, personas):
        return draft_query(personas.other_country)

    def url(self, target):
        return f"/api/v1/queries/{target.pk}/"


class TestAddQuestion(PermissionMatrix):
    method = "post"
    expected = _askers(201, 404)

    @pytest.fixture
    def target(self, personas):
        return draft_query(personas.other_country)

    def url(self, target):
        return f"/api/v1/queries/{target.pk}/questions/"

    def payload(self, target):
        return {"kind": "single", "text": "Who decides?", "choices": ["Court", "Agency"]}

    def check(self, response, persona, target):
        assert Question.objects.filter(query=target).count() == (
            4 if response.status_code == 201 else 3
        )


class TestLaunch(PermissionMatrix):
    method = "post"
    expected = _askers(200, 404)

    @pytest.fixture
    def target(self, personas):
        return draft_query(personas.other_country)

    def url(self, target):
        return f"/api/v1/queries/{target.pk}/launch/"

    def check(self, response, persona, target):
        target.refresh_from_db()
        assert target.state == ("open" if response.status_code == 200 else "draft")


class TestClose(PermissionMatrix):
    method = "post"
    expected = _askers(200, 403)

    @pytest.fixture
    def target(self, personas):
        return launched_query(personas.other_country)

    def url(self, target):
        return f"/api/v1/queries/{target.pk}/close/"


class TestReadDraftResponse(PermissionMatrix):
    expected = {**MEMBERS_ONLY, "other_country": 404}

    @pytest.fixture
    def target(self, personas):
        return si_drafting(personas)

    def url(self, target):
        return f"/api/v1/queries/{target.pk}/responses/si/"

    def check(self, response, persona, target):
        if response.status_code == 200:
            body = response.json()
            assert body["state"] == "drafting" and body["version"] == 1
            assert body["answers"][str(questions(target)[1].pk)]["value"]["answer"] is True


class TestSaveResponse(PermissionMatrix):
    method = "put"
    expected = {
        **writers(200, "contributor", "coordinator"),
        "other_country": 404,
    }

    @pytest.fixture
    def target(self, personas):
        return si_drafting(personas)

    def url(self, target):
        return f"/api/v1/queries/{target.pk}/responses/SI/"

    def payload(self, target):
        return {"version": 1, "answers": {str(questions(target)[2].pk): 6}}

    def check(self, response, persona, target):
        si = response_of(target, "SI")
        assert si.version == (2 if response.status_code == 200 else 1)


class TestSubmitResponse(PermissionMatrix):
    method = "post"
    expected = {**writers(200, "coordinator"), "other_country": 404}

    @pytest.fixture
    def target(self, personas):
        return si_drafting(personas)

    def url(self, target):
        return f"/api/v1/queries/{target.pk}/responses/SI/submit/"

    def check(self, response, persona, target):
        submitted = response_of(target, "SI").state == Contribution.State.SUBMITTED
        assert submitted == (response.status_code == 200)


class TestReturnResponse(PermissionMatrix):
    method = "post"
    expected = writers(200, "other_country", "commission")

    @pytest.fixture
    def target(self, personas):
        return si_submitted(personas)

    def url(self, target):
        return f"/api/v1/queries/{target.pk}/responses/SI/return/"

    def payload(self, target):
        return {"reason": "Please add the legal basis."}

    def check(self, response, persona, target):
        returned = response_of(target, "SI").state == Contribution.State.RETURNED
        assert returned == (response.status_code == 200)


class TestCompile(PermissionMatrix):
    method = "post"
    expected = _askers(201, 403)

    @pytest.fixture
    def target(self, personas):
        query = si_submitted(personas)
        services.close_query(personas.other_country, query)
        return query

    def url(self, target):
        return f"/api/v1/queries/{target.pk}/compile/"

    def payload(self, target):
        return {"introduction": "Asked for a bill.", "findings": "Access varies."}

    def check(self, response, persona, target):
        assert Compilation.objects.filter(query=target).count() == (
            1 if response.status_code == 201 else 0
        )


class TestPublish(PermissionMatrix):
    method = "post"
    expected = _askers(200, 403)

    @pytest.fixture
    def target(self, personas):
        return compiled(personas)

    def url(self, target):
        return f"/api/v1/queries/{target.pk}/publish/"

    def payload(self, target):
        return {"dissemination": "public"}


class TestCompilationOfOpenQuery(PermissionMatrix):
    expected = MEMBERS_ONLY

    @pytest.fixture
    def target(self, personas):
        return si_submitted(personas)

    def url(self, target):
        return f"/api/v1/queries/{target.pk}/compilation/"


class TestCompilationOfPublishedQuery(PermissionMatrix):
    expected = EVERYONE

    @pytest.fixture
    def target(self, personas):
        return published(personas)

    def url(self, target):
        return f"/api/v1/queries/{target.pk}/compilation/"

    def check(self, response, persona, target):
        body = response.json()
        assert [r["country"]["code"] for r in body["rows"]] == ["SI"]
        assert body["compilation"]["findings"] == "Most grant access."


class TestCsvOfOpenQuery(PermissionMatrix):
    expected = MEMBERS_ONLY

    @pytest.fixture
    def target(self, personas):
        return si_submitted(personas)

    def url(self, target):
        return f"/api/v1/queries/{target.pk}/compilation.csv"


class TestCsvOfPublishedQuery(PermissionMatrix):
    expected = EVERYONE

    @pytest.fixture
    def target(self, personas):
        return published(personas)

    def url(self, target):
        return f"/api/v1/queries/{target.pk}/compilation.csv/"

    def check(self, response, persona, target):
        assert response["Content-Type"].startswith("text/csv")
        assert "Access after six months." in response.content.decode()
