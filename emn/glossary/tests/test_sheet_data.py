"""Data and helpers shared by the translation spreadsheet tests (test_sheet_*.py).

Built with `store.write` and `ConceptData` directly, so these tests do not depend on the
drafting services.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from emn.glossary import records, store
from emn.glossary.models import Scheme
from emn.glossary.records import ConceptData, DefinitionData, LabelData
from emn.glossary.services.schemes import concept_uri, default_scheme


def pref(tag: str, value: str) -> LabelData:
    language, _sep, country = tag.partition("-")
    return LabelData("pref", language, value, country)


def sample() -> list[ConceptData]:
    """Three concepts: approved, draft (with a synonym), proposed; national variants."""
    return [
        ConceptData(
            uri=concept_uri("return-decision"),
            key="return-decision",
            status="approved",
            labels=[
                pref("en", "return decision"),
                pref("fr", "décision de retour"),
                pref("de", "Rückkehrentscheidung"),
                pref("de-AT", "Rückkehrentscheidung (AT)"),
            ],
            definitions=[
                DefinitionData(
                    "en",
                    "A decision stating that a stay is illegal.",
                    "eu",
                    "Directive 2008/115/EC",
                ),
                DefinitionData("en", "Global wording.", "global"),
                DefinitionData(
                    "fr", "Décision constatant le séjour irrégulier.", "eu", "Directive 2008/115/CE"
                ),
            ],
        ),
        ConceptData(
            uri=concept_uri("voluntary-return"),
            key="voluntary-return",
            status="draft",
            labels=[pref("en", "voluntary return"), LabelData("alt", "en", "voluntary departure")],
            broader=[concept_uri("return-decision")],
        ),
        ConceptData(
            uri=concept_uri("readmission-agreement"),
            key="readmission-agreement",
            status="proposed",
            labels=[
                pref("en", "readmission agreement"),
                pref("sl", "sporazum o ponovnem sprejemu"),
            ],
        ),
    ]


def seeded(extra: list[ConceptData] | None = None) -> Scheme:
    """The default scheme holding `sample()` (and `extra`) as its working copy."""
    scheme = default_scheme()
    store.write(scheme, [*sample(), *(extra or [])], stage="working")
    return scheme


def working(scheme: Scheme) -> dict[str, ConceptData]:
    return {r.key: r for r in records.load(scheme)}


def snapshot(scheme: Scheme) -> dict[str, Any]:
    return {key: r.comparable() for key, r in working(scheme).items()}


def csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def to_csv(rows: list[list[str]], delimiter: str = ",", encoding: str = "utf-8") -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode(encoding)


def set_cell(rows: list[list[str]], key: str, header: str, value: str) -> None:
    """Edit the cell of concept `key` (column `key`) under `header`."""
    column = rows[0].index(header)
    row = next(r for r in rows[1:] if r[1] == key)
    row[column] = value
