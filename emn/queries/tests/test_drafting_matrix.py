"""Who may reach each drafting page, by GET and by POST, for all six personas.

A draft is the asking NCP's and the Commission's: everyone else gets a 404, as if it did
not exist. Readers and contributors of the asking NCP read it but may not change it.
"""

import pytest
from django.test.client import MULTIPART_CONTENT

from emn.core.testing.factories import country
from emn.core.testing.matrix import PermissionMatrix
from emn.queries.models import AdHocQuery, Clarification, Question
from emn.queries.tests.factories import draft_query, in_days, launched_query, theme

ALL_SEE = dict.fromkeys(
    ("anonymous", "other_country", "reader", "contributor", "coordinator", "commission"), 200
)
DRAFT_SEEN = {**ALL_SEE, "anonymous": 404, "other_country": 404}
DRAFT_FORM = {**DRAFT_SEEN, "anonymous": 302, "reader": 403, "contributor": 403}
DRAFT_POST = {**DRAFT_FORM, "coordinator": 302, "commission": 302}
OPEN_POST = {**DRAFT_POST, "other_country": 403}
NOT_ALLOWED = dict.fromkeys(ALL_SEE, 405)


class FormMatrix(PermissionMatrix):
    method = "post"
    content_type = MULTIPART_CONTENT


@pytest.fixture
def draft(personas):
    return draft_query(personas.coordinator)


@pytest.fixture
def launched(personas):
    return launched_query(personas.coordinator)


class TestQueryList(PermissionMatrix):
    expected = ALL_SEE

    def url(self, target):
        return "/queries/"


class TestQueryCreateForm(PermissionMatrix):
    expected = {**ALL_SEE, "anonymous": 302, "reader": 403, "contributor": 403}

    def url(self, target):
        return "/queries/new/"


class TestQueryCreatePost(FormMatrix):
    expected = {**TestQueryCreateForm.expected, "other_country": 302}
    expected |= {"coordinator": 302, "commission": 302}

    def url(self, target):
        return "/queries/new/"

    def payload(self, target):
        return {
            "title": "Detention of families with children",
            "background": "Asked for a parliamentary question.",
            "theme": theme("return").pk,
            "keywords": "detention, families",
            "deadline": in_days(10).isoformat(),
            "countries": [country("SI").pk, country("FR").pk],
            "dissemination": "emn",
        }

    def check(self, response, persona, target):
        stored = AdHocQuery.objects.filter(title="Detention of families with children")
        assert stored.exists() == (self.expected[persona] == 302 and persona != "anonymous")


class TestQuerySimilar(PermissionMatrix):
    expected = {**ALL_SEE, "anonymous": 302}

    def url(self, target):
        return "/queries/similar/?title=labour+market"


class TestDraftDetail(PermissionMatrix):
    expected = DRAFT_SEEN

    @pytest.fixture
    def target(self, draft):
        return draft

    def url(self, target):
        return f"/queries/{target.pk}/"


class TestLaunchedDetail(PermissionMatrix):
    expected = {**ALL_SEE, "anonymous": 404}

    @pytest.fixture
    def target(self, launched):
        return launched

    def url(self, target):
        return f"/queries/{target.pk}/"


class TestDraftPreview(TestDraftDetail):
    def url(self, target):
        return f"/queries/{target.pk}/preview/"


class TestQueryUpdateForm(PermissionMatrix):
    expected = DRAFT_FORM

    @pytest.fixture
    def target(self, draft):
        return draft

    def url(self, target):
        return f"/queries/{target.pk}/edit/"


class TestQueryUpdatePost(FormMatrix):
    expected = DRAFT_POST

    @pytest.fixture
    def target(self, draft):
        return draft

    def url(self, target):
        return f"/queries/{target.pk}/edit/"

    def payload(self, target):
        return {
            "title": "Renamed",
            "background": target.background,
            "theme": target.theme_id,
            "keywords": "",
            "deadline": in_days(20).isoformat(),
            "countries": [country("SI").pk],
            "dissemination": "public",
        }

    def check(self, response, persona, target):
        target.refresh_from_db()
        changed = self.expected[persona] == 302 and persona != "anonymous"
        assert (target.title == "Renamed") == changed


class TestQuestionCreateForm(TestQueryUpdateForm):
    def url(self, target):
        return f"/queries/{target.pk}/questions/new/"


class TestQuestionCreatePost(FormMatrix):
    expected = DRAFT_POST

    @pytest.fixture
    def target(self, draft):
        return draft

    def url(self, target):
        return f"/queries/{target.pk}/questions/new/"

    def payload(self, target):
        return {"kind": "single", "text": "Who decides?", "choices": "Ministry\nCourt"}

    def check(self, response, persona, target):
        added = target.questions.filter(text="Who decides?").exists()
        assert added == (self.expected[persona] == 302 and persona != "anonymous")


class _OnFirstQuestion:
    @pytest.fixture
    def target(self, draft):
        return draft.questions.order_by("position").first()


