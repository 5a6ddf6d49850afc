"""Pausing Python's cyclic garbage collector while a file is read or written.

Reading or writing a glossary makes millions of small objects (triples, tuples, records) and
keeps most of them: the collector then runs again and again over a growing heap and finds no
cycle to free, which costs as much as the parsing itself. They hold no reference cycles, so
the collector is paused for the duration and restored afterwards; reference counting still
frees everything as usual.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
