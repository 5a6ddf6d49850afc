"""A dataset code as SOURCE is downloaded from Eurostat; when the API cannot be reached
(offline), the command fails with a message that says so and what to do instead."""

import pytest
from django.core.management.base import CommandError

from emn.stats.models import Dataset
from emn.stats.tests.ingest_support import run_command, stored_files

pytestmark = pytest.mark.django_db


def test_a_code_without_network_is_a_clear_error(settings):
    settings.STATS_EUROSTAT_API = "http://127.0.0.1:9"  # the discard port: nothing listens
    with pytest.raises(CommandError) as caught:
        run_command("migr_eirtn")
    message = str(caught.value)
    assert message.startswith("migr_eirtn: cannot reach Eurostat's API")
    assert "http://127.0.0.1:9/sdmx/2.1/data/MIGR_EIRTN?format=TSV&compressed=true" in message
    assert "offline" in message
    assert "give its path" in message
    assert not Dataset.objects.exists()
    assert stored_files() == []


def test_a_source_that_is_neither_a_file_nor_a_code(tmp_path):
    with pytest.raises(CommandError, match="no such file"):
        run_command(str(tmp_path / "missing.tsv"))
