"""Fixtures of the statistics tests: observations files go to the test's own directory."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(autouse=True)
def _stats_root(settings: Any, tmp_path: Any) -> None:
    """Release files never land in var/stats during tests."""
    settings.STATS_ROOT = tmp_path / "stats"
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def immediate_tasks(settings: Any) -> None:
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
