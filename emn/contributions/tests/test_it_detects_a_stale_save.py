from __future__ import annotations

from typing import Any

import pytest

from emn.contributions import services
from emn.contributions.models import Contribution
from emn.contributions.tests.factories import contribution_of, make_request


@pytest.mark.django_db
def test_the_second_save_from_the_same_version_is_refused(personas: Any) -> None:
    si = contribution_of(make_request(personas.other_country), "SI")
    first_copy = contribution_of(si.request, "SI")
    second_copy = contribution_of(si.request, "SI")

    assert services.touch_contribution(personas.contributor, first_copy, 0) == 1
    with pytest.raises(services.StaleContribution) as refused:
        services.touch_contribution(personas.coordinator, second_copy, 0)

    assert refused.value.stored_version == 1
    stored = Contribution.objects.get(pk=si.pk)
    assert (stored.version, stored.updated_by) == (1, personas.contributor)
    assert stored.state == Contribution.State.DRAFTING
    assert stored.events.count() == 1  # started, once


@pytest.mark.django_db
def test_a_save_from_the_current_version_wins(personas: Any) -> None:
    si = contribution_of(make_request(personas.other_country), "SI")
    services.touch_contribution(personas.contributor, si, 0)
    assert services.touch_contribution(personas.coordinator, si, 1) == 2
