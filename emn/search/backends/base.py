"""What a full-text backend provides to the index and the engine."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from emn.search.querying import Phrase, Query

# One document's keys per weight class: {"A": "key key", "B": ..., "C": ..., "D": ...}.
Columns = dict[str, str]


@dataclass(frozen=True)
class Match:
    """SQL fragments matching a query; the document table is aliased `d`.

    The engine builds `SELECT ..., <rank> FROM <source> WHERE <where> AND <visibility> ...`;
    the parameters of each fragment are bound in that order.
    """

    source: str
    where: str
    where_params: tuple[Any, ...]
    rank: str
    rank_params: tuple[Any, ...]


class Backend(Protocol):
    def write(self, rows: Sequence[tuple[int, Columns]]) -> None:
        """(Re)write the entries of these document ids."""

    def delete(self, ids: Iterable[int]) -> None: ...

    def clear(self) -> None: ...

    def match(self, query: Query) -> Match: ...


def render(
    query: Query,
    phrase: Any,
    any_of: str,
    all_of: str,
) -> str:
    """The query as an engine expression: `phrase(keys)` renders one phrase, alternatives
    are joined with `any_of`, units and groups with `all_of`."""

    def alternatives(options: Sequence[Phrase]) -> str:
        return "(" + any_of.join(phrase(p) for p in options) + ")"

    groups = []
    for group in query.groups:
        units = all_of.join(alternatives(u) for u in group.units)
        if group.translations:
            units = (
                "("
                + any_of.join(["(" + units + ")"] + [phrase(p) for p in group.translations])
                + ")"
            )
        groups.append(units)
    return all_of.join(groups)
