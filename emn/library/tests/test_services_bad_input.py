"""Bad input to the publication services is refused with the field and the reason."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from emn.library import services
from emn.library.models import Publication, PublicationType
from emn.library.tests.library_support import publication

pytestmark = pytest.mark.django_db


def create(actor, **changes):
    values = {
        "type": PublicationType.STUDY,
        "texts": [("en", "A title", "")],
        "published_on": datetime.date(2025, 1, 1),
        **changes,
    }
    return services.create_publication(actor, **values)


def refused(call, **kwargs):
    with pytest.raises(ValidationError) as error:
        call(**kwargs)
    return error.value.message_dict


@pytest.mark.parametrize(
    ("texts", "message"),
    [
        ([], "Give the title in at least one language."),
        ([("en", "   ", "summary")], "The title in “en” is empty."),
        ([("en", "One", ""), ("EN", "Two", "")], "There are two texts in “en”"),
        ([("english", "One", "")], "“english” is not a language code."),
        ([("en", "One")], "Each text is a language, a title and a summary."),
    ],
)
def test_texts_are_checked(personas, texts, message):
    errors = refused(lambda **kw: create(personas.commission, **kw), texts=texts)
    assert message in errors["texts"][0]
    assert not Publication.objects.exists()


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("type", "novel"),
        ("dissemination", "secret"),
        ("published_on", "yesterday"),
        ("keywords", "not a list"),
        ("link", "not a url"),
    ],
)
def test_other_fields_are_checked(personas, field, value):
    errors = refused(lambda **kw: create(personas.commission, **kw), **{field: value})
    assert field in errors


def test_a_publication_cannot_supersede_itself(personas):
    pub = publication(personas.commission)
    errors = refused(lambda: services.update_publication(personas.commission, pub, supersedes=pub))
    assert errors["supersedes"] == ["A publication cannot supersede itself."]


def test_a_cycle_of_editions_is_refused(personas):
    first = publication(personas.commission, title="2022")
    second = publication(personas.commission, title="2023", supersedes=first)
    third = publication(personas.commission, title="2024", supersedes=second)
    errors = refused(
        lambda: services.update_publication(personas.commission, first, supersedes=third)
    )
    assert "no cycles" in errors["supersedes"][0]
    first.refresh_from_db()
    assert first.supersedes is None


def test_an_edition_already_superseded_cannot_be_superseded_again(personas):
    old = publication(personas.commission, title="2023")
    publication(personas.commission, title="2024", supersedes=old)
    errors = refused(lambda: create(personas.commission, supersedes=old))
    assert "already superseded by “2024”" in errors["supersedes"][0]


def test_the_previous_edition_must_be_visible_to_the_editor(personas):
    # A network-only edition is invisible to... nobody who may edit, so check the rule
    # directly with a reader who cannot see it.
    from emn.library.services.publications import check_supersedes

    hidden = publication(personas.commission, dissemination="emn")
    with pytest.raises(ValidationError) as error:
        check_supersedes(personas.anonymous, Publication(), hidden)
    assert error.value.message_dict["supersedes"] == ["The previous edition was not found."]


@pytest.mark.parametrize("months", [0, -3, 5000, "12", True])
def test_archive_rules_need_a_sensible_number_of_months(personas, months):
    errors = refused(
        lambda: services.set_archive_policy(personas.commission, PublicationType.BULLETIN, months)
    )
    assert "months" in errors


def test_archive_rule_of_an_unknown_type_is_refused(personas):
    errors = refused(lambda: services.set_archive_policy(personas.commission, "novel", 12))
    assert "type" in errors
