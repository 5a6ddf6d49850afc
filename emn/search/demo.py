"""Search demo: a few glossary concepts in five languages, then the first index build.

Until the glossary fills the translation table, these pairs show cross-lingual search: a
search for "vračanje" also finds English "return". The terms follow the EU's own wording
(Directive 2008/115/EC, Directive 2011/95/EU and the EMN Glossary).
"""

from __future__ import annotations

from typing import Any

from emn.search.indexing import reindex
from emn.search.translations import replace_concept

ORIGIN = "demo"
CONCEPTS: dict[str, dict[str, str]] = {
    "return": {
        "en": "return",
        "fr": "retour",
        "de": "Rückkehr",
        "sl": "vračanje",
        "lt": "grąžinimas",
    },
    "return decision": {
        "en": "return decision",
        "fr": "décision de retour",
        "de": "Rückkehrentscheidung",
        "sl": "odločba o vrnitvi",
        "lt": "sprendimas grąžinti",
    },
    "asylum application": {
        "en": "asylum application",
        "fr": "demande d'asile",
        "de": "Asylantrag",
        "sl": "prošnja za azil",
        "lt": "prieglobsčio prašymas",
    },
    "asylum seeker": {
        "en": "asylum seeker",
        "fr": "demandeur d'asile",
        "de": "Asylbewerber",
        "sl": "prosilec za azil",
        "lt": "prieglobsčio prašytojas",
    },
    "international protection": {
        "en": "international protection",
        "fr": "protection internationale",
        "de": "internationaler Schutz",
        "sl": "mednarodna zaščita",
        "lt": "tarptautinė apsauga",
    },
    "unaccompanied minor": {
        "en": "unaccompanied minor",
        "fr": "mineur non accompagné",
        "de": "unbegleiteter Minderjähriger",
        "sl": "mladoletnik brez spremstva",
        "lt": "nelydimas nepilnametis",
    },
    "family reunification": {
        "en": "family reunification",
        "fr": "regroupement familial",
        "de": "Familienzusammenführung",
        "sl": "združitev družine",
        "lt": "šeimos susijungimas",
    },
    "residence permit": {
        "en": "residence permit",
        "fr": "titre de séjour",
        "de": "Aufenthaltstitel",
        "sl": "dovoljenje za prebivanje",
        "lt": "leidimas gyventi",
    },
    "trafficking in human beings": {
        "en": "trafficking in human beings",
        "fr": "traite des êtres humains",
        "de": "Menschenhandel",
        "sl": "trgovina z ljudmi",
        "lt": "prekyba žmonėmis",
    },
}


def load(actor: Any, out: Any) -> None:
    """Write the demo concepts (replacing their rows: idempotent), then index everything."""
    for concept, terms in CONCEPTS.items():
        replace_concept(concept, terms.items(), origin=ORIGIN)
    counts = reindex()
    out.write(
        f"Search: {len(CONCEPTS)} translated concepts, "
        f"{sum(counts.values())} documents indexed from {len(counts)} sources."
    )
