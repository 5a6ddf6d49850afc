"""The legal basis of a directory entry is the controller's record; e-mail is for members."""

import pytest

from emn.core.testing.factories import ResearcherFactory


@pytest.fixture
def researcher(db):
    return ResearcherFactory(name="Ana Novak", email="ana@example.si", legal_basis="consent")


@pytest.mark.parametrize(
    ("persona", "basis", "email", "actions"),
    [
        ("anonymous", False, False, False),
        ("partner", False, False, False),
        ("reader", False, True, False),
        ("coordinator", False, True, False),
        ("commission", True, True, True),
    ],
)
def test_who_sees_what(client, personas, researcher, persona, basis, email, actions):
    if persona != "anonymous":
        client.force_login(personas[persona])
    html = client.get(f"/network/directory/researchers/{researcher.pk}/").content.decode()
    assert ("Consent of the person" in html) == basis
    assert ("Legal basis" in html) == basis
    assert ("ana@example.si" in html) == email
    assert ("Export personal data" in html) == actions
    assert ("Erase on request" in html) == actions
