"""The columns of a translators' spreadsheet, shared by the export and the import.

One row per concept: `concept` (its URI, how the import finds it again), `key` (context for
the translator, never read back), then per language its preferred term (headed by the BCP 47
tag, "de-AT" for the Austrian variant) and, optionally, its definition (`definition:de-AT`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from openpyxl.utils import get_column_letter

from emn.glossary.integrity import normal_tag, valid_tag

CONCEPT = "concept"
KEY = "key"
DEFINITION_PREFIX = "definition:"
SOURCE_LANGUAGE = "en"

TERM = "term"
DEFINITION = "definition"


def column_letter(index: int) -> str:
    """The spreadsheet letter of a 0-based column index (0 -> "A", 27 -> "AB")."""
    return get_column_letter(index + 1)


@dataclass(frozen=True)
class Column:
    """One column of a sheet: its position, its header as written, what it holds."""

    index: int  # 0-based
    header: str
    kind: str  # CONCEPT, KEY, TERM or DEFINITION
    tag: str = ""  # the normalised language tag of a TERM or DEFINITION column

    @property
    def letter(self) -> str:
        return column_letter(self.index)


def ordered_languages(languages: Iterable[str]) -> list[str]:
    """The tags normalised, once each, English first: the translator reads the source term
    before the columns to fill. Without English the caller's first language leads."""
    tags = list(dict.fromkeys(normal_tag(t.strip()) for t in languages if t.strip()))
    if SOURCE_LANGUAGE in tags:
        tags.remove(SOURCE_LANGUAGE)
        tags.insert(0, SOURCE_LANGUAGE)
    return tags


def headers(languages: Iterable[str], definitions: bool = True) -> list[str]:
    """The header row: concept, key, then each language's term (and definition) side by side."""
    row = [CONCEPT, KEY]
    for tag in ordered_languages(languages):
        row.append(tag)
        if definitions:
            row.append(DEFINITION_PREFIX + tag)
    return row


def classify(header: str) -> tuple[str, str] | None:
    """(kind, tag) of a header cell, None when it names nothing the import knows.

    `concept` and `key` are checked before tags: "key" happens to be a valid language code.
    """
    text = header.strip()
    lowered = text.lower()
    if lowered == CONCEPT:
        return CONCEPT, ""
    if lowered == KEY:
        return KEY, ""
    if lowered.startswith(DEFINITION_PREFIX):
        tag = text[len(DEFINITION_PREFIX) :].strip()
        return (DEFINITION, normal_tag(tag)) if valid_tag(tag) else None
    return (TERM, normal_tag(text)) if valid_tag(text) else None
