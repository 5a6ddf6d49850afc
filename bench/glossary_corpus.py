"""A generated glossary shaped like the EMN Asylum and Migration Glossary, only ten times larger.

`generate(count, languages, seed)` returns `ConceptData` records: a preferred term in every
language (Latin, Cyrillic, Greek and Georgian scripts), alternative terms in half of them,
national variants (de-AT, fr-BE, nl-BE, sv-FI, el-CY, en-IE, pt-BR) on a third of the concepts,
an EU-context definition with its source citation and link and a global-context one with a
citation in English, plain definitions in a dozen other languages, a scope note, one broader
concept (a forest of some 30 trees, five levels deep on average), one or two related concepts,
a mapping to another vocabulary for a quarter of them, and every status. Seeded: the same
arguments give the same glossary.
"""

from __future__ import annotations

import random

from emn.glossary.records import ConceptData, DefinitionData, LabelData, NoteData

BASE = "https://emn.example.org/glossary/"
# The EU's 24 languages, Norwegian, and two observer languages in their own scripts.
LANGUAGES = [
    *("en", "fr", "de", "sl", "lt", "bg", "cs", "da", "el", "es", "et", "fi", "ga", "hr"),
    *("hu", "it", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sv", "no", "ka", "uk"),
]
VARIANTS = {"de": "AT", "fr": "BE", "nl": "BE", "sv": "FI", "el": "CY", "en": "IE", "pt": "BR"}
STATUSES = ("approved",) * 6 + ("draft", "proposed", "deprecated")
SOURCES = (
    ("Directive 2008/115/EC", "https://eur-lex.europa.eu/eli/dir/2008/115/oj"),
    ("Regulation (EU) No 604/2013", "https://eur-lex.europa.eu/eli/reg/2013/604/oj"),
    ("Directive 2011/95/EU", "https://eur-lex.europa.eu/eli/dir/2011/95/oj"),
)


def _letters(first: int, last: int, *extra: int) -> str:
    return "".join(chr(c) for c in (*range(first, last + 1), *extra))


# Letters by script, from their Unicode blocks: Latin, Cyrillic (Bulgarian, Ukrainian with
# i, yi, ye), Greek (without the final sigma) and Georgian (Mkhedruli).
_LATIN = _letters(ord("a"), ord("z"))
_SCRIPTS = {
    "bg": _letters(0x430, 0x44F),
    "uk": _letters(0x430, 0x449, 0x44C, 0x44E, 0x44F, 0x454, 0x456, 0x457),
    "el": _letters(0x3B1, 0x3C1) + _letters(0x3C3, 0x3C9),
    "ka": _letters(0x10D0, 0x10F0),
}
_ACCENTS = {"cs": "\u010d", "sl": "\u0161", "lt": "\u0173", "pl": "\u0142", "de": "\u00fc"}
_ACCENTS.update({"fr": "\u00e9", "hu": "\u0151", "ro": "\u0219"})


def _word(rng: random.Random, language: str) -> str:
    letters = _SCRIPTS.get(language, _LATIN)
    word = "".join(rng.choice(letters) for _ in range(rng.randint(3, 9)))
    accent = _ACCENTS.get(language)
    return word + accent if accent and rng.random() < 0.3 else word


def _term(rng: random.Random, language: str, n: int) -> str:
    """A term of one to four words; the concept number keeps every term distinct."""
    words = [_word(rng, language) for _ in range(rng.randint(1, 3))]
    return " ".join(words) + f" {n}"


def _sentence(rng: random.Random, language: str, n: int) -> str:
    return " ".join(_word(rng, language) for _ in range(rng.randint(12, 30))) + f" ({n})."


def _labels(rng: random.Random, n: int, languages: list[str]) -> list[LabelData]:
    labels = []
    for language in languages:
        labels.append(LabelData("pref", language, _term(rng, language, n)))
        if rng.random() < 0.5:
            labels.append(LabelData("alt", language, _term(rng, language, n) + " alt"))
        if language in VARIANTS and rng.random() < 0.33:
            country = VARIANTS[language]
            labels.append(LabelData("pref", language, _term(rng, language, n) + " var", country))
    if rng.random() < 0.2:
        labels.append(LabelData("hidden", "en", _term(rng, "en", n) + " typo"))
    return labels


def _definitions(rng: random.Random, n: int, languages: list[str]) -> list[DefinitionData]:
    citation, link = rng.choice(SOURCES)
    out = [
        DefinitionData("en", _sentence(rng, "en", n), "eu", citation, link),
        DefinitionData("en", _sentence(rng, "en", n), "global", "IOM Glossary on Migration"),
    ]
    for language in rng.sample(languages[1:], min(12, len(languages) - 1)):
        if rng.random() < 0.3:
            out.append(DefinitionData(language, _sentence(rng, language, n), "eu", citation))
        else:
            out.append(DefinitionData(language, _sentence(rng, language, n)))
    return out


def generate(count: int = 5000, languages: int = 27, seed: int = 7) -> list[ConceptData]:
    """`count` concepts in the first `languages` of LANGUAGES."""
    rng = random.Random(seed)
    tongues = list(LANGUAGES[:languages])
    uris = [f"{BASE}concept/c{n:05d}" for n in range(count)]
    out = []
    for n, uri in enumerate(uris):
        broader = [uris[rng.randrange(max(1, n // 2), n)]] if n >= 30 else []
        related = rng.sample(uris[:n], min(n, rng.randint(0, 2)))
        status = rng.choice(STATUSES)
        out.append(
            ConceptData(
                uri=uri,
                status=status,
                labels=_labels(rng, n, tongues),
                definitions=_definitions(rng, n, tongues),
                notes=[NoteData("scope", "en", _sentence(rng, "en", n))],
                broader=broader,
                related=[u for u in related if u not in broader],
                mappings=[("exact", f"http://eurovoc.europa.eu/{1000 + n}")]
                if rng.random() < 0.25
                else [],
                replaced_by=uris[n - 1] if status == "deprecated" and n else None,
            )
        )
    return out
