"""The permission matrix of every answering page, GET and POST, for the six personas."""

from __future__ import annotations

from typing import Any, ClassVar
from urllib.parse import urlencode

import pytest

from emn.contributions import services as engine
from emn.contributions.models import Contribution
from emn.core.testing.matrix import PermissionMatrix
from emn.queries.models import Answer
from emn.queries.tests.answering_support import (
    FORM,
    answer_form,
    answered,
    asked_query,
    si,
    submitted,
    url,
)
from emn.queries.tests.factories import in_days

WRITERS = {"contributor", "coordinator"}


class DraftMatrix(PermissionMatrix):
    """A form POST to SI's draft response of a query France asked."""

    method = "post"
    content_type = FORM
    name: ClassVar[str] = ""

    @pytest.fixture
    def target(self, personas: Any) -> Any:
        return asked_query(personas)

    def url(self, target: Any) -> str:
        return url(self.name, target)

    def payload(self, target: Any) -> Any:
        return ""


class TestResponseEditGet(DraftMatrix):
    method = "get"
    name = "response_edit"
    expected: ClassVar[dict[str, int]] = {
        "anonymous": 302,
        "other_country": 404,
        "reader": 302,
        "contributor": 200,
        "coordinator": 200,
        "commission": 302,
    }

    def payload(self, target: Any) -> Any:
        return None


class TestResponseEditPost(DraftMatrix):
    name = "response_edit"
    expected: ClassVar[dict[str, int]] = {
        "anonymous": 302,
        "other_country": 404,
        "reader": 403,
        "contributor": 302,
        "coordinator": 302,
        "commission": 403,
    }

    def payload(self, target: Any) -> Any:
        return answer_form(target, 0)

    def check(self, response: Any, persona: str, target: Any) -> None:
        stored = Answer.objects.filter(contribution=si(target)).exists()
        assert stored == (persona in WRITERS)


class TestResponseAutosave(TestResponseEditPost):
    name = "response_autosave"
    expected: ClassVar[dict[str, int]] = {
        **TestResponseEditPost.expected,
        "contributor": 200,
        "coordinator": 200,
    }


class TestResponseReady(DraftMatrix):
    name = "response_ready"
    expected: ClassVar[dict[str, int]] = {
        **TestResponseEditPost.expected,
    }

    @pytest.fixture
    def target(self, personas: Any) -> Any:
        query = asked_query(personas)
        answered(query, personas)
        return query

    def check(self, response: Any, persona: str, target: Any) -> None:
        ready = si(target).state == Contribution.State.READY
        assert ready == (persona in WRITERS)


class TestResponseSubmit(TestResponseReady):
    name = "response_submit"
    expected: ClassVar[dict[str, int]] = {
        **TestResponseEditPost.expected,
        "contributor": 403,
    }

    def check(self, response: Any, persona: str, target: Any) -> None:
        assert (si(target).state == Contribution.State.SUBMITTED) == (persona == "coordinator")


class TestResponseNoInformation(TestResponseSubmit):
    name = "response_no_information"

    def check(self, response: Any, persona: str, target: Any) -> None:
        no_info = si(target).state == Contribution.State.NO_INFORMATION
        assert no_info == (persona == "coordinator")


class TestResponseDecline(TestResponseSubmit):
    name = "response_decline"

    def payload(self, target: Any) -> Any:
        return urlencode({"decline-reason": "No data collected on this."})

    def check(self, response: Any, persona: str, target: Any) -> None:
        assert (si(target).state == Contribution.State.DECLINED) == (persona == "coordinator")


class TestResponseExtensionRequest(TestResponseSubmit):
    name = "response_extension_request"

    def payload(self, target: Any) -> Any:
        return urlencode({"until": in_days(40).isoformat(), "reason": "Ministry on holiday."})

    def check(self, response: Any, persona: str, target: Any) -> None:
        assert si(target).extensions.exists() == (persona == "coordinator")


