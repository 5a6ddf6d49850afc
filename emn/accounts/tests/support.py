"""Helpers the accounts tests share: form-post matrices and the persona under test."""

from __future__ import annotations

from typing import Any

from django.test.client import MULTIPART_CONTENT

from emn.core.testing.matrix import PermissionMatrix

MEMBERS = ("other_country", "reader", "contributor", "coordinator", "commission")


def everyone_logged_in(status: int, anonymous: int = 302) -> dict[str, int]:
    """The same status for every logged-in persona; anonymous readers go to the login page."""
    return {"anonymous": anonymous, **dict.fromkeys(MEMBERS, status)}


def managers_only(allowed: int, refused: int = 403) -> dict[str, int]:
    """The SI coordinator and the Commission may; the FR coordinator, reader and contributor
    may not; anonymous readers are sent to log in."""
    return {
        "anonymous": 302,
        "other_country": refused,
        "reader": refused,
        "contributor": refused,
        "coordinator": allowed,
        "commission": allowed,
    }


def persona_of(request: Any) -> str:
    """The persona a matrix test runs as, for targets that depend on who is asking."""
    return str(request.node.callspec.params["persona"])


class FormPostMatrix(PermissionMatrix):
    """A permission matrix whose POSTs are HTML form submissions."""

    method = "post"
    content_type = MULTIPART_CONTENT

    def refused(self, persona: str) -> bool:
        return self.expected[persona] not in (200, 302) or persona == "anonymous"
