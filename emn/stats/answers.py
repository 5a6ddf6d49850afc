"""Answers of the statistics services kept on disk and served again as plain files.

A slice of a large release costs a scan of its file (tens to hundreds of milliseconds); the
same request asked again, by a dashboard or a script run every night, then costs what a
static file does. Rules:
- the key is the answer's entity tag, which changes with the flow's data (release, or an
  indicator's inputs and definition) and with the request (path, parameters in any order,
  Accept): a new release is never answered from an old file, and a file is only ever looked
  up after the reader's right to the flow was checked;
- an answer is kept only when it was written whole: it goes to a `.partial` file renamed at
  the end, and a client that goes away mid-way leaves nothing behind;
- answers larger than a tenth of the budget are not kept; when the files together pass
  `STATS_ANSWER_CACHE_MB`, the least recently served go first; 0 keeps nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from django.conf import settings

from emn.stats import duck

BLOCK = 256 * 1024


def _budget() -> int:
    return max(0, int(settings.STATS_ANSWER_CACHE_MB)) * 1024 * 1024


def _directory() -> Path:
    path = duck.stats_root() / "answers"
    path.mkdir(parents=True, exist_ok=True)
    return path


def path_for(service: str, etag: str) -> Path:
    digest = hashlib.sha256(f"{service}:{etag}".encode()).hexdigest()[:40]
    return _directory() / f"{digest}.answer"


def cached(service: str, etag: str) -> BinaryIO | None:
    """The kept answer of `etag`, opened (and marked as just used), or None."""
    if not _budget():
        return None
    path = path_for(service, etag)
    try:
        opened = path.open("rb")
    except FileNotFoundError:
        return None
    with contextlib.suppress(OSError):
        os.utime(path)
    return opened


def blocks(opened: BinaryIO) -> Iterator[bytes]:
    """A file's bytes in blocks, closed at the end or when the client goes away."""
    try:
        while block := opened.read(BLOCK):
            yield block
    finally:
        opened.close()


def keep(service: str, etag: str, chunks: Iterator[bytes]) -> Iterator[bytes]:
    """`chunks` passed on unchanged, and kept as the answer of `etag` once all were sent."""
    budget = _budget()
    if not budget:
        yield from chunks
        return
    final = path_for(service, etag)
    partial = final.with_name(f"{final.name}.{uuid.uuid4().hex}.partial")
    size, whole = 0, False
    try:
        with partial.open("wb") as out:
            for chunk in chunks:
                size += len(chunk)
                if size <= budget // 10:
                    out.write(chunk)
                yield chunk
        whole = 0 < size <= budget // 10
        if whole:
            os.replace(partial, final)
            prune(budget)
    finally:
        if not whole:
            partial.unlink(missing_ok=True)


def keep_file(service: str, etag: str, path: Path) -> None:
    """A complete answer already written to `path` (on the same disk), kept as a copy."""
    budget = _budget()
    if not budget or path.stat().st_size > budget // 10:
        return
    final = path_for(service, etag)
    partial = final.with_name(f"{final.name}.{uuid.uuid4().hex}.partial")
    try:
        os.link(path, partial)
        os.replace(partial, final)
    except OSError:
        partial.unlink(missing_ok=True)
        return
    prune(budget)


def prune(budget: int) -> None:
    """Remove the least recently served answers until the rest fit in `budget`."""
    files = []
    for path in _directory().glob("*.answer"):
        with contextlib.suppress(FileNotFoundError):
            stat = path.stat()
            files.append((stat.st_mtime, stat.st_size, path))
    total = sum(size for _used, size, _path in files)
    for _used, size, path in sorted(files):
        if total <= budget:
            break
        path.unlink(missing_ok=True)
        total -= size
