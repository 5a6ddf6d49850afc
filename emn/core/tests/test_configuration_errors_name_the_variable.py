"""Start-up refuses a broken configuration with a message naming the variable."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from emn import config

ROOT = Path(__file__).resolve().parents[3]


def _start(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    clean = {
        k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG", "DATABASE_URL"}
    }
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_debug_off_without_secret_key_refuses_to_start():
    result = _start({"DEBUG": "false"})
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_debug_on_starts_without_secret_key():
    result = _start({"DEBUG": "true"})
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("postgres//localhost/emn", "no '://'"),
        ("mysql://localhost/emn", "scheme 'mysql' is not supported"),
        ("postgres:///emn", "names no host"),
        ("postgres://localhost", "names no database"),
        ("postgres://user@localhost:notaport/emn", "malformed"),
    ],
)
def test_malformed_database_url_says_what_is_wrong(monkeypatch, url, expected):
    monkeypatch.setenv("DATABASE_URL", url)
    with pytest.raises(ImproperlyConfigured) as error:
        config.database("sqlite:///x.sqlite3")
    assert "DATABASE_URL" in str(error.value)
    assert expected in str(error.value)


def test_malformed_database_url_stops_manage_py():
    result = _start({"DEBUG": "true", "DATABASE_URL": "mysql://localhost/emn"})
    assert result.returncode != 0
    assert "DATABASE_URL" in result.stderr


@pytest.mark.parametrize(("name", "raw"), [("DEBUG", "maybe"), ("AXES_FAILURE_LIMIT", "five")])
def test_typed_helpers_name_the_variable(monkeypatch, name, raw):
    monkeypatch.setenv(name, raw)
    with pytest.raises(ImproperlyConfigured, match=name):
        config.env_bool(name, False) if name == "DEBUG" else config.env_int(name, 5)


def test_malformed_email_url_names_the_variable(monkeypatch):
    monkeypatch.setenv("EMAIL_URL", "pigeon://loft")
    with pytest.raises(ImproperlyConfigured, match="EMAIL_URL"):
        config.email("console://")


def test_production_defaults_are_safe(settings):
    from emn import settings as module

    assert module.DEBUG is False
    assert module.SESSION_COOKIE_SECURE and module.CSRF_COOKIE_SECURE
    assert module.CONTENT_SECURITY_POLICY["DIRECTIVES"]["default-src"] == ["'self'"]
