"""The alphabetical index of one language: every preferred term, national variants marked,
and the concepts without a term in that language listed under another term, marked too.

Built from the label rows alone (not whole records) so that a glossary of thousands of
concepts in dozens of languages lists in a few queries.
"""

from __future__ import annotations

import string
from dataclasses import dataclass

from django.db.models import QuerySet

from emn.glossary.models import ConceptVersion, Label
from emn.glossary.records import sort_key
from emn.glossary.views.common import FALLBACK, country_name
from emn.glossary.views.terms import terms_of

OTHER = "#"


@dataclass(frozen=True)
class Entry:
    """One line of the index: `term` leads to the concept `key`.

    `country` names the country of a national variant; `english` is the English term shown
    beside when it differs; `missing` means the concept has no term in the language yet and
    `term` is its English one (or any other) instead.
    """

    sort: str
    term: str
    key: str
    status: str
    country: str
    english: str
    missing: bool
    term_language: str

    @property
    def letter(self) -> str:
        return letter_of(self.sort)


def letter_of(sort: str) -> str:
    first = sort[:1].upper()
    return first if first.isalpha() else OTHER


def entries(versions: QuerySet[ConceptVersion], language: str) -> list[Entry]:
    """The index of `language`, in alphabetical order."""
    english = terms_of(versions, FALLBACK)
    rows = Label.objects.filter(
        version__in=versions.values("pk"), kind="pref", language=language
    ).values_list("version_id", "value", "country", "sort_key")
    out: list[Entry] = []
    having: set[int] = set()
    for version_id, value, country, key in rows:
        head = english.get(version_id)
        if head is None:
            continue
        having.add(version_id)
        beside = head.value if not head.missing and head.value != value else ""
        out.append(
            Entry(
                key or sort_key(value),
                value,
                head.key,
                head.status,
                country_name(country),
                beside,
                False,
                language,
            )
        )
    for version_id, head in english.items():
        if version_id not in having:
            out.append(
                Entry(
                    sort_key(head.value),
                    head.value,
                    head.key,
                    head.status,
                    "",
                    "",
                    True,
                    head.language,
                )
            )
    out.sort(key=lambda e: (e.sort, e.missing, e.country, e.term, e.key))
    return out


def letters(found: list[Entry]) -> list[tuple[str, bool]]:
    """The letter bar: A to Z always (greyed when empty), then the other scripts' letters
    present, then "#" for terms starting with a digit or a sign."""
    present = {entry.letter for entry in found}
    latin = list(string.ascii_uppercase)
    others = sorted(present - set(latin) - {OTHER})
    bar = [(letter, letter in present) for letter in (*latin, *others)]
    if OTHER in present:
        bar.append((OTHER, True))
    return bar
