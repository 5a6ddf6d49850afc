"""Loaded first by pytest (`-p` in pyproject.toml), before Django reads its settings.

Tests run with production defaults (DEBUG off), which need a SECRET_KEY; a throw-away one
is enough here.
"""

import os

os.environ.setdefault("SECRET_KEY", "tests-only-secret-key")
os.environ.pop("DEBUG", None)
os.environ.setdefault("STATIC_MANIFEST", "false")
