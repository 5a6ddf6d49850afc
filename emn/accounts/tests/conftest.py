"""Fixtures of the accounts tests."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture
def immediate_tasks(settings: Any) -> None:
    """Run queued tasks at once, in the test, instead of leaving them for a worker."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
