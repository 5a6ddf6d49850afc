"""Fixtures of the contribution engine's tests."""

from __future__ import annotations

from typing import Any

import pytest

from emn.accounts.models import Role
from emn.core.testing.factories import RoleFactory, UserFactory, country


@pytest.fixture
def immediate_tasks(settings: Any) -> None:
    """Run queued tasks at once, in the test, instead of leaving them for a worker."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def other_contributor(personas: Any) -> Any:
    """A contributor of France: another country's NCP, for the "never their drafts" rules."""
    user = UserFactory(email="contributor.fr@example.org")
    RoleFactory(user=user, kind=Role.Kind.NCP_CONTRIBUTOR, country=country("FR"))
    return user
