"""The editorial workflow: who may draft, propose, approve and publish, and who may not."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from emn.glossary import services
from emn.glossary.models import ConceptVersion, Edition, Stage, Status
from emn.glossary.records import LabelData
from emn.glossary.services._common import working_record
from emn.glossary.tests.glossary_support import approved, concept


def status(made):
    return ConceptVersion.objects.get(concept=made, stage=Stage.WORKING).status


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["anonymous", "reader", "coordinator", "service_provider"])
def test_it_refuses_drafting_to_people_outside_the_working_group(personas, name):
    with pytest.raises(PermissionDenied):
        concept(personas[name], en="return")


@pytest.mark.django_db
def test_a_reader_cannot_propose(personas):
    made = concept(personas.glossary_editor, en="return")
    with pytest.raises(PermissionDenied):
        services.propose(personas.reader, made)
    assert status(made) == Status.DRAFT


@pytest.mark.django_db
def test_a_proposer_cannot_approve(personas):
    made = concept(personas.glossary_editor, en="return")
    services.propose(personas.glossary_editor, made)
    with pytest.raises(PermissionDenied):
        services.approve(personas.glossary_editor, made)
    assert status(made) == Status.PROPOSED
    assert not ConceptVersion.objects.filter(concept=made, stage=Stage.APPROVED).exists()


@pytest.mark.django_db
def test_the_commission_approves_and_a_change_needs_approval_again(personas):
    editor, commission = personas.glossary_editor, personas.commission
    made = approved(editor, commission, en="return", fr="retour")
    assert status(made) == Status.APPROVED
    record = working_record(made)
    record.labels.append(LabelData("pref", "sl", "vračanje"))
    services.save_concept(editor, made.scheme, record, made)
    assert status(made) == Status.DRAFT
    approved_copy = ConceptVersion.objects.get(concept=made, stage=Stage.APPROVED)
    assert not approved_copy.labels.filter(language="sl").exists()


@pytest.mark.django_db
def test_a_rejection_needs_a_reason_and_returns_the_draft(personas):
    made = concept(personas.glossary_editor, en="return")
    services.propose(personas.glossary_editor, made)
    with pytest.raises(ValidationError):
        services.reject(personas.commission, made, "  ")
    services.reject(personas.commission, made, "Define it for the EU context first.")
    assert status(made) == Status.DRAFT


@pytest.mark.django_db
def test_only_the_commission_publishes_an_edition(personas):
    approved(personas.glossary_editor, personas.commission, en="return")
    scheme = services.default_scheme()
    for name in ("glossary_editor", "reader", "anonymous"):
        with pytest.raises(PermissionDenied):
            services.publish_edition(personas[name], scheme)
    assert not Edition.objects.exists()
    edition = services.publish_edition(personas.commission, scheme)
    assert edition.number == 1
    assert edition.versions.count() == 1


@pytest.mark.django_db
def test_only_the_commission_deprecates(personas):
    old = approved(personas.glossary_editor, personas.commission, en="expulsion")
    new = approved(personas.glossary_editor, personas.commission, en="removal")
    with pytest.raises(PermissionDenied):
        services.deprecate(personas.glossary_editor, old, new)
    services.deprecate(personas.commission, old, new)
    version = ConceptVersion.objects.get(concept=old, stage=Stage.APPROVED)
    assert version.status == Status.DEPRECATED
    assert version.replaced_by == new
