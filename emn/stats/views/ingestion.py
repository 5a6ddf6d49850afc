"""The Commission's ingestion page: upload a Eurostat file or name a dataset, then follow the
task's progress and read its report (or where the file went wrong) on the status page."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from emn.stats.codelists.flags import describe
from emn.stats.forms_ingestion import IngestionForm
from emn.stats.jobs import DOWNLOADING, run_ingestion
from emn.stats.models import IngestionJob
from emn.stats.permissions import can_ingest

# The pipeline's phases in order, by the first word it names them with.
PHASES = {
    DOWNLOADING: gettext_lazy("Downloading from Eurostat"),
    "reading": gettext_lazy("Reading the file"),
    "checking": gettext_lazy("Checking the observations"),
    "writing": gettext_lazy("Writing the observations"),
    "comparing": gettext_lazy("Comparing with the previous release"),
    "publishing": gettext_lazy("Publishing the release"),
}
RUNNING = (IngestionJob.State.QUEUED, IngestionJob.State.RUNNING)


def _may_ingest(request: HttpRequest) -> None:
    if not can_ingest(request.user):
        raise PermissionDenied(_("Only the Commission loads statistics."))


@login_required
def ingestion_create(request: HttpRequest) -> HttpResponse:
    """Upload a file or type a code; the ingestion runs as a task and its page follows it."""
    _may_ingest(request)
    form = IngestionForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        with transaction.atomic():
            job = IngestionJob.objects.create(
                upload=upload or "",
                upload_name=upload.name[:255] if upload else "",
                requested_code=form.cleaned_data["dataset_code"],
                dry_run=form.cleaned_data["dry_run"],
                created_by=request.user,  # type: ignore[misc]  # login_required
            )
            transaction.on_commit(lambda: run_ingestion.enqueue(job.pk))
        return redirect("stats:ingestion_detail", pk=job.pk)
    context = {
        "form": form,
        "recent": IngestionJob.objects.select_related("created_by", "release__dataset")[:10],
    }
    return render(request, "stats/ingest_form.html", context)


@login_required
def ingestion_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The job's phase, progress and report; the progress part reloads itself (htmx)."""
    _may_ingest(request)
    job = get_object_or_404(IngestionJob.objects.select_related("created_by"), pk=pk)
    context = {"job": job, **progress_context(job), **report_context(job)}
    if request.headers.get("HX-Request"):
        return render(request, "stats/ingest_progress.html", context)
    return render(request, "stats/ingest_status.html", context)


def progress_context(job: IngestionJob) -> dict[str, Any]:
    """Which phase runs (k of n, in words) and how far it is, for the bar."""
    key = job.phase.split(" ", 1)[0] if job.phase else ""
    steps = list(PHASES) if not job.upload else list(PHASES)[1:]
    return {
        "running": job.state in RUNNING,
        "phase_label": PHASES.get(key, job.phase),
        "step": steps.index(key) + 1 if key in steps else 0,
        "steps": len(steps),
        "percent": round(100 * job.done / job.total) if job.total else 0,
    }


def report_context(job: IngestionJob) -> dict[str, Any]:
    """The report's outcomes with each flag's meaning, or the error and where it is."""
    report = job.report or {}
    language = get_language() or "en"
    outcomes = []
    for outcome in report.get("outcomes", []):
        flags = [
            (flag, describe(flag, language), count)
            for flag, count in sorted(outcome.get("flag_counts", {}).items())
        ]
        outcomes.append({**outcome, "flags": flags})
    return {"outcomes": outcomes, "error": report if report.get("error") else None}
