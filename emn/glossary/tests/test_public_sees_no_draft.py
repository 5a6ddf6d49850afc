"""The public reads approved concepts of published editions; drafts stay with the working group."""

import pytest

from emn.glossary import records, services
from emn.glossary.models import ConceptVersion
from emn.glossary.reading import select
from emn.glossary.tests.glossary_support import approved, concept


def uris(user, scheme):
    selection = select(user, scheme)
    return {r.uri for r in records.load_versions(selection.versions(user))}


@pytest.mark.django_db
def test_the_public_sees_the_edition_and_the_working_group_the_drafts(personas):
    editor, commission = personas.glossary_editor, personas.commission
    scheme = services.default_scheme()
    published = approved(editor, commission, en="return")
    services.publish_edition(commission, scheme)
    later = approved(editor, commission, en="removal")  # approved, not yet in an edition
    draft = concept(editor, en="entry ban")

    for name in ("anonymous", "reader", "coordinator", "partner"):
        assert uris(personas[name], scheme) == {published.uri}, name
        assert (
            not ConceptVersion.objects.visible_to(personas[name])
            .filter(concept__in=[later, draft])
            .exists()
        )
    for name in ("glossary_editor", "commission", "service_provider"):
        assert uris(personas[name], scheme) == {published.uri, later.uri, draft.uri}, name


@pytest.mark.django_db
def test_an_edit_after_publication_does_not_change_what_the_public_reads(personas):
    editor, commission = personas.glossary_editor, personas.commission
    scheme = services.default_scheme()
    made = approved(editor, commission, en="return", definition="Going back.")
    services.publish_edition(commission, scheme)
    from emn.glossary.services._common import working_record

    record = working_record(made)
    record.definitions.clear()
    services.save_concept(editor, scheme, record, made)
    public = records.load_versions(select(personas.anonymous, scheme).versions(personas.anonymous))
    assert public[0].definitions[0].text == "Going back."
