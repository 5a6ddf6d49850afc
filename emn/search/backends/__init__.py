"""The full-text engines behind one interface; chosen by the database in use."""

from __future__ import annotations

from django.db import connection

from emn.search.backends.base import Backend


def backend() -> Backend:
    """The backend for the default database: PostgreSQL full-text search or SQLite FTS5."""
    if connection.vendor == "postgresql":
        from emn.search.backends.postgres import PostgresBackend

        return PostgresBackend()
    from emn.search.backends.sqlite import SQLiteBackend

    return SQLiteBackend()
