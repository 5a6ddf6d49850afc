"""The permission matrix every view and endpoint test inherits.

A subclass names the URL it checks, the object it needs, and the status each persona must
get. The base class runs one test per persona, so a missing rule shows as a named failure
such as `test_access[other_country]`.
"""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from django.test import Client

from emn.core.testing.personas import PERSONAS, Personas


class PermissionMatrix:
    """Inherit, set `expected` (persona -> status) and implement `url`; optionally `target`."""

    method: ClassVar[str] = "get"
    expected: ClassVar[dict[str, int]] = {}
    content_type: ClassVar[str] = "application/json"

    @pytest.fixture
    def target(self, db: Any) -> Any:
        return None

    def url(self, target: Any) -> str:
        raise NotImplementedError

    def payload(self, target: Any) -> dict[str, Any] | None:
        return None

    def check(self, response: Any, persona: str, target: Any) -> None:
        """Extra assertions on the response; override to check what was (not) changed."""

    @pytest.mark.parametrize("persona", PERSONAS)
    def test_access(self, persona: str, target: Any, personas: Personas, client: Client) -> None:
        if persona not in self.expected:
            pytest.skip(f"{type(self).__name__} sets no expectation for {persona}")
        user = personas[persona]
        if persona != "anonymous":
            client.force_login(user)
        call = getattr(client, self.method)
        kwargs: dict[str, Any] = {}
        data = self.payload(target)
        if data is not None:
            kwargs = {"data": data, "content_type": self.content_type}
        response = call(self.url(target), **kwargs)
        assert response.status_code == self.expected[persona], (
            f"{persona} got {response.status_code}, expected {self.expected[persona]}"
        )
        self.check(response, persona, target)
