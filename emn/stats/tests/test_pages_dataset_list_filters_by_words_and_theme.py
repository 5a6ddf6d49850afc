"""The list of datasets: titles in the reader's language, filtered by words of a title in
any language or of the code, and by theme; counts and periods of the current release."""

from emn.core.models import Theme
from emn.stats.models import Dataset
from emn.stats.tests.dataset_support import applicants


def _make(tmp_path):
    applicants(tmp_path)
    dataset = Dataset.objects.get(code="migr_pages")
    dataset.themes.add(Theme.objects.get_or_create(code="asylum")[0])
    Dataset.objects.create(code="migr_eirtn", titles={"en": "Returned after an order to leave"})


def test_list_shows_counts_and_periods(client, db, tmp_path):
    _make(tmp_path)
    html = client.get("/stats/").content.decode()
    assert "2 datasets" in html
    row = html.split("Asylum applicants by sex", 1)[1].split("</tr>", 1)[0]
    assert "<code>migr_pages</code>" in row and ">31<" in row and "2019\u20132021" in row
    assert "none yet" in html.split("Returned after an order to leave", 1)[1]


def test_words_match_any_language_and_the_code(client, db, tmp_path):
    _make(tmp_path)
    french = client.get("/stats/?q=demandeurs").content.decode()
    assert "Asylum applicants by sex" in french and "Returned after" not in french
    code = client.get("/stats/?q=EIRTN").content.decode()
    assert "Returned after" in code and "Asylum applicants" not in code
    nothing = client.get("/stats/?q=zzz").content.decode()
    assert "No dataset matches these filters." in nothing


def test_theme_narrows_the_list(client, db, tmp_path):
    _make(tmp_path)
    html = client.get("/stats/?theme=asylum").content.decode()
    assert "Asylum applicants by sex" in html and "Returned after" not in html
    assert "Returned after" not in client.get("/stats/?theme=return").content.decode()


def test_title_in_the_readers_language(client, db, tmp_path):
    _make(tmp_path)
    html = client.get("/stats/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Demandeurs d&#x27;asile par sexe" in html
    assert "Returned after an order to leave" in html  # no French title: English
