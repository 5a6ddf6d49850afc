"""Only concepts of a published edition may keyword content: a draft is refused, by name,
and nothing is stored."""

import pytest
from django.core.exceptions import ValidationError

from emn.glossary import services
from emn.glossary.tests.glossary_support import approved, concept
from emn.library.models import Publication
from emn.library.tests.library_support import publication
from emn.queries import services as queries
from emn.queries.models import AdHocQuery
from emn.queries.tests.factories import theme

pytestmark = pytest.mark.django_db


def test_a_concept_approved_but_not_yet_published_is_refused(personas):
    pending = approved(personas.glossary_editor, personas.commission, en="return decision")
    with pytest.raises(ValidationError) as refused:
        publication(personas.commission, concepts=[pending])
    assert pending.uri in str(refused.value.message_dict["concepts"])
    assert not Publication.objects.exists()


def test_a_draft_concept_is_refused_for_a_query(personas):
    services.publish_edition(personas.commission, services.default_scheme())
    draft = concept(personas.glossary_editor, en="entry ban")
    with pytest.raises(ValidationError) as refused:
        queries.create_query(
            personas.coordinator,
            title="Entry bans",
            background="Why.",
            theme=theme("return"),
            concepts=[draft],
        )
    assert draft.uri in str(refused.value.message_dict["concepts"])
    assert not AdHocQuery.objects.exists()
