"""Earlier queries and questions similar to the one being drafted, so nobody asks twice.

Rule: lexical TF-IDF cosine over titles, backgrounds and question texts of the queries the
user may read (never another person's draft); the search issue may replace the scoring, not
the contract. One SQL query for queries, one for their questions.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db.models import Q

from emn.queries.models import AdHocQuery, Question

MIN_WORD_LENGTH = 3
MIN_SCORE = 0.1
SNIPPET_LENGTH = 160

# Words too common in the working languages of the network to tell queries apart, and
# words every query uses. Written after folding: lower case, no accents ("fur" is "für").
_COMMON_WORDS = """
    the and for are was were with that this from have has had not but you your our their
    there which what when where who how why all any can could would should will shall may
    into onto about after before than then them they its also such other more most some
    does did been being per between within under over only each both very
    les des une dans pour par sur avec est sont ont pas que qui quoi leur leurs nous vous
    aux ces cette son ses etre avoir comme plus mais donc elle ils elles quel quelle
    der die das und ein eine einer eines dem den mit von fur auf ist sind wird werden
    nicht auch als bei aus nach oder wie wer was wenn dass sich ihre ihr sie wir zum zur
    please country countries member state states national question questions query
"""
STOP_WORDS = frozenset(_COMMON_WORDS.split())

_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Match:
    """An earlier query, or one of its questions, and how close it is to the typed text."""

    query: AdHocQuery
    question: Question | None
    score: float
    snippet: str


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", _TAG.sub(" ", text).casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# Query texts change rarely and are read on every keystroke; the cache holds the history.
@functools.lru_cache(maxsize=32_768)
def tokenise(text: str) -> tuple[str, ...]:
    """Lower-cased, accent-free words of `text`, without short words and stop words."""
    return tuple(
        word
        for word in _WORD.findall(_fold(text))
        if len(word) >= MIN_WORD_LENGTH and word not in STOP_WORDS and not word.isdigit()
    )


_QUESTION_FIELDS = ["id", "query_id", "position", "kind", "text"]


@dataclass(frozen=True)
class _Document:
    query: AdHocQuery
    question: tuple[Any, ...] | None  # a row of _QUESTION_FIELDS
    text: str
    terms: Counter[str]


def _candidates(user: Any, exclude_id: Any) -> list[_Document]:
    """Title-and-background and question documents of the queries the user may read.

    Drafts only if the user wrote them. Questions are read as plain rows: making 12,000
    model instances would cost more than the scoring; only the matches become models.
    """
    queries = AdHocQuery.objects.visible_to(user)
    draft = Q(state=AdHocQuery.State.DRAFT)
    if getattr(user, "is_authenticated", False):
        queries = queries.filter(~draft | Q(draft, created_by_id=user.pk))
    else:
        queries = queries.exclude(draft)
    if exclude_id is not None:
        queries = queries.exclude(pk=exclude_id)
    by_id = {query.pk: query for query in queries}
    documents = []
    for query in by_id.values():
        text = f"{query.title}\n{query.background}"
        documents.append(_Document(query, None, text, Counter(tokenise(text))))
    rows = Question.objects.filter(query__in=queries.values("pk")).values_list(*_QUESTION_FIELDS)
    for row in rows.order_by():
        if row[1] in by_id:
            documents.append(_Document(by_id[row[1]], row, row[4], Counter(tokenise(row[4]))))
    return [document for document in documents if document.terms]


def _question(document: _Document) -> Question | None:
    if document.question is None:
        return None
    question = Question.from_db(None, _QUESTION_FIELDS, document.question)
    question.query = document.query
    return question


def _weights(terms: Counter[str], idf: dict[str, float], default_idf: float) -> dict[str, float]:
    return {term: (1 + math.log(n)) * idf.get(term, default_idf) for term, n in terms.items()}


def _norm(vector: dict[str, float]) -> float:
    return math.sqrt(sum(weight * weight for weight in vector.values()))


def snippet(text: str, terms: Iterable[str], length: int = SNIPPET_LENGTH) -> str:
    """A window of `text` around its first word among `terms`, for the suggestion list."""
    plain = " ".join(_TAG.sub(" ", text).split())
    if len(plain) <= length:
        return plain
    wanted = set(terms)
    start = 0
    for found in _WORD.finditer(plain):
        if tokenise(found.group()) and tokenise(found.group())[0] in wanted:
            start = max(0, found.start() - length // 4)
            break
    window = plain[start : start + length].strip()
    prefix = "…" if start else ""
    suffix = "…" if start + length < len(plain) else ""
    return f"{prefix}{window}{suffix}"


def _snippet_for(document: _Document, typed: Iterable[str]) -> str:
    if document.question is not None:
        return snippet(document.text, typed)
    background = snippet(document.query.background, typed)
    return f"{document.query.title} — {background}" if background else document.query.title


def _score(documents: list[_Document], typed: Counter[str]) -> list[tuple[float, _Document]]:
    frequency = Counter(term for document in documents for term in document.terms)
    count = len(documents)
    idf = {term: math.log((1 + count) / (1 + n)) + 1 for term, n in frequency.items()}
    default_idf = math.log(1 + count) + 1
    wanted = _weights(typed, idf, default_idf)
    wanted_norm = _norm(wanted)
    scored = []
    for document in documents:
        if not wanted.keys() & document.terms.keys():
            continue
        weights = _weights(document.terms, idf, default_idf)
        dot = sum(weight * weights.get(term, 0.0) for term, weight in wanted.items())
        scored.append((dot / (wanted_norm * _norm(weights)), document))
    return scored


def similar_queries(
    user: Any, text: str, limit: int = 5, exclude_id: Any = None, *, min_score: float = MIN_SCORE
) -> list[Match]:
    """Earlier queries most similar to `text`, best first, one match per query.

    Each match is the query itself (its title and background) or, when closer, one of its
    questions. Only queries `user` may read are considered; `exclude_id` leaves out the
    query being drafted.
    """
    typed = Counter(tokenise(text))
    if not typed or limit <= 0:
        return []
    scored = _score(_candidates(user, exclude_id), typed)
    scored.sort(key=lambda pair: (-pair[0], pair[1].question is not None))
    matches: list[Match] = []
    seen: set[int] = set()
    for score, document in scored:
        if score < min_score or document.query.pk in seen:
            continue
        seen.add(document.query.pk)
        matches.append(
            Match(
                document.query, _question(document), round(score, 4), _snippet_for(document, typed)
            )
        )
        if len(matches) == limit:
            break
    return matches
