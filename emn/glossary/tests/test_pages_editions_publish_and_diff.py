"""The editions page lists each edition with its downloads; the Commission publishes the
next from it; the diff page shows added, removed and changed concepts per field and language."""

import re

import pytest

from emn.glossary import services
from emn.glossary.models import Edition
from emn.glossary.services._common import working_record
from emn.glossary.tests.glossary_support import approved
from emn.glossary.tests.pages_support import make_glossary

pytestmark = pytest.mark.django_db


def text(response):
    body = response.content.decode()
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body[body.index("<main") :]))


def test_the_commission_publishes_the_next_edition(
    personas, client, django_capture_on_commit_callbacks
):
    make_glossary(personas)
    client.force_login(personas.commission)
    shown = text(client.get("/glossary/editions/"))
    assert "Publish edition 2" in shown
    assert "5 approved concepts would be in it." in shown
    with django_capture_on_commit_callbacks(execute=False):
        response = client.post(
            "/glossary/editions/publish/",
            {"published_on": "2026-02-01", "notes": "Second."},
            follow=True,
        )
    assert "Edition 2 is published" in response.content.decode()
    edition = Edition.objects.get(number=2)
    assert str(edition.published_on) == "2026-02-01"
    body = response.content.decode()
    assert "/glossary/export/?edition=2&amp;format=ttl" in body
    assert "?from=1&amp;to=2" in body


def test_a_bad_date_is_shown_on_the_form(personas, client):
    make_glossary(personas)
    client.force_login(personas.commission)
    response = client.post("/glossary/editions/publish/", {"published_on": "soon"})
    assert response.status_code == 200
    assert "Nothing was saved" in response.content.decode()
    assert not Edition.objects.filter(number=2).exists()


def test_the_diff_names_each_change_by_field_and_language(personas, client):
    glossary = make_glossary(personas)
    editor, commission = personas.glossary_editor, personas.commission
    scheme = services.default_scheme()
    record = working_record(glossary.returning)
    record.labels = [lb for lb in record.labels if lb.language != "fr"]
    from emn.glossary.records import LabelData

    record.labels.append(LabelData("pref", "fr", "retour (migration)"))
    services.save_concept(editor, scheme, record, glossary.returning)
    services.approve(commission, glossary.returning)
    approved(editor, commission, en="reintegration", sl="reintegracija")
    services.publish_edition(commission, scheme)
    shown = text(client.get("/glossary/editions/diff/?from=1&to=2"))
    assert "1 added, 1 changed, 0 removed" in shown
    assert "Added concepts reintegration" in shown
    assert "Changed concepts return" in shown
    assert "Preferred term French retour retour (migration)" in shown
    body = client.get("/glossary/editions/diff/?from=1&to=2").content.decode()
    assert '<del lang="fr">retour</del>' in body
    assert '<ins lang="fr">retour (migration)</ins>' in body


def test_the_working_group_compares_with_the_working_copy_by_default(personas, client):
    make_glossary(personas)
    client.force_login(personas.glossary_editor)
    shown = text(client.get("/glossary/editions/diff/"))
    assert "From Edition 1" in shown and "to Working copy" in shown
    assert "entry ban" in shown
