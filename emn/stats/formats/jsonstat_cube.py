"""The shape of a JSON-stat dataset: dimensions, their categories in order, the time one.

Rules: `id` and `size` (at the top in 2.0, inside `dimension` in 1.0) must have one entry
per dimension; a dimension's categories come from `category.index` (an array, or an object
code -> position) or, for a single category, from `category.label`; their count must equal
the dimension's size. The flat index of a value runs over the dimensions in `id` order,
the last one fastest (row-major), as JSON-stat defines it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from emn.stats.formats.common import SourceError

_TIME_IDS = ("time", "time_period")


@dataclass
class Cube:
    ids: list[str]
    sizes: list[int]
    codes: list[list[str]]
    labels: list[str]
    code_labels: list[dict[str, str]]
    time: int

    @property
    def total(self) -> int:
        return math.prod(self.sizes)

    def coordinates(self, index: int) -> list[int]:
        """The category position in each dimension of the value at flat `index`."""
        out = [0] * len(self.sizes)
        for position in range(len(self.sizes) - 1, -1, -1):
            index, out[position] = divmod(index, self.sizes[position])
        return out


def read_cube(data: dict[str, Any], name: str) -> Cube:
    """The cube `data` describes, or SourceError naming the member that disagrees."""
    dimension = data.get("dimension")
    if not isinstance(dimension, dict):
        raise SourceError(name, "'dimension' is not an object", None, "dimension")
    ids = data.get("id", dimension.get("id"))
    sizes = data.get("size", dimension.get("size"))
    if not isinstance(ids, list) or not all(isinstance(item, str) for item in ids):
        raise SourceError(name, "'id' is not an array of dimension names", None, "id")
    if not isinstance(sizes, list) or len(sizes) != len(ids):
        raise SourceError(name, "'size' does not give one size per dimension in 'id'", None, "size")
    if not all(isinstance(size, int) and not isinstance(size, bool) for size in sizes):
        raise SourceError(name, "'size' holds something that is not a whole number", None, "size")
    codes, labels, code_labels = [], [], []
    for dim, size in zip(ids, sizes, strict=True):
        entry = dimension.get(dim)
        if not isinstance(entry, dict):
            raise SourceError(name, f"no dimension '{dim}' in 'dimension'", None, "dimension")
        category: dict[str, Any] = (
            entry["category"] if isinstance(entry.get("category"), dict) else {}
        )
        found = _categories(category, dim, name)
        if len(found) != size:
            raise SourceError(
                name,
                f"dimension '{dim}' has {len(found)} categories where 'size' says {size}",
                None,
                f"dimension.{dim}.category",
            )
        codes.append(found)
        labels.append(entry["label"] if isinstance(entry.get("label"), str) else "")
        raw_labels: dict[str, Any] = (
            category["label"] if isinstance(category.get("label"), dict) else {}
        )
        code_labels.append({code: str(raw_labels[code]) for code in found if code in raw_labels})
    return Cube(ids, sizes, codes, labels, code_labels, _time_position(data, dimension, ids, name))


def _categories(category: dict[str, Any], dim: str, name: str) -> list[str]:
    index = category.get("index")
    if isinstance(index, list):
        return [str(code) for code in index]
    if isinstance(index, dict):
        ordered = sorted(index.items(), key=lambda item: item[1])
        if [position for _code, position in ordered] != list(range(len(ordered))):
            raise SourceError(
                name,
                f"the positions of dimension '{dim}' are not 0, 1, 2 ...",
                None,
                f"dimension.{dim}.category.index",
            )
        return [str(code) for code, _position in ordered]
    labels = category.get("label")
    if isinstance(labels, dict) and len(labels) == 1:
        return [str(code) for code in labels]
    raise SourceError(
        name, f"dimension '{dim}' lists no categories", None, f"dimension.{dim}.category"
    )


def _time_position(
    data: dict[str, Any], dimension: dict[str, Any], ids: list[str], name: str
) -> int:
    role = data.get("role", dimension.get("role"))
    named = role.get("time") if isinstance(role, dict) else None
    for candidate in named if isinstance(named, list) else []:
        if candidate in ids:
            return ids.index(candidate)
    for position, dim in enumerate(ids):
        if dim.lower() in _TIME_IDS:
            return position
    raise SourceError(
        name, "no time dimension (neither role.time nor a 'time' dimension)", None, "role"
    )
