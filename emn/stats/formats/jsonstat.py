"""JSON-stat 2.0 datasets, in the shape Eurostat's dissemination API gives them.

Rules: `id` and `size` name the cube's dimensions in order and must agree with each
dimension's categories; the time dimension is the one `role.time` names, else the one
called 'time' or 'time_period'. `value` and `status` are arrays in cube order or sparse
objects {"flat index": ...}; a null value is an observation only when it has a status.
A value that is not a number is a SourceError whose column is the JSON path.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from emn.stats.codelists.mapping import Codelists
from emn.stats.formats.common import (
    RESERVED,
    SourceError,
    Staged,
    StagingWriter,
    normalise_id,
    normalise_period,
)
from emn.stats.formats.jsonstat_cube import Cube, read_cube
from emn.stats.formats.reading import checked_flag, dataset_code, open_text


def stage(
    path: Path, name: str, con: Any, table: str, codelists: Codelists | None = None
) -> Staged:
    """Stage the observations of a JSON-stat dataset (see the module's rules)."""
    data = _load(path, name)
    cube = read_cube(data, name)
    dimensions = [normalise_id(dim) for pos, dim in enumerate(cube.ids) if pos != cube.time]
    _check_ids(dimensions, name)
    staged = Staged(table, "jsonstat", dimensions, dataset_code=_dataset_code(data))
    staged.title = data.get("label") if isinstance(data.get("label"), str) else None
    for position, dim in enumerate(cube.ids):
        if position != cube.time:
            _describe(staged, normalise_id(dim), cube, position)
    periods = _periods(cube, name)
    writer = StagingWriter(con, table, dimensions)
    for index, value, flag in _observations(data, cube, name):
        coordinates = cube.coordinates(index)
        key = [cube.codes[pos][at] for pos, at in enumerate(coordinates) if pos != cube.time]
        writer.add(key, periods[coordinates[cube.time]], value, flag, None)
    writer.finish()
    return staged


def _load(path: Path, name: str) -> dict[str, Any]:
    try:
        with open_text(path) as handle:
            data = json.load(handle)
    except json.JSONDecodeError as error:
        raise SourceError(
            name, f"the JSON is not valid: {error.msg}", error.lineno, error.colno
        ) from error
    except (UnicodeDecodeError, EOFError, OSError) as error:
        raise SourceError(name, f"the file cannot be read as JSON text: {error}") from error
    if not isinstance(data, dict):
        raise SourceError(name, "the JSON is not a JSON-stat dataset (no object at the top)")
    if "dimension" not in data:
        # JSON-stat 1.0 wraps the dataset in an object named after it.
        inner = [item for item in data.values() if isinstance(item, dict) and "dimension" in item]
        if len(inner) != 1:
            raise SourceError(name, "the JSON holds no JSON-stat dataset (no 'dimension')")
        data = inner[0]
    return data


def _check_ids(dimensions: list[str], name: str) -> None:
    for dimension in dimensions:
        if dimension in RESERVED or dimensions.count(dimension) > 1:
            raise SourceError(name, f"the dimension '{dimension}' appears twice", None, "id")


def _dataset_code(data: dict[str, Any]) -> str | None:
    extension: dict[str, Any] = data["extension"] if isinstance(data.get("extension"), dict) else {}
    for key in ("datasetId", "id"):
        if isinstance(extension.get(key), str):
            return dataset_code(extension[key])
    href = data.get("href")
    if isinstance(href, str) and href.strip():
        return dataset_code(href.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1])
    return None


def _describe(staged: Staged, dimension: str, cube: Cube, position: int) -> None:
    if cube.labels[position]:
        staged.dimension_labels[dimension] = cube.labels[position]
    labels = cube.code_labels[position]
    if labels:
        staged.code_labels[dimension] = labels


def _periods(cube: Cube, name: str) -> list[str]:
    periods = []
    for code in cube.codes[cube.time]:
        period = normalise_period(code)
        if period is None:
            column = f"dimension.{cube.ids[cube.time]}.category.index"
            raise SourceError(name, f"cannot read the period '{code}'", None, column)
        periods.append(period)
    return periods


@dataclass
class _Status:
    """The `status` member: one flag for all, an array, or a sparse object."""

    raw: Any

    def get(self, index: int) -> Any:
        if isinstance(self.raw, list):
            return self.raw[index] if index < len(self.raw) else None
        if isinstance(self.raw, dict):
            return self.raw.get(str(index))
        return self.raw

    def extra(self, values: Any) -> Iterator[int]:
        """Indexes with a status and no entry in a sparse `value`."""
        if isinstance(self.raw, dict) and isinstance(values, dict):
            for key in self.raw:
                if key not in values and key.isdigit():
                    yield int(key)


def _observations(
    data: dict[str, Any], cube: Cube, name: str
) -> Iterator[tuple[int, float | None, str]]:
    values = data.get("value")
    status = _Status(data.get("status"))
    for index, raw, path in _entries(values, cube, name):
        value = _number(raw, path, name)
        flag = _flag(status.get(index), index, name)
        if value is not None or flag:
            yield index, value, flag
    for index in status.extra(values):
        flag = _flag(status.get(index), index, name)
        if index < cube.total and flag:
            yield index, None, flag


def _entries(values: Any, cube: Cube, name: str) -> Iterator[tuple[int, Any, str]]:
    if isinstance(values, list):
        if len(values) != cube.total:
            raise SourceError(
                name,
                f"'value' has {len(values)} entries where the sizes give {cube.total}",
                None,
                "value",
            )
        for index, raw in enumerate(values):
            yield index, raw, f"value[{index}]"
    elif isinstance(values, dict):
        for key, raw in values.items():
            if not key.isdigit() or int(key) >= cube.total:
                raise SourceError(name, f"'{key}' is not an index of the cube", None, "value")
            yield int(key), raw, f'value["{key}"]'
    else:
        raise SourceError(name, "'value' is neither an array nor an object", None, "value")


def _number(raw: Any, path: str, name: str) -> float | None:
    if raw is None:
        return None
    if isinstance(raw, bool) or not isinstance(raw, int | float) or not math.isfinite(raw):
        raise SourceError(name, f"{json.dumps(raw)} is not a number", None, path)
    return float(raw)


def _flag(raw: Any, index: int, name: str) -> str:
    if raw is None:
        return ""
    if not isinstance(raw, str):
        raise SourceError(name, f"{json.dumps(raw)} is not a flag", None, f"status[{index}]")
    return checked_flag(raw.replace(":", ""), name, None, f"status[{index}]")
