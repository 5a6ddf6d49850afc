"""Country names come from CLDR in the reader's language, on the map and in the table."""

from django.conf import settings


def test_slovenian_reader(client, db):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "sl"
    html = client.get("/network/").content.decode()
    assert "<title>Slovenija — " in html
    assert ">Nemčija</a>" in html


def test_countries_are_sorted_by_their_name(client, db):
    rows = client.get("/network/").context["rows"]
    names = [row.country.name for row in rows]
    assert names == sorted(names)
    assert len(rows) == 34  # 26 Member States, Denmark, 7 observers
