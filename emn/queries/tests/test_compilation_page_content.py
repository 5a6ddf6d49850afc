"""The compilation page: answers side by side, filters, charts, maps, versions."""

from emn.queries.models import Compilation
from emn.queries.tests.compilation_support import PUBLIC_TEXT, SECRET, compiled_query


def page(client, user, url):
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_it_draws_a_chart_and_a_map_for_closed_questions(personas, client):
    query = compiled_query(personas)
    html = page(client, personas.reader, f"/queries/{query.pk}/compilation/")
    assert html.count('class="chart"') == 4  # yes/no, single, multiple, number
    assert html.count('class="answer-map"') == 2  # yes/no and single choice
    assert "Bar chart of the answers to: Do you grant a tolerated stay?" in html
    assert "<script" not in html.split("</head>")[1]


def test_it_filters_by_country_and_question(personas, client):
    query = compiled_query(personas)
    text_question = query.questions.get(position=5)
    url = f"/queries/{query.pk}/compilation/?country=BE&question={text_question.pk}"
    html = page(client, personas.reader, url)
    assert PUBLIC_TEXT in html
    assert SECRET not in html
    assert "Do you grant a tolerated stay?</h3>" not in html


def test_the_asker_sees_the_latest_version_and_the_form(personas, client):
    query = compiled_query(personas)
    Compilation.objects.create(
        query=query, version=2, introduction="Second intro", created_by=personas.coordinator
    )
    html = page(client, personas.coordinator, f"/queries/{query.pk}/compilation/")
    assert "Second intro" in html
    assert "Version 2" in html
    assert 'name="findings"' in html


def test_a_reader_gets_no_form(personas, client):
    query = compiled_query(personas)
    html = page(client, personas.reader, f"/queries/{query.pk}/compilation/")
    assert 'name="findings"' not in html
    assert "/publish/" not in html


def test_the_page_takes_a_constant_number_of_queries(
    personas, client, django_assert_max_num_queries
):
    query = compiled_query(personas)
    client.force_login(personas.reader)
    with django_assert_max_num_queries(12):
        assert client.get(f"/queries/{query.pk}/compilation/").status_code == 200
