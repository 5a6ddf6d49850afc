"""The demo glossary's concepts: return, asylum and legal migration, in our own words.

The definitions are written for this demo (never copied from the EMN Glossary or another
glossary); the legal acts are cited as sources so a reader knows where the notion comes from.
"""

from emn.glossary.demo_data.changes import (
    CHANGED_DEFINITION,
    DEPRECATED,
    DRAFT,
    EDITION_2,
    NEW_LITHUANIAN_TERM,
    PROPOSED,
)
from emn.glossary.demo_data.legal_terms import LEGAL_TERMS
from emn.glossary.demo_data.protection_terms import PROTECTION_TERMS
from emn.glossary.demo_data.return_terms import RETURN_TERMS
from emn.glossary.demo_data.spec import LANGUAGES, Spec

# Edition 1 holds them in this order (the order the demo writes them in).
EDITION_1: tuple[Spec, ...] = RETURN_TERMS + PROTECTION_TERMS + LEGAL_TERMS

__all__ = [
    "CHANGED_DEFINITION",
    "DEPRECATED",
    "DRAFT",
    "EDITION_1",
    "EDITION_2",
    "LANGUAGES",
    "NEW_LITHUANIAN_TERM",
    "PROPOSED",
    "Spec",
]
