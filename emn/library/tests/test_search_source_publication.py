"""What a publication gives the search index: texts with weights and languages, readers."""

import datetime

import pytest

from emn.core.models import Theme
from emn.core.testing.factories import country
from emn.library import services
from emn.library.models import PublicationType
from emn.library.tests.library_support import publication, upload
from emn.search.registry import MEMBERS, PUBLIC, Text, source_for

pytestmark = pytest.mark.django_db


def entry_of(pub):
    source = source_for(pub)
    assert source is not None and source.name == "library.publication"
    return source.entry(source.queryset().get(pk=pub.pk))


def test_titles_summaries_keywords_and_file_text(personas):
    pub = services.create_publication(
        personas.commission,
        type=PublicationType.INFORM,
        texts=[
            ("en", "Return counselling", "Counselling before return."),
            ("lt", "Grąžinimo konsultavimas", "Konsultavimas prieš grąžinimą."),
        ],
        keywords=["return"],
        themes=[Theme.objects.get(code="return")],
        countries=[country("LT"), country("EL")],
        published_on=datetime.date(2025, 4, 2),
    )
    row = services.add_file(personas.commission, pub, upload("a.txt", "Grąžinimas.".encode()), "lt")
    from emn.library.tasks import run_extraction

    run_extraction(row.pk)
    entry = entry_of(pub)
    assert entry.titles == {"en": "Return counselling", "lt": "Grąžinimo konsultavimas"}
    assert Text("Return counselling", "A", "en") in entry.texts
    assert Text("Grąžinimo konsultavimas", "A", "lt") in entry.texts
    assert Text("Konsultavimas prieš grąžinimą.", "B", "lt") in entry.texts
    assert Text("return", "B", "en") in entry.texts
    assert Text("Grąžinimas.", "D", "lt") in entry.texts
    assert entry.kind == "publication.inform"
    assert entry.kind in source_for(pub).kinds
    assert sorted(entry.countries) == ["EL", "LT"]
    assert entry.themes == ["return"]
    assert entry.date == datetime.date(2025, 4, 2)
    assert entry.url == f"/library/{pub.pk}/" or entry.url.endswith(f"/{pub.pk}/")
    assert entry.readers == PUBLIC


def test_an_emn_publication_is_for_members(personas):
    entry = entry_of(publication(personas.commission, dissemination="emn"))
    assert entry.readers == MEMBERS
    assert entry.dissemination == "emn"


def test_a_failed_file_adds_no_text(personas):
    pub = publication(personas.commission)
    row = services.add_file(personas.commission, pub, upload("a.pdf", b"%PDF-1.4 junk"), "en")
    from emn.library.tasks import run_extraction

    run_extraction(row.pk)
    assert all(text.weight != "D" for text in entry_of(pub).texts)
