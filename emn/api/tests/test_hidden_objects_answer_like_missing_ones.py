"""An object the reader may not see answers exactly like one that does not exist."""

from __future__ import annotations

from emn.core.dissemination import DisseminationLevel
from emn.core.testing.factories import OrganisationFactory, ResearcherFactory


def _same_answer(client, hidden_url: str, missing_url: str) -> None:
    hidden, missing = client.get(hidden_url), client.get(missing_url)
    assert hidden.status_code == missing.status_code == 404
    assert hidden.content == missing.content


def test_a_hidden_organisation_looks_missing(client, db):
    organisation = OrganisationFactory(dissemination=DisseminationLevel.EMN)
    _same_answer(
        client,
        f"/api/v1/organisations/{organisation.pk}/",
        f"/api/v1/organisations/{organisation.pk + 1000}/",
    )


def test_a_hidden_institute_looks_missing(client, db):
    institute = OrganisationFactory(in_directory=True, dissemination=DisseminationLevel.EMN)
    _same_answer(
        client,
        f"/api/v1/directory/institutes/{institute.pk}/",
        f"/api/v1/directory/institutes/{institute.pk + 1000}/",
    )


def test_a_hidden_researcher_looks_missing(client, db):
    researcher = ResearcherFactory(dissemination=DisseminationLevel.EMN)
    _same_answer(
        client,
        f"/api/v1/directory/researchers/{researcher.pk}/",
        f"/api/v1/directory/researchers/{researcher.pk + 1000}/",
    )


def test_a_hidden_organisation_cannot_be_changed_either(client, personas, db):
    organisation = OrganisationFactory(dissemination=DisseminationLevel.EMN)
    client.force_login(personas.partner)
    hidden = client.patch(
        f"/api/v1/organisations/{organisation.pk}/", {"name": "X"}, content_type="application/json"
    )
    missing = client.patch(
        f"/api/v1/organisations/{organisation.pk + 1000}/",
        {"name": "X"},
        content_type="application/json",
    )
    assert hidden.status_code == missing.status_code == 404
    assert hidden.content == missing.content
