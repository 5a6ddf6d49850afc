"""A source to ingest: a file on disk (or downloaded), with its checksum and format.

The dataset code comes from, in this order: `--dataset`, the content (SDMX-CSV, JSON-stat,
SDMX-ML say it), the file name as Eurostat writes it (`migr_eirtn.tsv.gz`,
`estat_migr_eirtn.tsv`, `migr_eirtn_Data.csv`, `migr_asyappctzm__custom_39520_....tsv`).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from emn.stats.formats.common import SourceError

_SUFFIXES = re.compile(r"(\.(tsv|csv|json|xml|gz|txt|sdmx))+$", re.IGNORECASE)
_DECORATIONS = [
    re.compile(r"^estat_", re.IGNORECASE),
    re.compile(r"__custom_\d+.*$", re.IGNORECASE),
    re.compile(r"_(tabular|data.*|\d+_data.*)$", re.IGNORECASE),
]
CODE = re.compile(r"^[a-z][a-z0-9_$-]{1,79}$")


@dataclass
class SourceFile:
    """A file to ingest and what the user calls it (the upload's name, the path given)."""

    path: Path
    name: str
    checksum: str = ""
    size: int = 0

    def measure(self) -> None:
        digest = hashlib.sha256()
        size = 0
        with self.path.open("rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
                size += len(chunk)
        self.checksum, self.size = digest.hexdigest(), size


def code_from_name(name: str) -> str | None:
    """Eurostat's dataset code in a file name, or None when the name says nothing usable."""
    stem = _SUFFIXES.sub("", Path(name).name)
    for pattern in _DECORATIONS:
        stem = pattern.sub("", stem)
    stem = stem.lower().strip("_")
    return stem if CODE.match(stem) else None


def valid_code(code: str, name: str) -> str:
    """A dataset code as we store it (lower case), or a SourceError saying why not."""
    clean = code.strip().lower()
    if not CODE.match(clean):
        raise SourceError(
            name,
            f"'{code}' is not a dataset code (letters, digits and underscores, e.g. migr_eirtn)",
        )
    return clean
