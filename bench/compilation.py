"""Benchmark of the compilation page and its exports.

Run: .venv/bin/python bench/compilation.py [--runs 30]

In a fresh SQLite database (a temporary directory), builds a query with 20 questions answered
by 33 countries, then measures the SQL queries and p95 render time of the compilation page,
the same page built the naive way (per-answer ORM reads, no prefetching) as the baseline, and
the time to write each export. The last line of output is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = 20
COUNTRIES = 33


def setup(workdir: str) -> None:
    sys.path.insert(0, str(ROOT))
    os.environ["EMN_VAR_DIR"] = workdir
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir}/bench.sqlite3"
    os.environ.setdefault("SECRET_KEY", "bench-only-secret-key")
    os.environ["DEBUG"] = "false"
    os.environ["STATIC_MANIFEST"] = "false"
    os.environ["DJANGO_SETTINGS_MODULE"] = "emn.settings"
    import django

    warnings.filterwarnings("ignore", message="No directory at")
    django.setup()
    from django.core import signals
    from django.core.management import call_command
    from django.db import close_old_connections
    from django.test.utils import setup_test_environment

    setup_test_environment()
    # As in Django's own test client use: keep the connection, so its query log is kept.
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    call_command("migrate", verbosity=0)


def spec(position: int) -> dict[str, Any]:
    from emn.queries.models import Question

    kind = [
        Question.Kind.YES_NO,
        Question.Kind.SINGLE,
        Question.Kind.MULTIPLE,
        Question.Kind.NUMBER,
        Question.Kind.TEXT,
    ][position % 5]
    extra: dict[str, Any] = {}
    if kind in (Question.Kind.SINGLE, Question.Kind.MULTIPLE):
        extra["choices"] = ["Ministry", "Agency", "Court", "Police"]
    if kind == Question.Kind.NUMBER:
        extra["unit"] = "persons"
    return {"kind": kind, "text": f"Question {position} about the procedure?", **extra}


def value(question: Any, index: int) -> Any:
    kind = question.kind
    if kind == "yes_no":
        return {"answer": index % 3 != 0, "comment": "In most regions." if index % 4 else ""}
    if kind == "single":
        return question.choices[index % len(question.choices)]
    if kind == "multiple":
        return question.choices[: 1 + index % len(question.choices)]
    if kind == "number":
        return {"value": 100 + index * 17, "unit": question.unit}
    return (
        f"<p>In country {index}, the authority responsible examines each case individually; "
        "the decision can be appealed within 30 days before the administrative court.</p>"
    )


def build(countries: int) -> tuple[Any, Any]:
    """A compiled query with `countries` submitted answers to 20 questions; its asker."""
    import datetime

    from emn.accounts.models import Role
    from emn.contributions.models import Contribution, Request
    from emn.core.models import Theme
    from emn.core.testing.factories import RoleFactory, UserFactory
    from emn.core.testing.reference import ensure_reference_data
    from emn.network.models import Country
    from emn.queries.models import AdHocQuery, Answer, Compilation, Question

    ensure_reference_data()
    si = Country.objects.get(code="SI")
    asker = UserFactory()
    RoleFactory(user=asker, kind=Role.Kind.NCP_COORDINATOR, country=si)
    request = Request.objects.create(
        kind=Request.Kind.AD_HOC_QUERY,
        title="Bench",
        requested_by=asker,
        requester_country=si,
        deadline=datetime.date(2026, 3, 1),
        state=Request.State.CLOSED,
    )
    query = AdHocQuery.objects.create(
        request=request,
        title=f"Benchmark query answered by {countries} countries",
        background="Measures the compilation.",
        theme=Theme.objects.first(),
        state=AdHocQuery.State.COMPILED,
        created_by=asker,
    )
    query.reference = f"2026.{query.pk}"
    query.save(update_fields=["reference"])
    questions = [
        Question.objects.create(query=query, position=p, **spec(p)) for p in range(1, QUESTIONS + 1)
    ]
    Compilation.objects.create(
        query=query, version=1, introduction="Intro.", findings="Findings.", created_by=asker
    )
    for index, country in enumerate(Country.objects.order_by("code")[:countries]):
        contribution = Contribution.objects.create(
            request=request, country=country, state=Contribution.State.SUBMITTED, publishable=True
        )
        Answer.objects.bulk_create(
            Answer(contribution=contribution, question=q, value=value(q, index)) for q in questions
        )
    return query, asker


def naive_build_matrix(query: Any, user: Any, public: bool = False) -> Any:
    """The same matrix read the way the ORM does without prefetching: a query per answer."""
    from emn.contributions.models import Contribution
    from emn.queries import compilation
    from emn.queries.models import Answer, Question

    compilation.check_can_view(user, query, public)
    questions = list(Question.objects.filter(query_id=query.pk).order_by("position", "pk"))
    rows = []
    for contribution in Contribution.objects.filter(request_id=query.request_id):
        if contribution.state not in compilation.SHOWN_STATES:
            continue
        country = contribution.country  # one query per country
        cells = {}
        for question in questions:  # one query per answer
            answer = Answer.objects.filter(contribution=contribution, question=question).first()
            if answer is not None:
                cells[question.pk] = compilation.Cell(question, answer.value, answer.comment)
        attachments = (
            tuple(contribution.attachments.all()) if hasattr(contribution, "attachments") else ()
        )
        rows.append(compilation.Row(country, contribution, cells, attachments))
    rows.sort(key=lambda row: compilation.name_key(row.country))
    return compilation.Matrix(
        query=query,
        public=public,
        questions=questions,
        rows=rows,
        summaries=compilation._summaries(questions, rows),
    )


def measure_page(client: Any, url: str, runs: int) -> tuple[int, float, float]:
    """SQL queries of one render; p95 and median render time in milliseconds."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # warm the caches (templates, map geometry)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    # Read the count now: the next request's `reset_queries` empties the log it reads.
    count = len(captured)
    assert response.status_code == 200, response.status_code
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        client.get(url)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return count, p95, statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="emn-bench-") as workdir:
        setup(workdir)
        from django.test import Client

        from emn.queries import exports
        from emn.queries.compilation import build_matrix
        from emn.queries.views import compilation as view

        small, _ = build(5)
        query, asker = build(COUNTRIES)
        client = Client()
        client.force_login(asker)
        url = f"/queries/{query.pk}/compilation/"
        queries, p95, median = measure_page(client, url, args.runs)
        small_queries, _p95, _median = measure_page(client, f"/queries/{small.pk}/compilation/", 3)
        view.build_matrix = naive_build_matrix  # type: ignore[assignment]
        try:
            naive_queries, naive_p95, naive_median = measure_page(client, url, args.runs)
        finally:
            view.build_matrix = build_matrix
        matrix = build_matrix(query, asker)
        seconds = {}
        sizes = {}
        for extension in ("docx", "pdf", "xlsx", "csv"):
            start = time.perf_counter()
            content = exports.render(matrix, extension)
            seconds[extension] = time.perf_counter() - start
            sizes[extension] = len(content)

    rows = [
        ("compilation page, 33 countries", f"{queries}", f"{p95:.1f}", f"{median:.1f}"),
        ("compilation page, 5 countries", f"{small_queries}", "", ""),
        (
            "naive baseline, 33 countries",
            f"{naive_queries}",
            f"{naive_p95:.1f}",
            f"{naive_median:.1f}",
        ),
    ]
    print(f"Compilation benchmark: {QUESTIONS} questions x {COUNTRIES} countries, {args.runs} runs")
    print(f"{'page':<34}{'SQL queries':>12}{'p95 ms':>10}{'median ms':>11}")
    for name, count, high, middle in rows:
        print(f"{name:<34}{count:>12}{high:>10}{middle:>11}")
    print(f"{'export':<34}{'seconds':>12}{'bytes':>10}")
    for extension, value_s in seconds.items():
        print(f"{extension:<34}{value_s:>12.3f}{sizes[extension]:>10}")
    result = {
        "questions": QUESTIONS,
        "countries": COUNTRIES,
        "compilation_queries": queries,
        "compilation_queries_5_countries": small_queries,
        "compilation_p95_ms": round(p95, 1),
        "naive_queries": naive_queries,
        "naive_p95_ms": round(naive_p95, 1),
        "docx_s": round(seconds["docx"], 3),
        "pdf_s": round(seconds["pdf"], 3),
        "xlsx_s": round(seconds["xlsx"], 3),
        "csv_s": round(seconds["csv"], 3),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
