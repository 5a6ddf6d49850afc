"""PostgreSQL: a `vector tsvector` column on search_document with a GIN index.

The vector is written as a tsvector literal of our own keys with positions and weights, and
queries as a tsquery literal: PostgreSQL's parser and dictionaries never see the text, so both
sides read words exactly as `emn.search.analysis` does.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.db import connection

from emn.search.backends.base import Columns, Match, render
from emn.search.querying import Phrase, Query

ADD = [
    "ALTER TABLE search_document ADD COLUMN IF NOT EXISTS vector tsvector",
    "CREATE INDEX IF NOT EXISTS search_document_vector ON search_document USING GIN (vector)",
]
DROP = [
    "DROP INDEX IF EXISTS search_document_vector",
    "ALTER TABLE search_document DROP COLUMN IF EXISTS vector",
]
# ts_rank weights in the order {D, C, B, A}.
WEIGHTS = "'{0.1, 0.2, 0.4, 1.0}'"
MAX_POSITION = 16383
MAX_POSITIONS_PER_KEY = 255


def _quote(key: str) -> str:
    return "'" + key.replace("\\", "").replace("'", "") + "'"


def vector(columns: Columns) -> str:
    """A tsvector literal: each key with its positions and weight class."""
    positions: dict[str, list[str]] = {}
    position = 0
    for weight in ("A", "B", "C", "D"):
        label = "" if weight == "D" else weight
        for key in columns.get(weight, "").split():
            position = min(position + 1, MAX_POSITION)
            found = positions.setdefault(key, [])
            if len(found) < MAX_POSITIONS_PER_KEY:
                found.append(f"{position}{label}")
        position = min(position + 1, MAX_POSITION)  # no phrase across two weight classes
    return " ".join(_quote(k) + ":" + ",".join(dict.fromkeys(p)) for k, p in positions.items())


def _phrase(keys: Phrase) -> str:
    return "(" + " <-> ".join(_quote(k) for k in keys) + ")"


def expression(query: Query) -> str:
    return render(query, _phrase, " | ", " & ")


class PostgresBackend:
    def write(self, rows: Sequence[tuple[int, Columns]]) -> None:
        with connection.cursor() as cursor:
            cursor.executemany(
                "UPDATE search_document SET vector = %s::tsvector WHERE id = %s",
                [(vector(columns), pk) for pk, columns in rows],
            )

    def delete(self, ids: Iterable[int]) -> None:
        with connection.cursor() as cursor:
            cursor.executemany(
                "UPDATE search_document SET vector = NULL WHERE id = %s", [(pk,) for pk in ids]
            )

    def clear(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute("UPDATE search_document SET vector = NULL WHERE vector IS NOT NULL")

    def match(self, query: Query) -> Match:
        expr = expression(query)
        return Match(
            source="search_document d",
            where="d.vector @@ %s::tsquery",
            where_params=(expr,),
            rank=f"ts_rank({WEIGHTS}, d.vector, %s::tsquery)",
            rank_params=(expr,),
        )
