"""A deterministic corpus of search documents in five languages, for bench/search.py.

Vocabulary: the labels of the shared Eurostat data (/work/shared/data/eurostat: country and
citizenship names, dimension labels, codelist names) and the English labels of the YSO extract
(/work/shared/skos/yso-extract.ttl), plus a hand-made list of migration and asylum words and
set phrases in English, French, German, Slovenian and Lithuanian, inflected forms included so
that lemmatisation has work to do. Word frequencies follow a Zipf-Mandelbrot law (function words
first, then content words in a seeded order, label words in the tail), so query terms picked by
document frequency have realistic selectivity. Set phrases are drawn from their own Zipf law and
inserted whole, so phrase queries exist in the corpus.

Nothing here touches the database: `generate()` yields plain `Doc` values; bench/search.py
turns them into `Document` rows and index texts.
"""

from __future__ import annotations

import csv
import datetime
import io
import itertools
import json
import math
import random
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

SHARED = Path("/work/shared")
LANGUAGES = ("en", "fr", "de", "sl", "lt")
# Share of documents per main language: English is the network's working language.
LANGUAGE_WEIGHTS = (0.32, 0.17, 0.17, 0.17, 0.17)

KINDS = (
    ("publication.study", 8),
    ("publication.synthesis", 3),
    ("publication.national_report", 10),
    ("publication.inform", 6),
    ("publication.ahq_compilation", 12),
    ("publication.annual_report", 5),
    ("publication.factsheet", 5),
    ("publication.bulletin", 6),
    ("publication.expert_group_paper", 3),
    ("publication.legislation", 8),
    ("publication.case_law", 6),
    ("publication.policy", 5),
    ("publication.other", 2),
    ("query.query", 14),
    ("network.organisation", 7),
)

# Function words, topical words and set phrases per language: data, kept beside this file.
_VOCABULARY = json.loads(
    (Path(__file__).with_name("search_words.json")).read_text(encoding="utf-8")
)
_FUNCTION: dict[str, str] = _VOCABULARY["function_words"]
_WORDS: dict[str, str] = _VOCABULARY["topical_words"]
_PHRASES: dict[str, str] = _VOCABULARY["phrases"]
THEMES: tuple[str, ...] = tuple(_VOCABULARY["themes"])
COUNTRIES: tuple[str, ...] = tuple(_VOCABULARY["countries"])

_WORD_RE = re.compile("[^\\W\\d_][\\w'\u2019-]*")


def _label_vocabulary() -> tuple[list[str], list[str], list[str]]:
    """Words and multi-word labels of the shared data: (English words, English phrases, names)."""
    labels: set[str] = set()
    names: set[str] = set()
    eurostat = SHARED / "data" / "eurostat"
    files = (
        ("migr_eirtn_Data_allcitizens.csv", "cp1252", ("GEO", "CITIZEN")),
        ("migr_eiord_Data_allcitizens.csv", "cp1252", ("GEO", "CITIZEN")),
        ("migrants_illegally_present.csv", "utf-8", ("geo",)),
        ("asylum_applicants_total.csv", "utf-8", ("Geopolitical entity (reporting)",)),
        ("migr_asyappctzm_1_Data.csv", "utf-8", ("GEO",)),
    )
    for name, encoding, name_columns in files:
        path = eurostat / name
        if not path.exists():
            continue
        reader = csv.reader(io.StringIO(path.read_text(encoding=encoding)))
        header = next(reader)
        labels.update(h for h in header if len(h) > 3)
        name_at = {i for i, h in enumerate(header) if h in name_columns}
        for row in itertools.islice(reader, 40000):
            for i, cell in enumerate(row):
                if re.search(r"[A-Za-z]{3}", cell) and ":" not in cell:
                    (names if i in name_at else labels).add(cell)
    structure = eurostat / "apro_mk_cola-structure.xml"
    if structure.exists():
        labels.update(re.findall(r"<(?:\w+:)?Name[^>]*>([^<]{3,80})<", structure.read_text()))
    yso = SHARED / "skos" / "yso-extract.ttl"
    if yso.exists():
        labels.update(re.findall(r'"([^"\n]{3,60})"@en\b', yso.read_text(encoding="utf-8")))
    words: dict[str, None] = {}
    phrases: list[str] = []
    for label in sorted(labels):
        tokens = _WORD_RE.findall(label)
        for token in tokens:
            if len(token) > 2 and not token.isupper():
                words.setdefault(token.lower() if not token.istitle() else token, None)
        if 2 <= len(tokens) <= 4 and not any(t.isupper() for t in tokens):
            phrases.append(" ".join(tokens))
    name_words: dict[str, None] = {}
    for label in sorted(names):
        for token in _WORD_RE.findall(label.split("(")[0]):
            if len(token) > 3 and token[0].isupper():
                name_words.setdefault(token, None)
    return list(words), phrases, list(name_words)


