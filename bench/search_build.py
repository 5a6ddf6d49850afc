"""Building the corpus index of bench/search.py: rows inserted, then indexed through our layer."""

from __future__ import annotations

import sys
import time
from collections import Counter
from typing import Any

import search_corpus as corpus

CHUNK = 500


def log(message: str, end: str = "\n") -> None:
    print(message, end=end, file=sys.stderr, flush=True)


def to_row(doc: corpus.Doc, country_ids: dict[str, int]) -> tuple[Any, list[Any]]:
    from emn.search.models import Document
    from emn.search.registry import Readers, Text

    readers = Readers(
        doc.audience,
        frozenset(country_ids[c] for c in doc.reader_countries if c in country_ids),
        frozenset(doc.reader_users),
        doc.service_provider,
    )
    titles = {doc.language: doc.title, **doc.extra_titles}
    texts = [Text(doc.title, "A", doc.language)]
    texts += [Text(t, "A", lang) for lang, t in doc.extra_titles.items()]
    texts += [Text(doc.summary, "B", doc.language), Text(doc.body, "C", doc.language)]
    row = Document(
        source="bench.document",
        object_id=doc.number + 1,
        kind=doc.kind,
        url=f"/library/{doc.number + 1}/",
        titles=titles,
        themes=" " + " ".join(doc.themes) + " ",
        countries=" " + " ".join(doc.countries) + " ",
        date=doc.date,
        year=doc.date.year,
        dissemination=doc.dissemination,
        audience=doc.audience,
        readers=readers.tokens(),
    )
    return row, texts


class Built:
    """What the corpus build leaves for query picking and the report."""

    def __init__(self) -> None:
        self.df: dict[str, Counter[str]] = {lang: Counter() for lang in corpus.LANGUAGES}
        self.sample: list[tuple[str, frozenset[str]]] = []
        self.generate_s = 0.0
        self.bulk_s = 0.0
        self.bulk_docs = 0
        self.single_s = 0.0
        self.single_docs = 0
        self.analyze_s = 0.0
        self.languages: Counter[str] = Counter()
        self.audiences: Counter[str] = Counter()


def build(count: int, seed: int, engine: str) -> Built:
    from django.db import connection, transaction

    from emn.network.models import Country
    from emn.search import index

    country_ids = dict(Country.objects.values_list("code", "pk"))
    built = Built()
    vocab = corpus.vocabularies(seed)
    single = min(500, count // 100)
    stream = corpus.generate(count, seed, vocab)
    sample_every = max(1, count // 1000)
    done = 0
    started = time.perf_counter()

    def take(n: int) -> list[corpus.Doc]:
        t0 = time.perf_counter()
        docs = [d for _i, d in zip(range(n), stream, strict=False)]
        for d in docs:
            built.df[d.language].update(d.units)
            built.languages[d.language] += 1
            built.audiences[d.audience] += 1
            if d.number % sample_every == 0:
                built.sample.append((d.language, d.units))
        built.generate_s += time.perf_counter() - t0
        return docs

    from emn.search.models import Document

    while done < count - single:
        docs = take(min(CHUNK, count - single - done))
        rows = [to_row(d, country_ids) for d in docs]
        t0 = time.perf_counter()
        with transaction.atomic():
            saved = Document.objects.bulk_create([r for r, _t in rows])
            index.write_many([(r, t) for r, (_s, t) in zip(saved, rows, strict=True)])
        built.bulk_s += time.perf_counter() - t0
        built.bulk_docs += len(docs)
        done += len(docs)
        elapsed = time.perf_counter() - started
        log(
            f"\r[{engine}] indexed {done:>7}/{count} documents, "
            f"{built.bulk_docs / built.bulk_s:6.0f} docs/s indexing, {elapsed:5.0f} s elapsed",
            end="",
        )
    for doc in take(single):
        row, texts = to_row(doc, country_ids)
        t0 = time.perf_counter()
        with transaction.atomic():
            row.save()
            index.write(row, texts)
        built.single_s += time.perf_counter() - t0
        built.single_docs += 1
        done += 1
    log(
        f"\r[{engine}] indexed {done:>7}/{count} documents in {time.perf_counter() - started:.0f} s"
    )
    t0 = time.perf_counter()
    with connection.cursor() as cursor:
        if engine == "postgres":
            cursor.execute("VACUUM ANALYZE search_document")
        else:
            cursor.execute("ANALYZE")
    built.analyze_s = time.perf_counter() - t0
    return built
