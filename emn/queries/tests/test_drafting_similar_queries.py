"""While a title is typed, earlier queries like it are offered; other people's drafts never."""

from emn.queries.tests.factories import draft_query, launched_query


def test_it_offers_earlier_queries_like_the_typed_title(client, personas):
    earlier = launched_query(personas.other_country)
    client.force_login(personas.coordinator)
    response = client.get("/queries/similar/", {"title": "labour market access", "background": ""})
    assert response.status_code == 200
    assert earlier.title in response.text
    assert f"/queries/{earlier.pk}/" in response.text


def test_it_leaves_out_the_query_being_edited_and_others_drafts(client, personas):
    own = draft_query(personas.coordinator)
    draft_query(personas.other_country)
    client.force_login(personas.coordinator)
    response = client.get("/queries/similar/", {"title": "labour market", "exclude": own.pk})
    assert "Labour market access" not in response.text
    assert "No earlier query looks like this one." in response.text


def test_the_form_asks_for_suggestions_as_the_title_changes(client, personas):
    client.force_login(personas.coordinator)
    response = client.get("/queries/new/")
    assert 'hx-get="/queries/similar/"' in response.text
    assert "from:#id_title" in response.text
    assert "<script>" not in response.text