def _zipf(n: int, s: float = 1.0, q: float = 2.7) -> list[float]:
    """Zipf-Mandelbrot weights of ranks 1..n."""
    return [1.0 / (rank + q) ** s for rank in range(1, n + 1)]


@dataclass
class Vocabulary:
    """One language's units (words, then phrases) with cumulative weights for random.choices."""

    language: str
    words: list[str]
    function_words: frozenset[str]
    phrases: list[str]
    # The hand-made migration words and set phrases: what readers search for.
    topical: frozenset[str] = frozenset()
    units: list[str] = field(default_factory=list)
    cumulative: list[float] = field(default_factory=list)
    title_cumulative: list[float] = field(default_factory=list)

    def build(self, phrase_share: float = 0.015, title_phrase_share: float = 0.15) -> None:
        word_w = _zipf(len(self.words))
        phrase_w = _zipf(len(self.phrases), s=0.9, q=1.5)
        self.units = self.words + self.phrases
        for share, target in ((phrase_share, "cumulative"), (title_phrase_share, "title")):
            ws, ps = sum(word_w), sum(phrase_w)
            weights = [w / ws * (1 - share) for w in word_w] + [w / ps * share for w in phrase_w]
            cumulative = list(itertools.accumulate(weights))
            if target == "cumulative":
                self.cumulative = cumulative
            else:
                self.title_cumulative = cumulative


def _dictionary_words(language: str, rng: random.Random, count: int) -> list[str]:
    """`count` real word forms of `language`: the keys of simplemma's lemma dictionary."""
    from simplemma.strategies.dictionaries.dictionary_factory import _load_dictionary_from_disk

    forms = sorted(
        word
        for key in _load_dictionary_from_disk(language)
        if 4 <= len(word := key.decode()) <= 16 and word.isalpha() and word.islower()
    )
    return rng.sample(forms, min(count, len(forms)))


def vocabularies(seed: int = 6, size: int = 20000) -> dict[str, Vocabulary]:
    """The five languages' vocabularies, ordered by rank deterministically from `seed`.

    Ranks: the function words first; the hand-made topical words spread log-uniformly over
    ranks 20..4000 (so they range from "in most documents" to "in 0.5% of them"); names and
    label words over 100..15000; the rest of the `size` ranks are real word forms of the
    language (simplemma's dictionary) forming the long tail.
    """
    rng = random.Random(seed)
    label_words, label_phrases, names = _label_vocabulary()
    result = {}
    for language in LANGUAGES:
        function = _FUNCTION[language].split()
        content = list(dict.fromkeys(_WORDS[language].split()))
        rng.shuffle(content)
        labelled = list(names) + (label_words if language == "en" else [])
        labelled = [w for w in dict.fromkeys(labelled) if w not in set(content)]
        rng.shuffle(labelled)
        taken = set(function) | set(content) | set(labelled)
        tail = [w for w in _dictionary_words(language, rng, size) if w not in taken]
        keyed = [(float(i), w) for i, w in enumerate(tail)]
        keyed += [(math.exp(rng.uniform(math.log(20), math.log(4000))), w) for w in content]
        keyed += [(math.exp(rng.uniform(math.log(100), math.log(15000))), w) for w in labelled]
        ranked = [w for _, w in sorted(keyed)][:size]
        phrases = [" ".join(p.split()) for p in _PHRASES[language].split("|")]
        topical_phrases = list(phrases)
        if language == "en":
            phrases += label_phrases[:150]
        vocabulary = Vocabulary(
            language,
            function + ranked,
            frozenset(function),
            phrases,
            frozenset(content + topical_phrases),
        )
        vocabulary.build()
        result[language] = vocabulary
    return result


@dataclass
class Doc:
    """One generated document: texts by weight in its language, facets and visibility."""

    number: int
    language: str
    title: str
    summary: str
    body: str
    extra_titles: dict[str, str]
    kind: str
    themes: tuple[str, ...]
    countries: tuple[str, ...]
    date: datetime.date
    dissemination: str
    audience: str
    reader_countries: tuple[str, ...]
    reader_users: tuple[int, ...]
    service_provider: bool
    units: frozenset[str]


def _text(
    rng: random.Random, vocab: Vocabulary, n: int, title: bool = False
) -> tuple[str, list[str]]:
    cumulative = vocab.title_cumulative if title else vocab.cumulative
    units = rng.choices(vocab.units, cum_weights=cumulative, k=n)
    if title:
        return " ".join(units).capitalize() if units[0].islower() else " ".join(units), units
    out: list[str] = []
    start = 0
    while start < len(units):
        length = rng.randint(8, 20)
        sentence = " ".join(units[start : start + length])
        out.append(sentence[:1].upper() + sentence[1:] + ".")
        start += length
    return " ".join(out), units