class TestQuestionUpdateForm(_OnFirstQuestion, PermissionMatrix):
    expected = DRAFT_FORM

    def url(self, target):
        return f"/queries/{target.query_id}/questions/{target.pk}/edit/"


class TestQuestionUpdatePost(_OnFirstQuestion, FormMatrix):
    expected = DRAFT_POST

    def url(self, target):
        return f"/queries/{target.query_id}/questions/{target.pk}/edit/"

    def payload(self, target):
        return {"kind": "text", "text": "Describe the rules in force.", "required": "on"}

    def check(self, response, persona, target):
        target.refresh_from_db()
        changed = self.expected[persona] == 302 and persona != "anonymous"
        assert (target.text == "Describe the rules in force.") == changed


class TestQuestionDeletePost(_OnFirstQuestion, FormMatrix):
    expected = DRAFT_POST

    def url(self, target):
        return f"/queries/{target.query_id}/questions/{target.pk}/delete/"

    def check(self, response, persona, target):
        removed = not Question.objects.filter(pk=target.pk).exists()
        assert removed == (self.expected[persona] == 302 and persona != "anonymous")


class TestQuestionDeleteGet(_OnFirstQuestion, PermissionMatrix):
    expected = NOT_ALLOWED

    def url(self, target):
        return f"/queries/{target.query_id}/questions/{target.pk}/delete/"


class TestQuestionMovePost(_OnFirstQuestion, FormMatrix):
    expected = DRAFT_POST

    def url(self, target):
        return f"/queries/{target.query_id}/questions/{target.pk}/move/"

    def payload(self, target):
        return {"direction": "down"}

    def check(self, response, persona, target):
        target.refresh_from_db()
        moved = self.expected[persona] == 302 and persona != "anonymous"
        assert target.position == (2 if moved else 1)


class TestQuestionMoveGet(_OnFirstQuestion, PermissionMatrix):
    expected = NOT_ALLOWED

    def url(self, target):
        return f"/queries/{target.query_id}/questions/{target.pk}/move/"


class TestQueryLaunchPost(FormMatrix):
    expected = DRAFT_POST

    @pytest.fixture
    def target(self, draft):
        return draft

    def url(self, target):
        return f"/queries/{target.pk}/launch/"

    def check(self, response, persona, target):
        target.refresh_from_db()
        launched = self.expected[persona] == 302 and persona != "anonymous"
        assert target.state == ("open" if launched else "draft")


class TestQueryLaunchGet(TestQueryLaunchPost):
    method = "get"
    expected = NOT_ALLOWED

    def check(self, response, persona, target):
        pass


class TestQueryClosePost(FormMatrix):
    expected = OPEN_POST

    @pytest.fixture
    def target(self, launched):
        return launched

    def url(self, target):
        return f"/queries/{target.pk}/close/"

    def check(self, response, persona, target):
        target.refresh_from_db()
        closed = self.expected[persona] == 302 and persona != "anonymous"
        assert target.state == ("closed" if closed else "open")


class TestQueryCloseGet(TestQueryClosePost):
    method = "get"
    expected = NOT_ALLOWED

    def check(self, response, persona, target):
        pass


class TestDraftWithdrawPost(FormMatrix):
    expected = DRAFT_POST

    @pytest.fixture
    def target(self, draft):
        return draft

    def url(self, target):
        return f"/queries/{target.pk}/withdraw/"

    def check(self, response, persona, target):
        target.refresh_from_db()
        withdrawn = self.expected[persona] == 302 and persona != "anonymous"
        assert target.state == ("withdrawn" if withdrawn else "draft")


class TestOpenWithdrawPost(TestDraftWithdrawPost):
    expected = OPEN_POST

    @pytest.fixture
    def target(self, launched):
        return launched

    def check(self, response, persona, target):
        target.refresh_from_db()
        withdrawn = self.expected[persona] == 302 and persona != "anonymous"
        assert target.state == ("withdrawn" if withdrawn else "open")


class TestQueryWithdrawGet(TestDraftWithdrawPost):
    method = "get"
    expected = NOT_ALLOWED

    def check(self, response, persona, target):
        pass


class TestClarificationCreatePost(FormMatrix):
    expected = OPEN_POST

    @pytest.fixture
    def target(self, launched):
        return launched

    def url(self, target):
        return f"/queries/{target.pk}/clarifications/new/"

    def payload(self, target):
        return {"text": "Count only first-instance decisions."}

    def check(self, response, persona, target):
        added = Clarification.objects.filter(query=target).exists()
        assert added == (self.expected[persona] == 302 and persona != "anonymous")


class TestClarificationOnDraftPost(TestClarificationCreatePost):
    """A draft has no clarifications: its questions are simply edited."""

    expected = {**DRAFT_POST, "coordinator": 403, "commission": 403}

    @pytest.fixture
    def target(self, draft):
        return draft


class TestClarificationCreateGet(TestClarificationCreatePost):
    method = "get"
    expected = NOT_ALLOWED

    def payload(self, target):
        return None

    def check(self, response, persona, target):
        pass
