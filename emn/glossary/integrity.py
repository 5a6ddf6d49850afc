"""The SKOS integrity rules, checked on every write and every import.

From the SKOS Reference (W3C, 2009): S14 a resource has at most one `skos:prefLabel` per
language tag; S13 `prefLabel`, `altLabel` and `hiddenLabel` are pairwise disjoint; S27
`broader`/`narrower` are inverses (here by construction: narrower is never stored); and, as
the Reference's own advice and every thesaurus standard (ISO 25964) have it, no concept is its
own broader term through a chain (no cycles), and `related` is disjoint from the broader chain.
Language tags must be valid BCP 47 tags (IANA registry, via `langcodes`).

`check` reports each problem with where it is (concept URI, property, language) and, in
*repair* mode, what it did about it; in *refuse* mode the caller stores nothing when any
problem is an error.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import langcodes

from emn.glossary.records import ConceptData, LabelData

REFUSE = "refuse"
REPAIR = "repair"


@dataclass(frozen=True)
class Problem:
    """One problem: where (concept, property, language), what, and what was done about it."""

    concept: str
    property: str
    message: str
    language: str = ""
    action: str = ""
    error: bool = True  # False: a remark (nothing was wrong enough to refuse the file)

    def __str__(self) -> str:
        where = f"{self.concept} {self.property}" + (f" @{self.language}" if self.language else "")
        action = f" -> {self.action}" if self.action else ""
        return f"{where}: {self.message}{action}"


@lru_cache(maxsize=4096)
def valid_tag(tag: str) -> bool:
    """Whether `tag` is a valid BCP 47 language tag ("de-AT", "sr-Latn", "se"; not "english")."""
    try:
        return bool(tag) and langcodes.tag_is_valid(tag)
    except (ValueError, LookupError):
        return False


@lru_cache(maxsize=4096)
def split_tag(tag: str) -> tuple[str, str]:
    """("de", "AT") from "de-AT"; ("sr-Latn", "") from "sr-Latn"; case normalised per BCP 47.

    The region becomes the national variant's country; a tag with extensions or private-use
    parts is kept whole, so joining the two parts always gives back an equivalent tag.
    """
    try:
        parsed = langcodes.Language.get(tag, normalize=False)
    except (ValueError, LookupError):
        return tag, ""
    if parsed.extensions or parsed.private or not parsed.language:
        return parsed.to_tag(), ""
    base = langcodes.Language.make(
        language=parsed.language,
        extlangs=parsed.extlangs,
        script=parsed.script,
        variants=parsed.variants,
    )
    return base.to_tag(), parsed.territory or ""


def normal_tag(tag: str) -> str:
    """The tag with BCP 47 case conventions ("DE-at" -> "de-AT")."""
    language, region = split_tag(tag)
    return f"{language}-{region}" if region else language


def _labels(record: ConceptData, mode: str, problems: list[Problem]) -> list[LabelData]:
    """S14 and S13 for one concept, plus language tags."""
    kept: list[LabelData] = []
    prefs: dict[str, str] = {}
    seen: dict[tuple[str, str], str] = {}
    for label in record.labels:
        prop = f"skos:{label.kind}Label"
        if not valid_tag(label.tag):
            problems.append(
                Problem(
                    record.uri,
                    prop,
                    f'"{label.value}" has an invalid language tag',
                    label.tag,
                    "label left out" if mode == REPAIR else "",
                )
            )
            continue
        if label.kind == "pref" and label.tag in prefs:
            problems.append(
                Problem(
                    record.uri,
                    prop,
                    f'a second preferred label "{label.value}" (the first is "{prefs[label.tag]}")',
                    label.tag,
                    f'kept "{prefs[label.tag]}", made "{label.value}" an alternative label'
                    if mode == REPAIR
                    else "",
                )
            )
            label = replace(label, kind="alt")
        elif label.kind == "pref":
            prefs[label.tag] = label.value
        # S13 is about the same literal: "DNA" and "dna" may be preferred and alternative.
        same = (label.tag, label.value)
        if same in seen:
            if seen[same] != label.kind:
                problems.append(
                    Problem(
                        record.uri,
                        prop,
                        f'"{label.value}" is also a skos:{seen[same]}Label (they must be disjoint)',
                        label.tag,
                        f"kept it as skos:{seen[same]}Label only" if mode == REPAIR else "",
                    )
                )
            continue  # an exact repeat of the same kind is harmless: kept once
        seen[same] = label.kind
        kept.append(label)
    return kept


def _cycles(records: Sequence[ConceptData]) -> list[tuple[str, str]]:
    """The broader links that close a cycle (found by depth-first search, in file order)."""
    edges = {r.uri: list(dict.fromkeys(r.broader)) for r in records}
    state: dict[str, int] = {}
    closing: list[tuple[str, str]] = []
    for root in edges:
        if state.get(root):
            continue
        stack = [(root, iter(edges.get(root, ())))]
        state[root] = 1
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                state[node] = 2
                stack.pop()
            elif state.get(child) == 1:
                closing.append((node, child))
            elif not state.get(child):
                state[child] = 1
                stack.append((child, iter(edges.get(child, ()))))
    return closing


def _relations(
    record: ConceptData, known: set[str], problems: list[Problem], mode: str
) -> ConceptData:
    broader: list[str] = []
    related: list[str] = []
    for prop, targets, out in (
        ("skos:broader", record.broader, broader),
        ("skos:related", record.related, related),
    ):
        for target in dict.fromkeys(targets):
            if target == record.uri:
                problems.append(
                    Problem(
                        record.uri,
                        prop,
                        "the concept points to itself",
                        action="link left out" if mode == REPAIR else "",
                    )
                )
            elif target not in known:
                problems.append(
                    Problem(
                        record.uri,
                        prop,
                        f"{target} is not a concept of this vocabulary",
                        action="link left out",
                        error=False,
                    )
                )
            else:
                out.append(target)
    clash = set(broader) & set(related)
    for target in sorted(clash):
        problems.append(
            Problem(
                record.uri,
                "skos:related",
                f"{target} is both broader and related (they must be disjoint)",
                action="kept it as broader only" if mode == REPAIR else "",
            )
        )
    return replace(record, broader=broader, related=[t for t in related if t not in clash])


def check(
    records: Sequence[ConceptData], mode: str = REFUSE, known: Iterable[str] = ()
) -> tuple[list[ConceptData], list[Problem]]:
    """Check `records` (with `known`: other concept URIs relations may point to).

    Returns the records as repaired (in REPAIR mode; unchanged otherwise) and every problem.
    """
    problems: list[Problem] = []
    uris = {r.uri for r in records} | set(known)
    out = []
    for record in records:
        fixed = replace(record, labels=_labels(record, mode, problems))
        out.append(_relations(fixed, uris, problems, mode))
    closing = _cycles(out)
    if closing:
        drop = set(closing)
        for node, child in closing:
            problems.append(
                Problem(
                    node,
                    "skos:broader",
                    f"the broader link to {child} closes a cycle",
                    action="link left out" if mode == REPAIR else "",
                )
            )
        if mode == REPAIR:
            out = [
                replace(r, broader=[b for b in r.broader if (r.uri, b) not in drop]) for r in out
            ]
    return (out if mode == REPAIR else list(records)), problems


def errors(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.error]
