"""Saving a concept keeps the SKOS integrity rules: each refusal says what and where."""

import pytest
from django.core.exceptions import ValidationError

from emn.glossary import services
from emn.glossary.models import Concept, Label
from emn.glossary.records import ConceptData, LabelData
from emn.glossary.services._common import working_record
from emn.glossary.tests.glossary_support import concept


@pytest.mark.django_db
def test_it_refuses_two_preferred_terms_in_one_language(personas):
    data = ConceptData(
        uri="", labels=[LabelData("pref", "en", "return"), LabelData("pref", "en", "returning")]
    )
    with pytest.raises(ValidationError) as error:
        services.save_concept(personas.glossary_editor, services.default_scheme(), data)
    assert "skos:prefLabel @en" in str(error.value)
    assert not Concept.objects.exists()


@pytest.mark.django_db
def test_it_refuses_a_broader_link_that_closes_a_cycle(personas):
    editor = personas.glossary_editor
    top = concept(editor, en="return")
    middle = concept(editor, en="forced return", broader=[top])
    record = working_record(top)
    record.broader = [middle.uri]
    with pytest.raises(ValidationError) as error:
        services.save_concept(editor, top.scheme, record, top)
    assert "closes a cycle" in str(error.value)
    assert working_record(top).broader == []


@pytest.mark.django_db
def test_it_refuses_an_invalid_language_tag_and_a_term_both_preferred_and_alternative(personas):
    editor = personas.glossary_editor
    with pytest.raises(ValidationError) as error:
        concept(editor, en="return", english="return")
    assert "invalid language tag" in str(error.value)
    with pytest.raises(ValidationError) as error:
        concept(editor, en="return", alt={"en": "return"})
    assert "disjoint" in str(error.value)
    assert not Label.objects.exists()


@pytest.mark.django_db
def test_a_national_variant_sits_beside_the_common_term(personas):
    made = concept(personas.glossary_editor, de="Rückkehr", de_AT="Rückführung")
    tags = {label.tag for label in working_record(made).labels}
    assert tags == {"de", "de-AT"}