class TestAttachmentAdd(TestResponseEditPost):
    name = "attachment_add"
    expected: ClassVar[dict[str, int]] = {
        **TestResponseEditPost.expected,
        "contributor": 400,
        "coordinator": 400,
    }

    def check(self, response: Any, persona: str, target: Any) -> None:
        assert not si(target).query_attachments.exists()


class SubmittedMatrix(DraftMatrix):
    """SI's submitted response: France, the asker, may now read it and decide on it."""

    @pytest.fixture
    def target(self, personas: Any) -> Any:
        query = asked_query(personas)
        submitted(query, personas)
        return query


class TestResponseDetail(SubmittedMatrix):
    method = "get"
    name = "response_detail"
    expected: ClassVar[dict[str, int]] = {
        "anonymous": 302,
        "other_country": 200,
        "reader": 200,
        "contributor": 200,
        "coordinator": 200,
        "commission": 200,
    }

    def payload(self, target: Any) -> Any:
        return None


class TestDraftDetailHiddenFromOtherCountry(DraftMatrix):
    method = "get"
    name = "response_detail"
    expected: ClassVar[dict[str, int]] = {**TestResponseDetail.expected, "other_country": 404}

    def payload(self, target: Any) -> Any:
        return None


class TestAskerCannotEditSubmitted(SubmittedMatrix):
    name = "response_edit"
    expected: ClassVar[dict[str, int]] = {
        "anonymous": 302,
        "other_country": 403,
        "reader": 403,
        "contributor": 403,
        "coordinator": 403,
        "commission": 403,
    }

    def payload(self, target: Any) -> Any:
        return answer_form(target, si(target).version, months="99")

    def check(self, response: Any, persona: str, target: Any) -> None:
        assert not Answer.objects.filter(contribution=si(target), value__value=99).exists()


class TestResponseReturn(SubmittedMatrix):
    name = "response_return"
    expected: ClassVar[dict[str, int]] = {
        "anonymous": 302,
        "other_country": 302,
        "reader": 403,
        "contributor": 403,
        "coordinator": 403,
        "commission": 302,
    }

    def payload(self, target: Any) -> Any:
        return urlencode({"return-reason": "Please add the 2024 figures."})

    def check(self, response: Any, persona: str, target: Any) -> None:
        returned = si(target).state == Contribution.State.RETURNED
        assert returned == (persona in {"other_country", "commission"})


class TestExtensionDecide(DraftMatrix):
    expected: ClassVar[dict[str, int]] = {
        "anonymous": 302,
        "other_country": 302,
        "reader": 403,
        "contributor": 403,
        "coordinator": 403,
        "commission": 302,
    }

    @pytest.fixture
    def target(self, personas: Any) -> Any:
        query = asked_query(personas)
        engine.request_extension(personas.coordinator, si(query), in_days(40), "Holidays.")
        return query

    def url(self, target: Any) -> str:
        return url("extension_decide", target, si(target).extensions.get().pk)

    def payload(self, target: Any) -> Any:
        return urlencode({"grant": "yes"})

    def check(self, response: Any, persona: str, target: Any) -> None:
        granted = si(target).extensions.get().state == "granted"
        assert granted == (persona in {"other_country", "commission"})


class TestDashboardAsker(DraftMatrix):
    method = "get"
    expected: ClassVar[dict[str, int]] = {
        "anonymous": 302,
        "other_country": 200,
        "reader": 403,
        "contributor": 403,
        "coordinator": 403,
        "commission": 200,
    }

    def url(self, target: Any) -> str:
        from django.urls import reverse

        return reverse("queries:dashboard_asker", args=[target.pk])

    def payload(self, target: Any) -> Any:
        return None


class TestDashboardNcp(TestDashboardAsker):
    expected: ClassVar[dict[str, int]] = {
        "anonymous": 302,
        "other_country": 200,
        "reader": 200,
        "contributor": 200,
        "coordinator": 200,
        "commission": 200,
    }

    def url(self, target: Any) -> str:
        from django.urls import reverse

        return reverse("queries:dashboard_ncp")
