"""The demo glossary's concepts: return, asylum and legal migration, in our own words.

The definitions are written for this demo (never copied from the EMN Glossary or another
glossary); the legal acts are cited as sources so a reader knows where the notion comes from.
Preferred terms are given in English, French, German, Slovenian and Lithuanian, in that
order; `extra` adds synonyms, abbreviations and national variants ("de-AT", "fr-BE").
"""

from __future__ import annotations

from dataclasses import dataclass

RETURN_DIRECTIVE = "Directive 2008/115/EC (Return Directive)"
QUALIFICATION = "Directive 2011/95/EU (Qualification Directive)"
PROCEDURES = "Directive 2013/32/EU (Asylum Procedures Directive)"
STATISTICS = "Regulation (EC) No 862/2007 on migration and international protection statistics"
LANGUAGES = ("en", "fr", "de", "sl", "lt")


@dataclass(frozen=True)
class Spec:
    """One demo concept. `terms`: preferred terms in LANGUAGES order ("" for none yet);
    `extra`: (kind, tag, term); `definitions`: other languages' definitions by tag."""

    key: str
    terms: tuple[str, str, str, str, str]
    definition: str
    source: str = ""
    context: str = "eu"
    extra: tuple[tuple[str, str, str], ...] = ()
    definitions: tuple[tuple[str, str], ...] = ()
    notes: tuple[tuple[str, str], ...] = ()  # (NoteKind, English text)
    broader: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
