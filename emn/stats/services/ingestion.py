"""The write path of statistics: ingesting files or Eurostat dataset codes as releases."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from emn.stats.duck import temp_dir
from emn.stats.ingest.download import download, download_structure
from emn.stats.ingest.pipeline import Outcome, run
from emn.stats.ingest.progress import Progress
from emn.stats.ingest.sources import SourceFile
from emn.stats.permissions import can_ingest


def looks_like_code(text: str) -> bool:
    """A SOURCE that is no existing file and has no path or suffix is a dataset code."""
    return not Path(text).exists() and "/" not in text and "." not in text


def ingest(
    actor: Any,
    sources: list[SourceFile | str],
    *,
    dataset_code: str | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    system: bool = False,
) -> list[Outcome]:
    """Ingest files (or dataset codes, downloaded) as new releases of their datasets.

    Rule: each release replaces its dataset's current one atomically, or nothing changes;
    a source that fails stops the whole call with a SourceError saying where. Needs
    `can_ingest` (the Commission); commands run as the system. Audit: `ingest` per release.
    """
    if not system and not can_ingest(actor):
        raise PermissionDenied(_("Only the Commission loads statistics."))
    with tempfile.TemporaryDirectory(dir=temp_dir()) as scratch:
        files: list[SourceFile] = []
        for item in sources:
            if isinstance(item, SourceFile):
                files.append(item)
                continue
            files.append(download(item, Path(scratch)))
            structure = download_structure(item.strip().lower(), Path(scratch))
            files.extend([structure] if structure else [])
        outcomes = run(actor, files, dataset_code=dataset_code, dry_run=dry_run, progress=progress)
    return outcomes
