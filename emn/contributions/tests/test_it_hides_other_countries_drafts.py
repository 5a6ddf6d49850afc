from __future__ import annotations

from typing import Any

import pytest

from emn.contributions import permissions, services
from emn.contributions.models import Contribution, Request
from emn.contributions.tests.factories import contribution_of, make_request


def _visible_codes(user: Any, request: Request) -> set[str]:
    rows = Contribution.objects.visible_to(user).filter(request=request)
    return set(rows.values_list("country__code", flat=True))


@pytest.mark.django_db
def test_each_persona_sees_what_the_rules_allow(personas: Any, other_contributor: Any) -> None:
    # France asks; Slovenia drafts, Germany has submitted.
    request = make_request(personas.other_country, ("SI", "FR", "DE"))
    si = contribution_of(request, "SI")
    services.start_drafting(personas.contributor, si)
    de = contribution_of(request, "DE")
    Contribution.objects.filter(pk=de.pk).update(state=Contribution.State.SUBMITTED)

    assert _visible_codes(personas.commission, request) == {"SI", "FR", "DE"}
    assert _visible_codes(personas.service_provider, request) == {"SI", "FR", "DE"}
    for persona in ("reader", "contributor", "coordinator"):
        assert _visible_codes(personas[persona], request) == {"SI"}, persona
    # The asking country sees its own and the submitted ones, never another country's draft.
    assert _visible_codes(personas.other_country, request) == {"FR", "DE"}
    assert _visible_codes(other_contributor, request) == {"FR", "DE"}
    assert _visible_codes(personas.anonymous, request) == set()
    assert _visible_codes(personas.partner, request) == set()

    assert not permissions.can_view_contribution(other_contributor, si)
    assert not permissions.can_write_contribution(other_contributor, si)
    assert not permissions.can_write_contribution(personas.other_country, si)
    assert permissions.can_view_contribution(personas.reader, si)
    assert not permissions.can_write_contribution(personas.reader, si)


@pytest.mark.django_db
def test_a_draft_request_is_seen_only_by_its_asker(personas: Any) -> None:
    request = make_request(personas.other_country, open_it=False)
    assert set(Request.objects.visible_to(personas.other_country)) == {request}
    assert not Request.objects.visible_to(personas.coordinator).exists()
    services.open_request(personas.other_country, request)
    assert set(Request.objects.visible_to(personas.coordinator)) == {request}
    assert not Request.objects.visible_to(personas.anonymous).exists()
