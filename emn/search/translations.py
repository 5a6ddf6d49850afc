"""The term-translation table: how a query in one language also finds the others.

Rows sharing a concept translate each other. The glossary fills the table (one concept per
entry); `lemmas` is the term as the analyser reads it in its language, so an inflected query
word still finds its concept.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction

from emn.search import analysis
from emn.search.models import TermTranslation


def analysed_term(term: str, language: str) -> str:
    """The term's keys in `language`, as stored in `TermTranslation.lemmas`."""
    return " ".join(analysis.keys(term, analysis.language_code(language)))[:300]


def replace_concept(
    concept: str, terms: Iterable[tuple[str, str]], origin: str = "glossary"
) -> None:
    """Make `terms` ((language, term) pairs) the translations of `concept`.

    Rule: the concept's previous rows are replaced; empty terms are skipped. No permission
    check and no audit entry: callers are services that have done both (the glossary).
    """
    rows: dict[tuple[str, str], TermTranslation] = {}
    for language, term in terms:
        code = analysis.language_code(language)
        term = " ".join((term or "").split())[:300]
        lemmas = analysed_term(term, code)
        if code and lemmas and (code, term) not in rows:
            rows[(code, term)] = TermTranslation(
                concept=concept, language=code, term=term, lemmas=lemmas, origin=origin
            )
    with transaction.atomic():
        TermTranslation.objects.filter(concept=concept).delete()
        TermTranslation.objects.bulk_create(rows.values())
