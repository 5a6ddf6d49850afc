"""SQLite FTS5: a table `search_fts` with one column per weight class, rowid = Document.id."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.db import connection

from emn.search.backends.base import Columns, Match, render
from emn.search.querying import Phrase, Query

TABLE = "search_fts"
CREATE = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
    "a, b, c, d, tokenize = 'unicode61 remove_diacritics 0')"
)
DROP = f"DROP TABLE IF EXISTS {TABLE}"
# Column weights for bm25, in column order: title, summary/keywords, body, file text.
BM25 = f"bm25({TABLE}, 10.0, 4.0, 2.0, 1.0)"


def _phrase(keys: Phrase) -> str:
    # Keys are letters and digits only (see analysis.WORD); quoting makes each a plain term.
    return '"' + " ".join(k.replace('"', "") for k in keys) + '"'


def expression(query: Query) -> str:
    return render(query, _phrase, " OR ", " AND ")


class SQLiteBackend:
    def write(self, rows: Sequence[tuple[int, Columns]]) -> None:
        ids = [(pk,) for pk, _columns in rows]
        values = [
            (
                pk,
                columns.get("A", ""),
                columns.get("B", ""),
                columns.get("C", ""),
                columns.get("D", ""),
            )
            for pk, columns in rows
        ]
        with connection.cursor() as cursor:
            # Delete first: a row left behind by a flushed test database is replaced too.
            cursor.executemany(f"DELETE FROM {TABLE} WHERE rowid = %s", ids)
            cursor.executemany(
                f"INSERT INTO {TABLE} (rowid, a, b, c, d) VALUES (%s, %s, %s, %s, %s)", values
            )

    def delete(self, ids: Iterable[int]) -> None:
        with connection.cursor() as cursor:
            cursor.executemany(f"DELETE FROM {TABLE} WHERE rowid = %s", [(pk,) for pk in ids])

    def clear(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {TABLE}")

    def match(self, query: Query) -> Match:
        return Match(
            # CROSS JOIN keeps the FTS table outermost: SQLite must not probe MATCH per row.
            source=f"{TABLE} CROSS JOIN search_document d ON d.id = {TABLE}.rowid",
            where=f"{TABLE} MATCH %s",
            where_params=(expression(query),),
            rank=f"(-{BM25})",
            rank_params=(),
        )
