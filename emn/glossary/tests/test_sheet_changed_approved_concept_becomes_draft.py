from __future__ import annotations

from emn.glossary import records, store
from emn.glossary.models import ConceptVersion, Stage
from emn.glossary.records import ConceptData
from emn.glossary.services.schemes import concept_uri
from emn.glossary.services.translation_round import import_translations
from emn.glossary.sheets import export_sheet
from emn.glossary.tests.test_sheet_data import csv_rows, pref, seeded, set_cell, to_csv, working

DEPRECATED = ConceptData(
    uri=concept_uri("expulsion"),
    key="expulsion",
    status="deprecated",
    labels=[pref("en", "expulsion")],
    replaced_by=concept_uri("return-decision"),
)


def test_changed_approved_and_proposed_concepts_become_drafts_and_no_others(db, personas):
    scheme = seeded([DEPRECATED])
    rows = csv_rows(export_sheet(records.load(scheme), ["en", "lt"], "csv"))
    set_cell(rows, "return-decision", "lt", "sprendimas grąžinti")  # approved
    set_cell(rows, "readmission-agreement", "lt", "readmisijos susitarimas")  # proposed
    set_cell(rows, "expulsion", "lt", "išsiuntimas")  # deprecated
    report = import_translations(personas.glossary_editor, scheme, to_csv(rows), "round.csv")
    assert report.ok, report.error_lines()
    statuses = {key: r.status for key, r in working(scheme).items()}
    assert statuses == {
        "return-decision": "draft",
        "readmission-agreement": "draft",
        "expulsion": "deprecated",
        "voluntary-return": "draft",
    }
    assert working(scheme)["expulsion"].replaced_by == concept_uri("return-decision")


def test_an_unchanged_approved_concept_stays_approved(db, personas):
    scheme = seeded()
    rows = csv_rows(export_sheet(records.load(scheme), ["en", "lt"], "csv"))
    set_cell(rows, "voluntary-return", "lt", "savanoriškas grįžimas")
    import_translations(personas.glossary_editor, scheme, to_csv(rows), "round.csv")
    assert working(scheme)["return-decision"].status == "approved"


def test_the_approved_copy_itself_is_untouched(db, personas):
    """The Commission's approved version stays what the public will get until re-approval."""
    scheme = seeded()
    approved = [r for r in records.load(scheme) if r.key == "return-decision"]
    store.write(scheme, approved, stage=Stage.APPROVED)
    rows = csv_rows(export_sheet(records.load(scheme), ["en"], "csv"))
    set_cell(rows, "return-decision", "en", "decision to return")
    import_translations(personas.glossary_editor, scheme, to_csv(rows), "round.csv")
    version = ConceptVersion.objects.get(concept__key="return-decision", stage=Stage.APPROVED)
    assert version.labels.get(kind="pref", language="en").value == "return decision"
