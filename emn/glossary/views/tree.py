"""The hierarchy of a set: top concepts and their narrower concepts, and the theme groups.

Narrower is read from the broader links of the same set (never stored), so the tree and
the concept pages always agree. A concept with two broader concepts appears under both.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import QuerySet
from django.utils.translation import gettext

from emn.core.themes import ThemeCode
from emn.glossary.models import ConceptVersion, Relation
from emn.glossary.views.terms import Term, sorted_terms, terms_of

# Deeper than any thesaurus; a guard against a cycle an import let through.
MAX_DEPTH = 40


@dataclass
class Node:
    term: Term
    children: list[Node] = field(default_factory=list)


def _build(term: Term, children: dict[int, list[Term]], path: frozenset[int], depth: int) -> Node:
    node = Node(term)
    if depth >= MAX_DEPTH:
        return node
    for child in children.get(term.concept_id, []):
        if child.concept_id not in path:
            node.children.append(_build(child, children, path | {child.concept_id}, depth + 1))
    return node


def hierarchy(versions: QuerySet[ConceptVersion], language: str) -> list[Node]:
    """The top concepts (no broader concept in the set) with their narrower trees."""
    terms = terms_of(versions, language)
    by_concept = {term.concept_id: term for term in terms.values()}
    children: dict[int, list[Term]] = defaultdict(list)
    has_broader: set[int] = set()
    links = Relation.objects.filter(version__in=versions.values("pk"), kind="broader")
    for version_id, target_id in links.values_list("version_id", "target_id"):
        term = terms.get(version_id)
        if term is not None and target_id in by_concept and target_id != term.concept_id:
            children[target_id].append(term)
            has_broader.add(term.concept_id)
    for concept_id, items in children.items():
        children[concept_id] = sorted_terms(items)
    tops = sorted_terms(t for t in terms.values() if t.concept_id not in has_broader)
    return [_build(top, children, frozenset({top.concept_id}), 0) for top in tops]


@dataclass(frozen=True)
class ThemeGroup:
    code: str
    label: str
    terms: list[Term]


def by_theme(versions: QuerySet[ConceptVersion], language: str) -> list[ThemeGroup]:
    """Concepts grouped by theme, in the order of the theme list; those without a theme last."""
    terms = terms_of(versions, language)
    through = ConceptVersion.themes.through.objects.filter(
        conceptversion_id__in=versions.values("pk")
    )
    grouped: dict[str, list[Term]] = defaultdict(list)
    themed: set[int] = set()
    for version_id, code in through.values_list("conceptversion_id", "theme__code"):
        if version_id in terms:
            grouped[code].append(terms[version_id])
            themed.add(version_id)
    groups = [
        ThemeGroup(code, str(label), sorted_terms(grouped[code]))
        for code, label in ThemeCode.choices
        if grouped.get(code)
    ]
    rest = [term for pk, term in terms.items() if pk not in themed]
    if rest:
        groups.append(ThemeGroup("none", gettext("Without a theme"), sorted_terms(rest)))
    return groups
