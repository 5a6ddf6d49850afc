"""What the text and SDMX readers share: opening (gzip or not), CSV rows, values and flags.

Rules: a file is gzip when its first bytes say so, whatever its name; text is UTF-8 (a BOM
is dropped) unless it does not decode, then Windows-1252; every failure to read becomes a
`SourceError` with the line it happened on.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import math
import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from emn.stats.formats.common import SourceError, bad_flag

GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 1 << 20


def is_gzip(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(2) == GZIP_MAGIC


def open_binary(path: Path) -> IO[bytes]:
    """The file's bytes, decompressed on the fly when it is gzip."""
    if is_gzip(path):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def read_head(path: Path, name: str, size: int = 65536) -> bytes:
    """Up to `size` bytes of content from the start (a truncated gzip gives what it has)."""
    with path.open("rb") as handle:
        raw = handle.read(size)
        if not raw.startswith(GZIP_MAGIC):
            return raw
        inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out = b""
        try:
            while raw and len(out) < size:
                out += inflate.decompress(raw, size - len(out))
                raw = inflate.unconsumed_tail or handle.read(size)
        except zlib.error as error:
            raise SourceError(name, f"the gzip data cannot be read ({error})") from error
        return out


def sniff_encoding(path: Path) -> str:
    """'utf-8-sig' when the whole text decodes as UTF-8, else 'cp1252' (Data Explorer's)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with open_binary(path) as handle:
            while chunk := handle.read(_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return "cp1252"
    except (EOFError, OSError, zlib.error):
        pass  # a damaged gzip is reported with its line when the rows are read
    return "utf-8-sig"


def open_text(path: Path, encoding: str = "utf-8-sig") -> IO[str]:
    """The file as text for the csv module (newline='' keeps quoted line breaks whole)."""
    return io.TextIOWrapper(open_binary(path), encoding=encoding, newline="")


def csv_rows(handle: IO[str], name: str) -> Iterator[tuple[int, list[str]]]:
    """(line, cells) of every record; unreadable input is a SourceError at its line."""
    reader = csv.reader(handle, strict=True)
    try:
        for cells in reader:
            yield reader.line_num, cells
    except csv.Error as error:
        raise SourceError(name, f"the CSV cannot be read: {error}", reader.line_num) from error
    except UnicodeDecodeError as error:
        raise SourceError(
            name, "the text is neither UTF-8 nor Windows-1252", reader.line_num + 1
        ) from error
    except (EOFError, gzip.BadGzipFile, zlib.error) as error:
        raise SourceError(
            name, "the gzip file ends early or is damaged", reader.line_num + 1
        ) from error


_NUMBER = re.compile(r"^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$")
MISSING = frozenset({"", ":", "NaN", "nan", "NAN"})


def number(text: str) -> float | None:
    """The value of an SDMX OBS_VALUE: None when missing ('', ':', 'NaN'); ValueError if not."""
    text = text.strip()
    if text in MISSING:
        return None
    if not _NUMBER.match(text):
        raise ValueError(text)
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


# SDMX's cross-domain OBS_STATUS codes that say what a Eurostat flag says.
_SDMX_STATUS = {"B": "b", "D": "d", "E": "e", "F": "f", "N": "n", "P": "p", "U": "u"}
_CONFIDENTIAL = frozenset({"C", "D"})


def flag_from(obs_flag: str = "", obs_status: str = "", conf_status: str = "") -> str:
    """The Eurostat flag letters of an observation from its SDMX attributes.

    OBS_FLAG is Eurostat's own; OBS_STATUS counts when it holds Eurostat letters or SDMX's
    upper-case codes that mean the same (its 'na', '-', '0', 'A' add nothing); a confidential
    CONF_STATUS ('C', or 'D' for secondary confidentiality) adds 'c'.
    """
    flag = obs_flag.strip()
    status = obs_status.strip()
    if not flag and status:
        if status in _SDMX_STATUS:
            flag = _SDMX_STATUS[status]
        elif status.islower() and bad_flag(status) is None:
            flag = status
    if conf_status.strip().upper() in _CONFIDENTIAL and "c" not in flag:
        flag += "c"
    return flag


def checked_flag(flag: str, name: str, line: int | None, column: object) -> str:
    """`flag` in lower case, or SourceError naming the first letter Eurostat does not use."""
    flag = flag.strip().lower()
    wrong = bad_flag(flag)
    if wrong is not None:
        raise SourceError(name, f"unknown flag '{wrong}' in '{flag}'", line, column)
    return flag


_REF = re.compile(r"^(?:[^:]*:)?([^()$]+)")


def dataset_code(reference: str | None) -> str | None:
    """'ESTAT:MIGR_EIPRE$DEFAULTVIEW(1.0)' -> 'migr_eipre'; 'DSD_nama_10_gdp' -> 'nama_10_gdp'."""
    match = _REF.match((reference or "").strip())
    if not match or not match.group(1).strip():
        return None
    code = match.group(1).strip().lower()
    return code.removeprefix("dsd_") or None


def fits_header(cells: list[str], width: int, name: str, line: int) -> bool:
    """True for a row as wide as the header, False for a blank row (skipped); any other row
    is refused, pointing at the first cell too many or the first one missing."""
    if len(cells) == width:
        return True
    if not any(cell.strip() for cell in cells):
        return False
    raise SourceError(
        name, f"{len(cells)} cells where the header has {width}", line, min(len(cells), width) + 1
    )
