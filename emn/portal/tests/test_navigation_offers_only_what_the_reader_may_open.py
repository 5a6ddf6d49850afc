import pytest

LINKS = {
    "people": b'href="/accounts/people/"',
    "audit": b'href="/audit/"',
    "admin": b'href="/admin/"',
}
EXPECTED = {
    "anonymous": set(),
    "partner": set(),
    "reader": {"people"},
    "coordinator": {"people", "audit"},
    "commission": {"people", "audit", "admin"},
}


@pytest.mark.django_db
@pytest.mark.parametrize("persona", sorted(EXPECTED))
def test_navigation_links_follow_permissions(client, personas, persona):
    if persona != "anonymous":
        client.force_login(personas[persona])
    body = client.get("/").content
    shown = {name for name, href in LINKS.items() if href in body}
    assert shown == EXPECTED[persona]
