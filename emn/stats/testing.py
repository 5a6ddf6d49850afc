"""Test helpers: ingest a file or a few lines of TSV as a release, as the command does."""

from __future__ import annotations

from pathlib import Path

from emn.stats.ingest.sources import SourceFile
from emn.stats.models import Release
from emn.stats.services.ingestion import ingest

_BESIDE = Path(__file__).resolve().parents[2].parent / "shared"
# The shared data sit beside the repository; a clone elsewhere (CI) reads them at /work.
SHARED = (_BESIDE if _BESIDE.is_dir() else Path("/work/shared")) / "data" / "eurostat"


def ingest_file(path: Path, code: str | None = None, name: str | None = None) -> Release:
    """Ingest one file as the system would; the new release."""
    outcomes = ingest(None, [SourceFile(path, name or path.name)], dataset_code=code, system=True)
    release = outcomes[0].release
    assert release is not None
    return release


def ingest_tsv(directory: Path, code: str, text: str) -> Release:
    """Ingest a small bulk TSV written inline (header and rows, tab-separated)."""
    path = directory / f"{code}.tsv"
    path.write_text(text, encoding="utf-8")
    return ingest_file(path, code)
