"""Two people saving the same row from the same version: the second save is refused with the
stored values attached, through the engine's version check, and nothing is overwritten."""

import pytest

from emn.stats.collections import services
from emn.stats.collections.values import Entry
from emn.stats.tests.collection_support import launched, row_of

pytestmark = pytest.mark.django_db


def test_the_second_save_on_an_old_version_is_refused(personas):
    si = row_of(launched(personas.commission), "SI")
    services.save_values(personas.contributor, si, {"SPENT-2025": Entry("100")}, expected_version=0)
    with pytest.raises(services.StaleContribution) as caught:
        services.save_values(
            personas.coordinator, si, {"SPENT-2025": Entry("999")}, expected_version=0
        )
    assert caught.value.stored["values"]["SPENT-2025"].value == "100"
    assert services.stored_values(si)["SPENT-2025"].value == "100"


def test_a_value_not_asked_is_refused(personas):
    si = row_of(launched(personas.commission), "SI")
    with pytest.raises(Exception, match="not asked in this collection"):
        services.save_values(
            personas.contributor, si, {"SPENT-2024": Entry("1")}, expected_version=0
        )
