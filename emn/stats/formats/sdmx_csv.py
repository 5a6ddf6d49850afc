"""SDMX-CSV 1.0 and 2.0, as Eurostat's API and data browser write them.

Rules: 1.0 starts with DATAFLOW (Eurostat adds LAST UPDATE), 2.0 with STRUCTURE,
STRUCTURE_ID and, when labels are asked for, STRUCTURE_NAME followed by a label column
after every code column. Dimensions are the columns before OBS_VALUE (TIME_PERIOD is the
period), attributes the ones after it. A cell may be a code, 'code: label', or a label only
(mapped to a code, see `codelists.mapping`). One row is one observation unless both value
and flag are empty; CONF_STATUS 'C' makes the observation confidential (flag 'c').
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from emn.stats.codelists.flags import flag_for_meaning
from emn.stats.codelists.mapping import Codelists, LabelMapper
from emn.stats.formats.common import (
    SourceError,
    Staged,
    StagingWriter,
    bad_flag,
    normalise_id,
    normalise_period,
)
from emn.stats.formats.reading import (
    checked_flag,
    csv_rows,
    dataset_code,
    fits_header,
    flag_from,
    number,
    open_text,
)

_META = frozenset({"DATAFLOW", "STRUCTURE", "STRUCTURE_ID", "STRUCTURE_NAME", "ACTION"})
_ALIASES = {
    "LAST UPDATE": "LAST_UPDATE",
    "TIME": "TIME_PERIOD",
    "OBSERVATION VALUE": "OBS_VALUE",
    "CONFIDENTIALITY STATUS (FLAG)": "CONF_STATUS",
}
_RESERVED = frozenset({"TIME_PERIOD", "OBS_VALUE", "OBS_FLAG", "OBS_STATUS", "CONF_STATUS"})
_CODE_LABEL = re.compile(r"^([^\s:]+)\s*:\s*(.*)$")


@dataclass
class _Column:
    index: int
    id: str
    header: str
    label_index: int | None = None


@dataclass
class _Layout:
    width: int
    dimensions: list[_Column] = field(default_factory=list)
    roles: dict[str, _Column] = field(default_factory=dict)
    dimension_labels: dict[str, str] = field(default_factory=dict)

    def cell(self, cells: list[str], role: str) -> str:
        column = self.roles.get(role)
        return cells[column.index].strip() if column else ""


def stage(
    path: Path, name: str, con: Any, table: str, codelists: Codelists | None = None
) -> Staged:
    """Stage the observations of an SDMX-CSV file (see the module's rules)."""
    with open_text(path) as handle:
        rows = csv_rows(handle, name)
        header = next(rows, None)
        if header is None or not any(cell.strip() for cell in header[1]):
            raise SourceError(name, "the file is empty", 1, 1)
        layout = _layout(header[1], name)
        ids = [column.id for column in layout.dimensions]
        staged = Staged(table, "sdmx-csv", ids, dimension_labels=layout.dimension_labels)
        mapper = LabelMapper(codelists)
        writer = StagingWriter(con, table, ids)
        for line, cells in rows:
            _read_row(layout, cells, line, name, staged, mapper, writer)
        writer.finish()
    for dimension, labels in mapper.labels.items():
        staged.code_labels.setdefault(dimension, {}).update(labels)
    staged.warnings.extend(mapper.warnings())
    return staged


def _layout(header: list[str], name: str) -> _Layout:
    layout = _Layout(width=len(header))
    paired = _paired_columns([cell.strip().upper() for cell in header])
    names = [_role_name(cell) for cell in header]
    roles = [names[index] for index in range(len(names)) if index not in paired.values()]
    if "OBS_VALUE" not in roles or "TIME_PERIOD" not in roles:
        raise SourceError(name, "the header has no OBS_VALUE or no TIME_PERIOD column", 1)
    value_at = names.index("OBS_VALUE")
    for index, raw in enumerate(header):
        if index in paired.values():
            continue
        column = _Column(index, names[index], raw.strip(), paired.get(index))
        if names[index] in _META or names[index] == "LAST_UPDATE":
            layout.roles[names[index]] = column
        elif names[index] in _RESERVED or index > value_at:
            layout.roles.setdefault(names[index], column)
        else:
            _add_dimension(layout, column, header, name)
    if not layout.dimensions:
        raise SourceError(name, "the header names no dimension column", 1)
    return layout


def _role_name(cell: str) -> str:
    text = cell.strip()
    match = _CODE_LABEL.match(text)
    if match and not text.upper().startswith("OBSERVATION STATUS"):
        text = match.group(1)
    upper = " ".join(text.upper().split())
    if upper.startswith("OBSERVATION STATUS"):
        return "OBS_FLAG"
    return _ALIASES.get(upper, upper)


def _paired_columns(names: list[str]) -> dict[int, int]:
    """Code column -> its label column, in SDMX-CSV 2.0 with labels (after STRUCTURE_NAME).

    `names` are the header's cells in upper case, as written: a label column is never
    named like a component ('Time' is TIME_PERIOD's label, not a second period column).
    """
    if "STRUCTURE_NAME" not in names:
        return {}
    start = names.index("STRUCTURE_NAME") + 1
    if (len(names) - start) % 2:
        return {}
    pairs = {index: index + 1 for index in range(start, len(names), 2)}
    if any(names[label] in _RESERVED | _META for label in pairs.values()):
        return {}
    for role in ("TIME_PERIOD", "OBS_VALUE"):
        if role not in names or names.index(role) not in pairs:
            return {}
    return pairs


def _add_dimension(layout: _Layout, column: _Column, header: list[str], name: str) -> None:
    match = _CODE_LABEL.match(column.header)
    column.id = normalise_id(match.group(1) if match else column.header)
    if column.id in {known.id for known in layout.dimensions} or column.id in (
        "time_period",
        "obs_value",
        "obs_flag",
        "src_line",
    ):
        raise SourceError(name, f"the dimension '{column.id}' appears twice", 1, column.header)
    label = header[column.label_index].strip() if column.label_index is not None else ""
    if match and match.group(2).strip():
        label = match.group(2).strip()
    if label:
        layout.dimension_labels[column.id] = label
    layout.dimensions.append(column)


def _read_row(
    layout: _Layout,
    cells: list[str],
    line: int,
    name: str,
    staged: Staged,
    mapper: LabelMapper,
    writer: StagingWriter,
) -> None:
    if not fits_header(cells, layout.width, name, line):
        return
    if staged.dataset_code is None:
        _read_meta(layout, cells, staged)
    value_text = layout.cell(cells, "OBS_VALUE")
    try:
        value = number(value_text)
    except ValueError:
        raise SourceError(name, f"'{value_text}' is not a number", line, "OBS_VALUE") from None
    flag = _flag(layout, cells, line, name)
    if value is None and not flag:
        return
    period_text = _code_part(layout.cell(cells, "TIME_PERIOD"))
    period = normalise_period(period_text)
    if period is None:
        raise SourceError(name, f"cannot read the period '{period_text}'", line, "TIME_PERIOD")
    key = [_code(column, cells, line, name, staged, mapper) for column in layout.dimensions]
    writer.add(key, period, value, flag, line)


def _read_meta(layout: _Layout, cells: list[str], staged: Staged) -> None:
    reference = layout.cell(cells, "STRUCTURE_ID") or layout.cell(cells, "DATAFLOW")
    staged.dataset_code = dataset_code(reference)
    staged.title = staged.title or layout.cell(cells, "STRUCTURE_NAME") or None


def _flag(layout: _Layout, cells: list[str], line: int, name: str) -> str:
    text = _code_part(layout.cell(cells, "OBS_FLAG"))
    if text and bad_flag(text.lower()) is not None:
        text = flag_for_meaning(text) or text
    flag = checked_flag(text, name, line, "OBS_FLAG")
    status = _code_part(layout.cell(cells, "OBS_STATUS"))
    return flag_from(flag, status, _code_part(layout.cell(cells, "CONF_STATUS")))


def _code_part(cell: str) -> str:
    match = _CODE_LABEL.match(cell)
    return match.group(1) if match else cell


def _code(
    column: _Column,
    cells: list[str],
    line: int,
    name: str,
    staged: Staged,
    mapper: LabelMapper,
) -> str:
    cell = cells[column.index].strip()
    if not cell:
        raise SourceError(name, f"no code for {column.id}", line, column.header)
    if column.label_index is not None:
        label = cells[column.label_index].strip()
        if label:
            staged.code_labels.setdefault(column.id, {}).setdefault(cell, label)
        return cell
    match = _CODE_LABEL.match(cell)
    if match:
        staged.code_labels.setdefault(column.id, {}).setdefault(match[1], match[2].strip())
        return match.group(1)
    return mapper.code(column.id, cell)
