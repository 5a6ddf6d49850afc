"""A small glossary for the SKOS tests, written with `store.write` like an import would.

It covers what the SKOS mapping must carry: national variants, plain and structured
definitions (source citation, source link, EU / global context), every kind of note, an
untagged note, alternative and hidden labels, broader and related links, mappings to other
vocabularies, themes, and every status including a deprecated concept with "use instead".
"""

from __future__ import annotations

from django.db import transaction

from emn.core.testing.reference import ensure_reference_data
from emn.glossary import records, store
from emn.glossary.models import Scheme
from emn.glossary.records import ConceptData, DefinitionData, LabelData, NoteData
from emn.glossary.services.schemes import concept_uri, default_scheme

EUR_LEX = "https://eur-lex.europa.eu/eli/dir/2008/115/oj"


def _records() -> list[ConceptData]:
    u = concept_uri
    return [
        ConceptData(
            uri=u("return"),
            status="approved",
            labels=[
                LabelData("pref", "en", "return"),
                LabelData("alt", "en", "repatriation"),
                LabelData("hidden", "en", "retrun"),
                LabelData("pref", "fr", "retour"),
                LabelData("pref", "de", "Rückkehr"),
                LabelData("pref", "de", "Rückführung", "AT"),
                LabelData("alt", "de", "Heimkehr", "AT"),
                LabelData("pref", "sl", "vračanje"),
                LabelData("pref", "lt", "grąžinimas"),
                LabelData("pref", "ka", "დაბრუნება"),
                LabelData("pref", "uk", "повернення"),
            ],
            definitions=[
                DefinitionData(
                    "en",
                    "The process of a third-country national going back.",
                    "eu",
                    "Directive 2008/115/EC",
                    EUR_LEX,
                ),
                DefinitionData(
                    "en",
                    "The act of going back to the point of departure.",
                    "global",
                    "IOM Glossary on Migration",
                ),
                DefinitionData("fr", "Le fait de retourner dans son pays."),
                DefinitionData("de", "Rückkehr in den Herkunftsstaat.", "eu", "", EUR_LEX, "AT"),
            ],
            notes=[
                NoteData("scope", "en", "Covers voluntary and forced return."),
                NoteData("example", "fr", "Retour vers le pays d'origine."),
                NoteData("history", "en", "Entry revised in edition 2."),
                NoteData("editorial", "", "Check the Lithuanian term."),
                NoteData("change", "de", "Variante für Österreich ergänzt.", "AT"),
                NoteData("note", "sl", "Opomba."),
                NoteData("example", "en", 'He said "I return".\nA second line, a \\ backslash.'),
            ],
            mappings=[
                ("exact", "http://eurovoc.europa.eu/4387"),
                ("close", "http://vocabularies.unesco.org/thesaurus/concept4063"),
            ],
            themes=["return"],
        ),
        ConceptData(
            uri=u("voluntary-return"),
            status="proposed",
            labels=[
                LabelData("pref", "en", "voluntary return"),
                LabelData("pref", "fr", "retour volontaire"),
            ],
            broader=[u("return")],
            related=[u("forced-return")],
            mappings=[("broad", "http://eurovoc.europa.eu/4387")],
        ),
        ConceptData(
            uri=u("forced-return"),
            status="draft",
            labels=[LabelData("pref", "en", "forced return"), LabelData("alt", "en", "removal")],
            broader=[u("return")],
            related=[u("voluntary-return")],
            themes=["return", "irregular-migration"],
        ),
        ConceptData(
            uri=u("readmission-agreement"),
            status="deprecated",
            labels=[LabelData("pref", "en", "readmission agreement")],
            related=[u("return")],
            replaced_by=u("eu-readmission-agreement"),
        ),
        ConceptData(
            uri=u("eu-readmission-agreement"),
            status="approved",
            labels=[
                LabelData("pref", "en", "EU readmission agreement"),
                LabelData("pref", "sr-Latn", "sporazum o readmisiji"),
            ],
            definitions=[
                DefinitionData("en", "An agreement between the EU and a third country.", "eu")
            ],
            mappings=[
                ("narrow", "http://example.org/other/agreements"),
                ("related", "http://example.org/other/return"),
            ],
        ),
    ]


def sample_glossary() -> tuple[Scheme, list[ConceptData]]:
    """The default scheme with the sample concepts in its working copy, and their records as
    read back from the database (the reference a round trip is compared with)."""
    ensure_reference_data()
    scheme = default_scheme()
    with transaction.atomic():
        store.write(scheme, _records())
    return scheme, records.load(scheme)


def comparable(found: list[ConceptData]) -> dict[str, dict[str, object]]:
    return {r.uri: r.comparable() for r in found}


def row_counts() -> dict[str, int]:
    """Rows of every table an import writes to: equal before and after means nothing stored."""
    from emn.core.models import AuditEntry
    from emn.glossary.models import (
        Concept,
        ConceptVersion,
        Definition,
        Label,
        Mapping,
        Note,
        Relation,
    )

    models = (
        Scheme,
        Concept,
        ConceptVersion,
        Label,
        Definition,
        Note,
        Relation,
        Mapping,
        AuditEntry,
    )
    return {model.__name__: model._default_manager.count() for model in models}


def skos_file(name: str) -> bytes:
    from pathlib import Path

    return (Path(__file__).parent / "skos_files" / name).read_bytes()
