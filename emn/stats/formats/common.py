"""What every format reader produces: a staged table of observations in one shape.

Each reader (`formats/<format>.py`) turns its file into a DuckDB table with one row per
observation and these columns, whatever the file looked like:

    <dimension id> ...   VARCHAR, one column per dimension, in series-key order
    time_period          VARCHAR, the period in SDMX form: 2020, 2020-Q1, 2020-01, 2020-S1 ...
    obs_value            DOUBLE, NULL where the file says ':' (not available) with a flag
    obs_flag             VARCHAR, the flag letters as Eurostat writes them ('', 'p', 'ep')
    src_line             BIGINT, the line (or element number) in the source, for messages;
                         NULL where the reader cannot tell (the fast TSV path)

A cell that is ':' with no flag is no observation and is not staged. The reader returns a
`Staged` describing the table, and raises `SourceError` (file, line, column, what is wrong)
on anything it cannot read; the pipeline then stores nothing.
"""

from __future__ import annotations

import csv
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

RESERVED = ("time_period", "obs_value", "obs_flag", "src_line")
# Eurostat's observation flags (CL_OBS_FLAG): break, confidential, definition differs,
# estimated, forecast, see metadata, not significant, provisional, revised, Eurostat
# estimate, low reliability, not applicable. Files combine them: 'ep', 'bep'.
FLAG_LETTERS = frozenset("bcdefinprsuz")


class SourceError(Exception):
    """A source file that cannot be ingested: where (file, line, column) and what is wrong."""

    def __init__(self, source: str, message: str, line: int | None = None, column: Any = None):
        self.source = source
        self.line = line
        self.column = column
        self.message = message
        super().__init__(self.describe())

    def describe(self) -> str:
        where = [self.source]
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.column not in (None, ""):
            where.append(f"column {self.column}")
        return f"{', '.join(where)}: {self.message}"


@dataclass
class Staged:
    """A staged table and what the reader learnt about the dataset on the way."""

    table: str
    format: str
    dimensions: list[str]
    dataset_code: str | None = None
    title: str | None = None
    dimension_labels: dict[str, str] = field(default_factory=dict)
    # dimension id -> code -> English label, where the file carries labels.
    code_labels: dict[str, dict[str, str]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    # True when the reader has already proved every series key and period unique.
    keys_unique: bool = False
    # The number of series, when the reader counted them on the way (saves a scan).
    series: int | None = None


_ID = re.compile(r"[^a-z0-9_]+")


def normalise_id(raw: str) -> str:
    """A dimension id as a column name: lower case, letters, digits and underscores."""
    text = _ID.sub("_", raw.strip().lower()).strip("_")
    return text or "dim"


_PERIODS = [
    (re.compile(r"^(\d{4})$"), "{0}"),
    (re.compile(r"^(\d{4})-?Q([1-4])$"), "{0}-Q{1}"),
    (re.compile(r"^(\d{4})-?S([12])$"), "{0}-S{1}"),
    (re.compile(r"^(\d{4})-?W(\d{2})$"), "{0}-W{1}"),
    (re.compile(r"^(\d{4})(?:-|M)(\d{2})$"), "{0}-{1}"),
    (re.compile(r"^(\d{4})-(\d{2})-(\d{2})$"), "{0}-{1}-{2}"),
    (re.compile(r"^(\d{4})(\d{2})(\d{2})$"), "{0}-{1}-{2}"),
]


def normalise_period(raw: str) -> str | None:
    """The SDMX form of a period as Eurostat files write it ('2008M01' -> '2008-01'), or None."""
    text = raw.strip().upper()
    for pattern, form in _PERIODS:
        match = pattern.match(text)
        if match:
            return form.format(*match.groups())
    return None


_CELL = re.compile(r"^\s*(:|[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)\s*([a-zA-Z]*)\s*$")


def split_cell(raw: str) -> tuple[float | None, str] | None:
    """Value and flag of a cell like '1295 ', '95 p', ': c', '12.5e'; None if unreadable.

    Returns (None, '') for a bare ':' (no observation); the caller checks flag letters.
    """
    match = _CELL.match(raw)
    if not match:
        return None
    number, flag = match.groups()
    return (None if number == ":" else float(number)), flag.lower()


def bad_flag(flag: str) -> str | None:
    """The first letter of `flag` that is not a Eurostat flag, or None."""
    return next((letter for letter in flag if letter not in FLAG_LETTERS), None)


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def sql_string(text: str) -> str:
    """A SQL string literal, for the statements DuckDB cannot prepare (views, COPY)."""
    return "'" + text.replace("'", "''") + "'"


class StagingWriter:
    """Collects observations from a Python reader and loads them into DuckDB in one go.

    Rows go to a temporary TSV file that DuckDB reads back in bulk: much faster than
    inserting row by row through the Python API, and memory stays flat.
    """

    def __init__(self, con: Any, table: str, dimensions: list[str], directory: Path | None = None):
        self.con = con
        self.table = table
        self.dimensions = dimensions
        self._file = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed in finish()
            "w", encoding="utf-8", newline="", suffix=".tsv", dir=directory, delete=False
        )
        self._writer = csv.writer(self._file, delimiter="\t", lineterminator="\n")
        self.count = 0

    def add(
        self,
        key: list[str] | tuple[str, ...],
        period: str,
        value: float | None,
        flag: str,
        line: int | None,
    ) -> None:
        self._writer.writerow(
            [*key, period, "" if value is None else repr(value), flag, "" if line is None else line]
        )
        self.count += 1

    def finish(self) -> None:
        """Load the collected rows as the staged table (created even when empty)."""
        self._file.close()
        path = Path(self._file.name)
        columns = {name: "VARCHAR" for name in self.dimensions}
        columns.update(
            time_period="VARCHAR", obs_value="DOUBLE", obs_flag="VARCHAR", src_line="BIGINT"
        )
        spec = (
            "{"
            + ", ".join(f"'{k.replace(chr(39), chr(39) * 2)}': '{v}'" for k, v in columns.items())
            + "}"
        )
        try:
            self.con.execute(
                f"CREATE OR REPLACE TABLE {quote_ident(self.table)} AS SELECT * REPLACE "
                "(coalesce(obs_flag, '') AS obs_flag) FROM read_csv(?, delim='\t', header=false, "
                f"quote='\"', escape='\"', columns={spec}, nullstr='', auto_detect=false)",
                [str(path)],
            )
        finally:
            path.unlink(missing_ok=True)
