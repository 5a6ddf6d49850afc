from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied

from emn.core.models import AuditEntry
from emn.glossary.services.translation_round import import_translations
from emn.glossary.tests.test_sheet_data import seeded, snapshot, to_csv, working


def _round(scheme):
    uri = working(scheme)["voluntary-return"].uri
    return to_csv([["concept", "key", "fr"], [uri, "voluntary-return", "retour volontaire"]])


@pytest.mark.parametrize(
    "persona", ["anonymous", "reader", "contributor", "coordinator", "service_provider"]
)
def test_the_public_and_readers_cannot_import_a_round(db, personas, persona):
    scheme = seeded()
    before = snapshot(scheme)
    with pytest.raises(PermissionDenied):
        import_translations(personas[persona], scheme, _round(scheme), "round.csv")
    assert snapshot(scheme) == before


@pytest.mark.parametrize("persona", ["glossary_editor", "commission"])
def test_the_working_group_and_the_commission_can(db, personas, persona):
    scheme = seeded()
    report = import_translations(personas[persona], scheme, _round(scheme), "round.csv")
    assert report.stored, report.error_lines()
    entry = AuditEntry.objects.get(action="translation_round")
    assert entry.actor == personas[persona]
    assert entry.after == {"concepts": 1, "terms": 1, "definitions": 0, "file": "round.csv"}


def test_the_system_imports_without_a_user(db):
    scheme = seeded()
    report = import_translations(None, scheme, _round(scheme), "round.csv", system=True)
    assert report.stored, report.error_lines()
    assert AuditEntry.objects.get(action="translation_round").actor_label == "system"
