"""`manage.py import_skos FILE --dry-run` stores nothing and prints the report; a refused file
exits non-zero with every problem listed."""

from __future__ import annotations

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from emn.glossary.tests.skos_sample import row_counts

FILES = Path(__file__).parent / "skos_files"


def test_a_dry_run_stores_nothing_and_prints_the_report(db):
    before = row_counts()
    out = StringIO()

    call_command(
        "import_skos",
        str(FILES / "skosxl_and_narrower.ttl"),
        "--dry-run",
        stdout=out,
        stderr=StringIO(),
    )

    text = out.getvalue()
    assert row_counts() == before
    assert "concepts created: 2" in text
    assert "remark: skos:narrower (1)" in text
    assert (
        "http://example.org/xl/return skos:narrower: http://elsewhere.example.org/forced-return"
        in text
    )
    assert "link left out" in text
    assert "Dry run: nothing was stored." in text


def test_a_refused_file_exits_non_zero_with_every_problem(db):
    out = StringIO()

    with pytest.raises(CommandError):
        call_command(
            "import_skos", str(FILES / "two_preflabels.ttl"), stdout=out, stderr=StringIO()
        )

    text = out.getvalue()
    assert "error: skos:prefLabel (1)" in text
    assert "http://example.org/labels/return skos:prefLabel @en" in text
    assert "Refused: nothing was stored." in text


def test_it_imports_as_the_system_with_repair(db):
    out = StringIO()

    call_command(
        "import_skos", str(FILES / "two_preflabels.ttl"), "--repair", stdout=out, stderr=StringIO()
    )

    assert "Stored in the working copy." in out.getvalue()
    assert row_counts()["Concept"] == 2
    assert row_counts()["AuditEntry"] == 1
