"""The working group's concept form: terms, definitions and notes as rows, broader and
related concepts, themes; "Save draft" and "Save and propose"; the services' errors shown on
the form, naming the property and language, with nothing stored."""

import pytest

from emn.glossary.models import Concept, ConceptVersion, Label, Stage, Status
from emn.glossary.services._common import working_record
from emn.glossary.tests.pages_support import make_glossary

pytestmark = pytest.mark.django_db


def rows(prefix, items, initial=0):
    data = {f"{prefix}-TOTAL_FORMS": str(len(items)), f"{prefix}-INITIAL_FORMS": str(initial)}
    for n, item in enumerate(items):
        data.update({f"{prefix}-{n}-{key}": value for key, value in item.items()})
    return data


def payload(labels, definitions=(), notes=(), **extra):
    return {
        **rows("labels", labels),
        **rows("definitions", definitions),
        **rows("notes", notes),
        "save": "draft",
        **extra,
    }


def test_create_a_concept_with_a_variant_and_a_broader_concept(personas, client):
    glossary = make_glossary(personas)
    client.force_login(personas.glossary_editor)
    data = payload(
        [
            {"kind": "pref", "language": "en", "value": "forced return"},
            {"kind": "pref", "language": "de", "value": "Abschiebung"},
            {"kind": "pref", "language": "DE-at", "value": "Abschiebung (AT)"},
            {"kind": "alt", "language": "en", "value": "removal"},
        ],
        [{"language": "en", "context": "eu", "text": "Return by force.", "source": "Directive 2008/115/EC",
          "source_url": "https://eur-lex.europa.eu/eli/dir/2008/115/oj"}],
        [{"kind": "scope", "language": "en", "text": "Not voluntary."}],
        broader=[glossary.returning.uri],
        themes=["return"],
    )  # fmt: skip
    response = client.post("/glossary/new/", data)
    assert response.status_code == 302
    made = Concept.objects.get(key="forced-return")
    assert response["Location"] == "/glossary/concept/forced-return"
    record = working_record(made)
    assert ("pref", "de-AT", "Abschiebung (AT)") in [
        (lb.kind, lb.tag, lb.value) for lb in record.labels
    ]
    assert record.broader == [glossary.returning.uri]
    assert record.themes == ["return"]
    assert record.definitions[0].source_url == "https://eur-lex.europa.eu/eli/dir/2008/115/oj"
    assert record.status == Status.DRAFT


def test_save_and_propose(personas, client):
    make_glossary(personas)
    client.force_login(personas.glossary_editor)
    data = payload([{"kind": "pref", "language": "en", "value": "reintegration"}], save="propose")
    client.post("/glossary/new/", data)
    version = ConceptVersion.objects.get(concept__key="reintegration", stage=Stage.WORKING)
    assert version.status == Status.PROPOSED


def test_two_preferred_terms_in_one_language_are_refused_on_the_form(personas, client):
    make_glossary(personas)
    client.force_login(personas.glossary_editor)
    data = payload(
        [
            {"kind": "pref", "language": "fr", "value": "éloignement"},
            {"kind": "pref", "language": "fr", "value": "renvoi"},
            {"kind": "pref", "language": "en", "value": "removal"},
        ]
    )
    response = client.post("/glossary/new/", data)
    body = response.content.decode()
    assert response.status_code == 200
    assert "Nothing was saved" in body
    assert "skos:prefLabel @fr" in body
    assert not Label.objects.filter(value="renvoi").exists()


def test_a_bad_language_tag_is_named_with_its_row(personas, client):
    make_glossary(personas)
    client.force_login(personas.glossary_editor)
    data = payload([{"kind": "pref", "language": "english", "value": "removal"}])
    body = client.post("/glossary/new/", data).content.decode()
    assert "Terms, row 1, Language tag" in body
    assert "“english” is not a language tag" in body


def test_a_broader_cycle_is_refused(personas, client):
    glossary = make_glossary(personas)
    client.force_login(personas.glossary_editor)
    record = working_record(glossary.migration)
    data = payload(
        [{"kind": lb.kind, "language": lb.tag, "value": lb.value} for lb in record.labels],
        broader=[glossary.voluntary.uri],
    )
    data["labels-INITIAL_FORMS"] = str(len(record.labels))
    body = client.post(f"/glossary/concept/{glossary.migration.key}/edit/", data).content.decode()
    assert "Nothing was saved" in body
    assert working_record(glossary.migration).broader == []


def test_the_edit_form_starts_from_the_working_copy_and_keeps_what_is_not_changed(personas, client):
    glossary = make_glossary(personas)
    client.force_login(personas.glossary_editor)
    body = client.get(f"/glossary/concept/{glossary.returning.key}/edit/").content.decode()
    assert 'value="Rückführung"' in body
    assert 'value="AT"' in body
    assert "Going back to the country of origin." in body
    record = working_record(glossary.returning)
    labels = [{"kind": lb.kind, "language": lb.language, "country": lb.country, "value": lb.value}
              for lb in record.labels]  # fmt: skip
    labels[0]["DELETE"] = ""
    labels.append({"kind": "pref", "language": "it", "value": "rimpatrio"})
    data = payload(labels, [{"language": "en", "context": "eu", "text": "Going back.", "source": ""}],
                   broader=[glossary.migration.uri])  # fmt: skip
    data["labels-INITIAL_FORMS"] = str(len(record.labels))
    data["definitions-INITIAL_FORMS"] = "1"
    response = client.post(f"/glossary/concept/{glossary.returning.key}/edit/", data)
    assert response.status_code == 302
    after = working_record(glossary.returning)
    assert after.pref_labels()["it"] == "rimpatrio"
    assert after.pref_labels()["de-AT"] == "Rückführung"
    assert after.definitions[0].text == "Going back."
    assert after.status == Status.DRAFT


def test_a_row_marked_for_removal_is_removed(personas, client):
    glossary = make_glossary(personas)
    client.force_login(personas.glossary_editor)
    record = working_record(glossary.protection)
    labels = [{"kind": lb.kind, "language": lb.language, "value": lb.value} for lb in record.labels]
    french = next(n for n, lb in enumerate(record.labels) if lb.language == "fr")
    labels[french]["DELETE"] = "on"
    data = payload(labels)
    data["labels-INITIAL_FORMS"] = str(len(labels))
    client.post(f"/glossary/concept/{glossary.protection.key}/edit/", data)
    assert "fr" not in working_record(glossary.protection).pref_labels()
