"""Who may create, edit and delete publications, and set the archive rules."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied

from emn.core.testing.factories import country
from emn.library import permissions, services
from emn.library.models import ArchivePolicy, PublicationType
from emn.library.tests.library_support import publication

pytestmark = pytest.mark.django_db

EDITORS_OF_ALL = ("commission", "service_provider")
NEVER = ("anonymous", "reader", "partner")


@pytest.mark.parametrize("persona", EDITORS_OF_ALL)
def test_commission_and_service_provider_create_any_publication(personas, persona):
    created = publication(personas[persona])
    assert created.pk
    assert permissions.can_edit_publication(personas[persona], created)


@pytest.mark.parametrize("persona", ("coordinator", "contributor"))
def test_home_ncp_creates_and_edits_its_own_national_publication(personas, persona):
    created = publication(
        personas[persona], type=PublicationType.NATIONAL_REPORT, country_code="SI"
    )
    services.update_publication(personas[persona], created, authors="NCP Slovenia")
    assert permissions.can_edit_publication(personas[persona], created)


@pytest.mark.parametrize("persona", ("coordinator", "contributor"))
def test_home_ncp_may_not_create_for_another_country_nor_without_one(personas, persona):
    with pytest.raises(PermissionDenied):
        publication(personas[persona], country_code="FR")
    with pytest.raises(PermissionDenied):
        publication(personas[persona])


def test_home_ncp_may_not_edit_another_countrys_publication(personas):
    french = publication(personas.other_country, country_code="FR")
    assert not permissions.can_edit_publication(personas.coordinator, french)
    with pytest.raises(PermissionDenied):
        services.update_publication(personas.coordinator, french, authors="x")


def test_home_ncp_may_not_move_its_publication_to_another_country(personas):
    own = publication(personas.coordinator, country_code="SI")
    with pytest.raises(PermissionDenied):
        services.update_publication(personas.coordinator, own, country=country("FR"))


def test_home_ncp_may_not_edit_a_network_publication(personas):
    network = publication(personas.commission)
    assert not permissions.can_edit_publication(personas.coordinator, network)


@pytest.mark.parametrize("persona", NEVER)
def test_readers_and_the_public_never_create_or_edit(personas, persona):
    user = personas[persona]
    assert not permissions.can_create_publication(user)
    assert not permissions.can_create_publication(user, country("SI"))
    with pytest.raises(PermissionDenied):
        services.create_publication(
            user,
            type=PublicationType.STUDY,
            texts=[("en", "t", "")],
            published_on=datetime.date(2025, 1, 1),
            country=country("SI"),
        )
    national = publication(personas.commission, country_code="SI")
    assert not permissions.can_edit_publication(user, national)


@pytest.mark.parametrize(
    ("persona", "allowed"),
    [
        ("commission", True),
        ("service_provider", False),
        ("coordinator", False),
        ("anonymous", False),
    ],
)
def test_only_the_commission_deletes(personas, persona, allowed):
    pub = publication(personas.commission)
    if allowed:
        services.delete_publication(personas[persona], pub)
    else:
        with pytest.raises(PermissionDenied):
            services.delete_publication(personas[persona], pub)


@pytest.mark.parametrize(
    ("persona", "allowed"),
    [("commission", True), ("service_provider", False), ("coordinator", False), ("reader", False)],
)
def test_only_the_commission_sets_archive_rules(personas, persona, allowed):
    assert permissions.can_set_archive_policy(personas[persona]) is allowed
    if allowed:
        services.set_archive_policy(personas[persona], PublicationType.BULLETIN, 24)
        assert ArchivePolicy.objects.get(type="bulletin").months == 24
    else:
        with pytest.raises(PermissionDenied):
            services.set_archive_policy(personas[persona], PublicationType.BULLETIN, 24)


@pytest.mark.parametrize(
    ("persona", "allowed"),
    [("commission", True), ("coordinator", True), ("other_country", False), ("reader", False)],
)
def test_file_editors_follow_the_publication_editors(personas, persona, allowed):
    national = publication(personas.commission, country_code="SI")
    assert permissions.can_manage_files(personas[persona], national) is allowed
