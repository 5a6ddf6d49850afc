"""The differences between two editions (or an edition and the working copy).

Per concept: added, removed, or changed; per changed concept, each field that differs, and
for terms, definitions and notes the language it differs in, with the old and new values.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from emn.glossary.records import ConceptData, join_tag


@dataclass(frozen=True)
class Change:
    """One field of one concept in one language ("" for fields without a language)."""

    field: str  # "pref", "alt", "hidden", "definition", "note", "broader", "related", ...
    language: str
    old: tuple[str, ...]
    new: tuple[str, ...]


@dataclass
class ConceptDiff:
    uri: str
    key: str
    label: str
    changes: list[Change] = field(default_factory=list)


@dataclass
class EditionDiff:
    added: list[ConceptData] = field(default_factory=list)
    removed: list[ConceptData] = field(default_factory=list)
    changed: list[ConceptDiff] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)


def _by_language(pairs: Iterable[tuple[str, str, str]]) -> dict[tuple[str, str], tuple[str, ...]]:
    """(field, language) -> sorted values."""
    out: dict[tuple[str, str], list[str]] = defaultdict(list)
    for name, language, value in pairs:
        out[(name, language)].append(value)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _fields(record: ConceptData, labels: dict[str, str]) -> dict[tuple[str, str], tuple[str, ...]]:
    """Every comparable value of a record, keyed by (field, language)."""
    pairs: list[tuple[str, str, str]] = [(lb.kind, lb.tag, lb.value) for lb in record.labels]
    for d in record.definitions:
        text = d.text + (f" [{d.context}]" if d.context else "")
        text += (
            f" ({d.source}{' ' + d.source_url if d.source_url else ''})"
            if d.source or d.source_url
            else ""
        )
        pairs.append(("definition", join_tag(d.language, d.country), text))
    pairs += [(f"note:{n.kind}", join_tag(n.language, n.country), n.text) for n in record.notes]
    pairs += [("broader", "", labels.get(u, u)) for u in record.broader]
    pairs += [("related", "", labels.get(u, u)) for u in record.related]
    pairs += [("mapping", "", f"{kind} {uri}") for kind, uri in record.mappings]
    pairs += [("theme", "", code) for code in record.themes]
    pairs.append(("status", "", record.status))
    if record.replaced_by:
        pairs.append(("replaced_by", "", labels.get(record.replaced_by, record.replaced_by)))
    return _by_language(pairs)


def diff(
    old: Sequence[ConceptData], new: Sequence[ConceptData], languages: Sequence[str] = ("en",)
) -> EditionDiff:
    """What changed from `old` to `new`; related concepts are named by their term."""
    before = {r.uri: r for r in old}
    after = {r.uri: r for r in new}
    labels = {r.uri: r.label(languages) for r in (*old, *new)}
    result = EditionDiff(
        added=[r for r in new if r.uri not in before],
        removed=[r for r in old if r.uri not in after],
    )
    for uri, record in after.items():
        previous = before.get(uri)
        if previous is None:
            continue
        a, b = _fields(previous, labels), _fields(record, labels)
        changes = [
            Change(name, language, a.get((name, language), ()), b.get((name, language), ()))
            for name, language in sorted(set(a) | set(b))
            if a.get((name, language), ()) != b.get((name, language), ())
        ]
        if changes:
            result.changed.append(ConceptDiff(uri, record.key, labels[uri], changes))
    result.changed.sort(key=lambda d: d.label.casefold())
    return result
