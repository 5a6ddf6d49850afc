"""Typed readers for the environment variables that configure EMN Exchange.

Settings come from the environment only (see docs/configuration.md); these helpers turn the
strings into typed values and fail with a message that names the variable, so a wrong
deployment stops at start-up instead of misbehaving later.
"""

from __future__ import annotations

import os
from typing import Any

import dj_database_url
import dj_email_url
from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str | None = None) -> str:
    """Return the variable as text; a missing variable without a default is an error."""
    value = os.environ.get(name)
    if value is None:
        if default is None:
            raise ImproperlyConfigured(f"The environment variable {name} must be set.")
        return default
    return value


def env_bool(name: str, default: bool) -> bool:
    """Return the variable as a boolean, accepting the usual spellings of yes and no."""
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name}={raw!r} is not a boolean: use true or false.")


def env_int(name: str, default: int) -> int:
    """Return the variable as an integer."""
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a whole number.") from None


def env_list(name: str, default: list[str]) -> list[str]:
    """Return a comma-separated variable as a list of non-empty, stripped items."""
    raw = os.environ.get(name)
    if raw is None:
        return list(default)
    return [item.strip() for item in raw.split(",") if item.strip()]


def secret_key(debug: bool) -> str:
    """Return SECRET_KEY; only a DEBUG instance may fall back to a fixed development key."""
    value = os.environ.get("SECRET_KEY", "")
    if value:
        return value
    if debug:
        return "insecure-development-key-never-use-in-production"
    raise ImproperlyConfigured(
        "SECRET_KEY must be set when DEBUG is off: set the environment variable SECRET_KEY "
        "to a long random string (see docs/configuration.md)."
    )


_DB_SCHEMES = ("sqlite", "postgres", "postgresql", "pgsql")


def database(default_url: str) -> dict[str, Any]:
    """Parse DATABASE_URL into Django's DATABASES entry, explaining what is wrong if it is malformed."""
    url = os.environ.get("DATABASE_URL") or default_url
    scheme, sep, rest = url.partition("://")
    if not sep:
        raise ImproperlyConfigured(
            f"DATABASE_URL={url!r} is malformed: it has no '://' after the scheme; "
            "expected e.g. sqlite:///var/emn.sqlite3 or postgres://user@host:5432/name."
        )
    if scheme not in _DB_SCHEMES:
        raise ImproperlyConfigured(
            f"DATABASE_URL={url!r} is malformed: the scheme {scheme!r} is not supported; "
            f"use one of {', '.join(_DB_SCHEMES)}."
        )
    if scheme != "sqlite" and not rest.split("/", 1)[0].rsplit("@", 1)[-1]:
        raise ImproperlyConfigured(f"DATABASE_URL={url!r} is malformed: it names no host.")
    if scheme != "sqlite" and "/" not in rest.rstrip("/"):
        raise ImproperlyConfigured(f"DATABASE_URL={url!r} is malformed: it names no database.")
    try:
        config = dj_database_url.parse(url, conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0))
    except ValueError as error:  # dj_database_url.ParseError is a ValueError
        raise ImproperlyConfigured(f"DATABASE_URL={url!r} is malformed: {error}") from None
    if scheme == "sqlite":
        config.setdefault("OPTIONS", {})
        # WAL lets the web server read while the task worker writes.
        config["OPTIONS"]["init_command"] = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
        config["OPTIONS"]["transaction_mode"] = "IMMEDIATE"
        config["OPTIONS"]["timeout"] = 20
    return dict(config)


def email(default_url: str) -> dict[str, Any]:
    """Parse EMAIL_URL (smtp://, console://, file://) into Django's e-mail settings."""
    url = os.environ.get("EMAIL_URL") or default_url
    try:
        parsed = dj_email_url.parse(url)
    except (KeyError, ValueError) as error:
        raise ImproperlyConfigured(
            f"EMAIL_URL={url!r} is malformed: {error}; expected smtp://user:pass@host:587, "
            "console:// or file:///path/to/folder."
        ) from None
    if "EMAIL_BACKEND" not in parsed:
        raise ImproperlyConfigured(
            f"EMAIL_URL={url!r} is malformed: the scheme is not one of smtp, smtps, console, file."
        )
    return {key: value for key, value in parsed.items() if value is not None}
