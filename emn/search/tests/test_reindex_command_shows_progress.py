"""`manage.py reindex` shows a progress bar on stderr and a summary line on stdout."""

from io import StringIO
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from emn.core.testing.factories import OrganisationFactory
from emn.search.models import Document


@pytest.mark.django_db
def test_it_indexes_everything_with_progress(personas: Any) -> None:
    for _ in range(5):
        OrganisationFactory()
    out, err = StringIO(), StringIO()
    call_command("reindex", "--chunk-size", "2", stdout=out, stderr=err)
    assert "network.organisation" in err.getvalue()
    assert "5/5" in err.getvalue()
    assert "obj/s" in err.getvalue()
    summary = out.getvalue().strip()
    assert summary.startswith("Indexed ")
    assert "network.organisation 5" in summary
    assert Document.objects.filter(source="network.organisation").count() == 5


@pytest.mark.django_db
def test_it_rebuilds_one_source(personas: Any) -> None:
    OrganisationFactory()
    out = StringIO()
    call_command("reindex", "--source", "network.organisation", stdout=out, stderr=StringIO())
    assert "network.organisation 1" in out.getvalue()
    assert not Document.objects.exclude(source="network.organisation").exists()


@pytest.mark.django_db
def test_an_unknown_source_is_a_clear_error(personas: Any) -> None:
    with pytest.raises(
        CommandError, match=r"Unknown source nothing; choose from: .*queries\.query"
    ):
        call_command("reindex", "--source", "nothing", stdout=StringIO(), stderr=StringIO())
