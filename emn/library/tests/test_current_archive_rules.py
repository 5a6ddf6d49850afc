"""Current until superseded or older than the Commission's rule for its type; archive keeps all."""

import datetime

import pytest

from emn.library import services
from emn.library.models import Publication, PublicationType
from emn.library.tests.library_support import publication

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 6, 1)


def test_an_old_bulletin_moves_to_the_archive_by_age(personas):
    old = publication(
        personas.commission, type=PublicationType.BULLETIN, published_on=datetime.date(2024, 1, 1)
    )
    recent = publication(
        personas.commission, type=PublicationType.BULLETIN, published_on=datetime.date(2025, 9, 1)
    )
    study = publication(personas.commission, published_on=datetime.date(2010, 1, 1))
    assert set(Publication.objects.current(TODAY)) == {old, recent, study}
    services.set_archive_policy(personas.commission, PublicationType.BULLETIN, 24)
    assert set(Publication.objects.current(TODAY)) == {recent, study}
    assert set(Publication.objects.archived(TODAY)) == {old}


def test_removing_the_rule_brings_them_back(personas):
    old = publication(
        personas.commission, type=PublicationType.BULLETIN, published_on=datetime.date(2020, 1, 1)
    )
    services.set_archive_policy(personas.commission, PublicationType.BULLETIN, 12)
    assert old in Publication.objects.archived(TODAY)
    services.set_archive_policy(personas.commission, PublicationType.BULLETIN, None)
    assert old in Publication.objects.current(TODAY)


def test_a_superseded_edition_is_archived_and_points_to_the_newer(personas):
    older = publication(personas.commission, type=PublicationType.ANNUAL_REPORT, title="2023")
    newer = publication(
        personas.commission, type=PublicationType.ANNUAL_REPORT, title="2024", supersedes=older
    )
    assert list(Publication.objects.archived(TODAY)) == [older]
    assert older.superseded_by == newer
    assert list(Publication.objects.current(TODAY)) == [newer]
