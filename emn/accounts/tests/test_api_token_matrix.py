"""Every logged-in person creates and revokes their own API token; GET changes nothing."""

import pytest
from rest_framework.authtoken.models import Token

from emn.accounts.tests.support import FormPostMatrix, everyone_logged_in, persona_of


class TestTokenIssueGet(FormPostMatrix):
    method = "get"
    expected = everyone_logged_in(405)

    def url(self, target):
        return "/accounts/profile/token/"

    def check(self, response, persona, target):
        assert not Token.objects.exists()


class TestTokenIssuePost(FormPostMatrix):
    expected = everyone_logged_in(302)

    @pytest.fixture
    def target(self, request, personas):
        return personas[persona_of(request)]

    def url(self, target):
        return "/accounts/profile/token/"

    def check(self, response, persona, target):
        holders = list(Token.objects.values_list("user_id", flat=True))
        assert holders == ([] if persona == "anonymous" else [target.pk])


class TestTokenRevokeGet(FormPostMatrix):
    method = "get"
    expected = everyone_logged_in(405)

    def url(self, target):
        return "/accounts/profile/token/revoke/"


class TestTokenRevokePost(FormPostMatrix):
    expected = everyone_logged_in(302)

    @pytest.fixture
    def target(self, request, personas):
        # Everybody but the anonymous reader starts with a token; the commission's stays
        # whoever asks, so a revoke that reached the wrong account would show.
        Token.objects.create(user=personas.commission)
        person = personas[persona_of(request)]
        if person.is_authenticated and person != personas.commission:
            Token.objects.create(user=person)
        return person

    def url(self, target):
        return "/accounts/profile/token/revoke/"

    def check(self, response, persona, target):
        has_token = Token.objects.filter(user=target.pk).exists() if target.pk else False
        assert not has_token
        if persona == "anonymous":
            assert Token.objects.count() == 1
