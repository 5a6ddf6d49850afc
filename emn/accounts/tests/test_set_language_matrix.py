"""Anyone may switch the language with a POST; a GET is refused."""

import pytest
from django.conf import settings

from emn.accounts.tests.support import FormPostMatrix, persona_of
from emn.core.testing.personas import PERSONAS

URL = "/accounts/language/"


class TestSetLanguageGet(FormPostMatrix):
    method = "get"
    expected = dict.fromkeys(PERSONAS, 405)

    def url(self, target):
        return URL


class TestSetLanguagePost(FormPostMatrix):
    expected = dict.fromkeys(PERSONAS, 302)

    @pytest.fixture
    def target(self, request, personas):
        return personas[persona_of(request)]

    def url(self, target):
        return URL

    def payload(self, target):
        return {"language": "fr", "next": "/network/"}

    def check(self, response, persona, target):
        assert response["Location"] == "/network/"
        assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "fr"
        if target.is_authenticated:
            target.refresh_from_db()
            assert target.language == "fr"
