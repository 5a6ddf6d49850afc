"""Writing a planned JSON-stat answer as a stream of bytes whose memory does not grow with it.

Rules: the document is written in the order JSON-stat readers expect (the head with the
dimensions, then `value`, `status`, `extension`); `value` comes from one pass over the
slice's observations that have a value and `status` from a second pass over the flagged
ones only, each read in batches from the slice's own cursor in flat-index order (see
`slicing.py`); the cursor is closed when the document ends or the client goes away. A value
that is not a finite number is written `null` (JSON has no NaN). The output is one valid
JSON document, equal to the one the former in-memory builder gave.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator
from functools import cached_property
from typing import Any

from django.http import StreamingHttpResponse

from emn.stats.jsonstat.build import Plan

# Cells per fetch: large enough for DuckDB to stay fast, small enough to keep memory flat.
BATCH = 10_000


class JsonStream(StreamingHttpResponse):
    """A JSON document sent as it is written (`application/json`, like JsonResponse).

    `text` reads the whole stream, once, as HttpResponse.text reads its content, so Django's
    test client (`response.json()`) and debugging tools read it like any JSON answer; the
    server never calls it, it iterates. `closing` runs when the server closes the response,
    even one never iterated (a client gone before the first byte).
    """

    def __init__(self, chunks: Iterator[bytes], closing: Callable[[], None] = lambda: None) -> None:
        super().__init__(chunks, content_type="application/json")
        self._closing = closing

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._closing()

    @cached_property
    def text(self) -> str:  # type: ignore[override]
        return self.getvalue().decode(self.charset or "utf-8")


def document(plan: Plan, batch: int | None = None) -> Iterator[bytes]:
    """The JSON-stat document of `plan`, in chunks of at most `batch` (BATCH) cells."""
    batch = batch or BATCH
    flags = {flag: _dumps(flag) for flag in plan.flags}
    try:
        yield f'{_dumps(plan.head)[:-1]},"value":{{'.encode()
        yield from _cells(plan, "obs_value", "obs_value IS NOT NULL", _number, batch)
        yield b'},"status":{'
        yield from _cells(plan, "obs_flag", "obs_flag <> ''", flags.__getitem__, batch)
        yield f'}},"extension":{_dumps(plan.extension)}}}'.encode()
    finally:
        plan.slice.close()


def _cells(
    plan: Plan, column: str, condition: str, write: Callable[[Any], str], batch: int
) -> Iterator[bytes]:
    """`"index":<written column>` of every row of the slice meeting `condition`, comma
    separated, in flat-index order."""
    separator = ""
    for rows in plan.slice.cells(column, condition, plan.categories, batch):
        yield (separator + ",".join(f'"{index}":{write(cell)}' for index, cell in rows)).encode()
        separator = ","


def _number(value: float) -> str:
    """A value as json.dumps writes a float, `null` when it is not a finite number."""
    return repr(float(value)) if math.isfinite(value) else "null"


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
