"""The demo glossary: two editions that differ as described, work in progress kept to the
working copy, keyworded content, cross-lingual terms; and a second load adds nothing."""

from __future__ import annotations

import datetime
import io

import pytest

from emn.accounts.models import User
from emn.accounts.roles import is_glossary_editor
from emn.core.demo import load_all
from emn.core.models import AuditEntry
from emn.core.testing.reference import ensure_reference_data
from emn.glossary.diff import diff
from emn.glossary.models import Concept, ConceptVersion, Edition, Label, Stage, Status
from emn.glossary.records import load
from emn.glossary.services import default_scheme
from emn.library.models import Publication
from emn.queries.models import AdHocQuery
from emn.search.models import Document, TermTranslation

NEW_IN_2 = {"seasonal-worker", "student", "alternative-to-detention", "age-assessment"}


def _counts() -> tuple[int, ...]:
    return (
        Concept.objects.count(),
        ConceptVersion.objects.count(),
        Label.objects.count(),
        Edition.objects.count(),
        AuditEntry.objects.count(),
        TermTranslation.objects.count(),
        Document.objects.count(),
        Publication.concepts.through.objects.count(),
        AdHocQuery.concepts.through.objects.count(),
    )


@pytest.mark.django_db
def test_the_demo_glossary_loads_once_as_described(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    ensure_reference_data()
    load_all(io.StringIO())  # the whole demo: the glossary keywords the library's and queries'
    scheme = default_scheme()
    check_the_editions(scheme)
    check_the_work_in_progress(scheme)
    check_terms_variants_and_keywords(scheme)
    counts = _counts()
    load_all(io.StringIO())
    assert _counts() == counts


def check_the_editions(demo):
    """Edition 2 adds four concepts, changes a definition, adds a Lithuanian term and
    deprecates a concept."""
    first, second = Edition.objects.filter(scheme=demo).order_by("number")
    assert (first.published_on, second.published_on) == (
        datetime.date(2025, 3, 1),
        datetime.date(2026, 2, 15),
    )
    one, two = load(demo, first), load(demo, second)
    assert len(one) == 34 and len(two) == 38
    changes = diff(one, two)
    assert {record.key for record in changes.added} == NEW_IN_2
    assert not changes.removed
    by_key = {c.key: {(ch.field, ch.language) for ch in c.changes} for c in changes.changed}
    assert ("definition", "en") in by_key["voluntary-departure-period"]
    assert ("pref", "lt") in by_key["single-permit"]
    assert {("status", ""), ("replaced_by", "")} <= by_key["expulsion"]
    expulsion = next(r for r in two if r.key == "expulsion")
    assert expulsion.status == Status.DEPRECATED
    assert expulsion.replaced_by == Concept.objects.get(key="removal").uri


def check_the_work_in_progress(demo):
    for key, status in (("stateless-person", Status.DRAFT), ("humanitarian-admission", "proposed")):
        versions = ConceptVersion.objects.filter(concept__key=key)
        assert [(v.stage, v.status) for v in versions] == [(Stage.WORKING, status)]
    assert Concept.objects.filter(scheme=demo).count() == 40


def check_terms_variants_and_keywords(demo):
    second = Edition.objects.get(scheme=demo, number=2)
    labels = Label.objects.filter(version__edition=second, kind="pref")
    assert set(labels.values_list("language", flat=True)) >= {"en", "fr", "de", "sl", "lt"}
    assert labels.filter(language="de", country="AT", value="Asylwerber").exists()
    assert labels.filter(language="fr", country="BE").exists()
    return_uri = Concept.objects.get(key="return").uri
    assert TermTranslation.objects.filter(concept=return_uri, language="sl", term="vrnitev")
    assert Publication.objects.filter(concepts__key="unaccompanied-minor").exists()
    assert AdHocQuery.objects.filter(concepts__key="detention").exists()
    assert is_glossary_editor(User.objects.get(email="glossary.lt@demo.emn.test"))
