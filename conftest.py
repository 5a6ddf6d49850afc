"""Fixtures shared by the whole suite."""

from __future__ import annotations

from typing import Any

import pytest

from emn.core.testing.personas import Personas, make_personas
from emn.core.testing.reference import ensure_reference_data

pytest_plugins = ["emn.core.testing.browser"]


@pytest.fixture
def personas(db: Any) -> Personas:
    """One user per persona of the permission matrix (see emn/core/testing/personas.py)."""
    ensure_reference_data()
    return make_personas()


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings: Any) -> None:
    """Personas get passwords in every test; a fast hasher keeps the suite quick."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _english_and_fresh_caches(settings: Any) -> None:
    """Tests start in English with an empty cache, whatever ran before."""
    from django.core.cache import cache
    from django.utils import translation

    translation.activate("en")
    cache.clear()


@pytest.fixture(autouse=True)
def _stats_files_outside_var(settings: Any, tmp_path_factory: Any) -> None:
    """Statistics releases written by any test (the demo loads some) never land in var/stats."""
    settings.STATS_ROOT = tmp_path_factory.getbasetemp() / "stats"