def generate(
    count: int, seed: int = 6, vocab: dict[str, Vocabulary] | None = None
) -> Iterator[Doc]:
    """`count` documents, the same for the same seed."""
    vocab = vocab or vocabularies(seed)
    rng = random.Random(seed * 1_000_003)
    kinds = [k for k, _ in KINDS]
    kind_cum = list(itertools.accumulate(w for _, w in KINDS))
    theme_cum = list(itertools.accumulate(_zipf(len(THEMES), s=0.8, q=1)))
    country_cum = list(itertools.accumulate(_zipf(len(COUNTRIES), s=0.6, q=2)))
    for number in range(count):
        language = rng.choices(LANGUAGES, weights=LANGUAGE_WEIGHTS)[0]
        v = vocab[language]
        title, t_units = _text(rng, v, rng.randint(5, 11), title=True)
        summary, s_units = _text(rng, v, rng.randint(30, 50))
        body, b_units = _text(rng, v, rng.randint(150, 300))
        extra_titles = {}
        if language != "en" and rng.random() < 0.15:
            extra_titles["en"] = _text(rng, vocab["en"], rng.randint(5, 11), title=True)[0]
        themes = tuple(sorted(set(rng.choices(THEMES, cum_weights=theme_cum, k=rng.randint(1, 3)))))
        countries = tuple(
            sorted(set(rng.choices(COUNTRIES, cum_weights=country_cum, k=rng.randint(1, 3))))
        )
        year = rng.randint(2008, 2025)
        date = datetime.date(year, rng.randint(1, 12), rng.randint(1, 28))
        roll = rng.random()
        reader_countries: tuple[str, ...] = ()
        reader_users: tuple[int, ...] = ()
        service_provider = False
        if roll < 0.62:
            dissemination, audience = "public", "public"
        elif roll < 0.85:
            dissemination, audience = "emn", "members"
        else:
            # Drafts and restricted material: named countries' NCPs, a few users, maybe the SP.
            dissemination = "emn" if roll < 0.95 else "public"
            audience = "restricted"
            reader_countries = tuple(sorted(set(rng.choices(COUNTRIES, k=rng.randint(1, 3)))))
            reader_users = tuple(sorted({rng.randint(1, 400) for _ in range(rng.randint(0, 3))}))
            service_provider = rng.random() < 0.3
        yield Doc(
            number=number,
            language=language,
            title=title,
            summary=summary,
            body=body,
            extra_titles=extra_titles,
            kind=rng.choices(kinds, cum_weights=kind_cum)[0],
            themes=themes,
            countries=countries,
            date=date,
            dissemination=dissemination,
            audience=audience,
            reader_countries=reader_countries,
            reader_users=reader_users,
            service_provider=service_provider,
            units=frozenset(t_units) | frozenset(s_units) | frozenset(b_units),
        )


@dataclass
class Query:
    kind: str  # "word", "three" or "phrase"
    q: str
    language: str
    df: int  # documents holding the unit(s), as generated (before visibility)


def pick_queries(
    docs_units: Sequence[tuple[str, frozenset[str]]],
    df: dict[str, Counter[str]],
    vocab: dict[str, Vocabulary],
    total: int,
    per_kind: int,
    seed: int = 6,
) -> list[Query]:
    """1-word, 3-word and phrase queries of mid document frequency, deterministically.

    `docs_units` is a seeded sample of (language, units) of generated documents, used for
    3-word queries (three mid-frequency words of one real document, so each has a match);
    `df` counts documents per unit per language.
    """
    rng = random.Random(seed + 17)
    queries: list[Query] = []
    per_language = {
        language: max(1, total * share)
        for language, share in zip(LANGUAGES, LANGUAGE_WEIGHTS, strict=True)
    }

    def mid(language: str, unit: str, high: float = 0.10) -> bool:
        """A topical word held by 0.5% to `high` of its language's documents."""
        n = df[language][unit]
        return (
            " " not in unit
            and unit in vocab[language].topical
            and per_language[language] * 0.005 <= n <= per_language[language] * high
        )

    singles = sorted(
        (language, unit) for language in LANGUAGES for unit in df[language] if mid(language, unit)
    )
    rng.shuffle(singles)
    for language, unit in itertools.islice(itertools.cycle(singles), per_kind):
        queries.append(Query("word", unit, language, df[language][unit]))
    phrase_pool = sorted(
        (language, unit)
        for language in LANGUAGES
        for unit in df[language]
        if " " in unit and unit in vocab[language].topical and df[language][unit] >= 2
    )
    rng.shuffle(phrase_pool)
    for language, unit in itertools.islice(itertools.cycle(phrase_pool), per_kind):
        queries.append(Query("phrase", f'"{unit}"', language, df[language][unit]))
    made = 0
    for language, units in itertools.cycle(docs_units):
        if made >= per_kind:
            break
        wide = sorted(u for u in units if mid(language, u, high=0.4))
        if len(wide) < 3:
            continue
        picked = rng.sample(wide, 3)
        queries.append(
            Query("three", " ".join(picked), language, min(df[language][u] for u in picked))
        )
        made += 1
    return queries
