"""Downloading a dataset from Eurostat's dissemination API, for `ingest_eurostat CODE`.

The bulk TSV (gzip) is the smallest complete form of a dataset; it is streamed to a
temporary file, then ingested like any file. Offline, the error says so and what to do.
"""

from __future__ import annotations

import shutil
import tempfile
import urllib.error
import urllib.request
from pathlib import Path

from django.conf import settings

from emn.stats.formats.common import SourceError
from emn.stats.ingest.sources import SourceFile, valid_code

TIMEOUT = 30


def data_url(code: str) -> str:
    base = settings.STATS_EUROSTAT_API.rstrip("/")
    return f"{base}/sdmx/2.1/data/{code.upper()}?format=TSV&compressed=true"


def structure_url(code: str) -> str:
    """The dataflow with its DSD, code lists and concepts: labels in Eurostat's languages."""
    base = settings.STATS_EUROSTAT_API.rstrip("/")
    return f"{base}/sdmx/2.1/dataflow/ESTAT/{code.upper()}/latest?references=descendants"


def download_structure(code: str, directory: Path) -> SourceFile | None:
    """The dataset's structure message, or None: labels are welcome, not required."""
    target = directory / f"{code}-structure.xml"
    request = urllib.request.Request(structure_url(code), headers={"User-Agent": "EMN Exchange"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response, target.open("wb") as out:
            shutil.copyfileobj(response, out, 1 << 20)
    except (urllib.error.URLError, TimeoutError, OSError):
        target.unlink(missing_ok=True)
        return None
    with target.open("rb") as handle:
        head = handle.read(4096)
    if not head.lstrip().startswith(b"<") or b"Structure" not in head:
        return None  # an error page, not a structure message
    return SourceFile(path=target, name=f"{code}-structure.xml")


def download(code: str, directory: Path) -> SourceFile:
    """Fetch dataset `code` as gzip TSV into `directory`; a SourceError when it cannot."""
    clean = valid_code(code, code)
    url = data_url(clean)
    target = Path(tempfile.mkstemp(prefix=f"{clean}-", suffix=".tsv.gz", dir=directory)[1])
    request = urllib.request.Request(url, headers={"User-Agent": "EMN Exchange"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response, target.open("wb") as out:
            shutil.copyfileobj(response, out, 1 << 20)
    except urllib.error.HTTPError as error:
        target.unlink(missing_ok=True)
        reason = "Eurostat has no dataset of that code" if error.code == 404 else str(error)
        raise SourceError(code, f"{reason} ({url})") from error
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        target.unlink(missing_ok=True)
        raise SourceError(
            code,
            f"cannot reach Eurostat's API ({url}): {getattr(error, 'reason', error)}. "
            "This machine may be offline: download the file elsewhere and give its path.",
        ) from error
    return SourceFile(path=target, name=f"{clean}.tsv.gz")
