"""Importing a SKOS file: a whole vocabulary from another tool, or our glossary back again.

Rule: every problem is reported with where it is (concept, property, language) and what was
done; in *refuse* mode any error stores nothing, in *repair* mode the importer keeps the first
label of a language and the links it can keep, and reports the rest. Either way the file is
stored in one transaction or not at all. Permission: `can_import_vocabulary` (the Commission);
the command line runs as the system (`system=True`). Audit: one "import" entry on the scheme
with the counts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from emn.core import audit
from emn.core.models import ThemeCode
from emn.glossary import integrity, permissions, store
from emn.glossary.integrity import REFUSE, REPAIR, Problem
from emn.glossary.models import Concept, Scheme, Stage
from emn.glossary.records import ConceptData
from emn.glossary.services._common import deny
from emn.glossary.services.schemes import base_uri, default_scheme
from emn.glossary.skos import reading
from emn.glossary.skos.gcpause import gc_paused

CHUNK = 1000
Progress = Callable[[int, int], None]


@dataclass
class ImportReport:
    """What an import did, or would do (dry run), and every problem it found."""

    scheme_uri: str = ""
    format: str = ""
    concepts_created: int = 0
    concepts_updated: int = 0
    labels: int = 0
    languages: int = 0
    definitions: int = 0
    notes: int = 0
    relations: int = 0
    mappings: int = 0
    problems: list[Problem] = field(default_factory=list)
    refused: bool = False
    stored: bool = False
    lenient: bool = False

    def counts(self) -> dict[str, int]:
        names = (
            "concepts_created",
            "concepts_updated",
            "labels",
            "languages",
            "definitions",
            "notes",
            "relations",
            "mappings",
        )
        return {name: getattr(self, name) for name in names}

    def errors(self) -> list[Problem]:
        return integrity.errors(self.problems)

    def grouped(self) -> dict[str, list[Problem]]:
        """Problems by kind: errors before remarks, then by property, in file order."""
        groups: dict[str, list[Problem]] = defaultdict(list)
        for problem in sorted(self.problems, key=lambda p: not p.error):
            kind = _("error") if problem.error else _("remark")
            groups[f"{kind}: {problem.property or _('file')}"].append(problem)
        return dict(groups)


def _count(report: ImportReport, records: Sequence[ConceptData], existing: set[str]) -> None:
    report.concepts_created = sum(1 for r in records if r.uri not in existing)
    report.concepts_updated = len(records) - report.concepts_created
    report.labels = sum(len(r.labels) for r in records)
    report.languages = len({lb.language for r in records for lb in r.labels})
    report.definitions = sum(len(r.definitions) for r in records)
    report.notes = sum(len(r.notes) for r in records)
    report.relations = sum(len(r.broader) + len(r.related) for r in records)
    report.mappings = sum(len(r.mappings) for r in records)


def _existing(scheme_uri: str, uris: list[str]) -> tuple[set[str], list[Problem]]:
    """URIs already in the scheme, and a problem per concept that belongs to another scheme
    (a URI names one concept: the same concept cannot be imported into a second scheme)."""
    found: set[str] = set()
    problems = []
    for start in range(0, len(uris), 900):
        chunk = uris[start : start + 900]
        for uri, scheme in Concept.objects.filter(uri__in=chunk).values_list("uri", "scheme__uri"):
            if scheme == scheme_uri:
                found.add(uri)
                continue
            message = _("the concept already belongs to the scheme %(scheme)s") % {"scheme": scheme}
            problems.append(Problem(uri, "skos:inScheme", message, action=_("file refused")))
    return found, problems


def _known_themes(records: list[ConceptData], problems: list[Problem]) -> list[ConceptData]:
    known = set(ThemeCode.values)
    out = []
    for record in records:
        unknown = [t for t in record.themes if t not in known]
        for theme in unknown:
            message = _('unknown theme "%(theme)s"') % {"theme": theme}
            problems.append(
                Problem(record.uri, "emng:theme", message, action=_("left out"), error=False)
            )
        out.append(
            replace(record, themes=[t for t in record.themes if t in known]) if unknown else record
        )
    return out


def _scheme(uri: str, titles: dict[str, str]) -> Scheme:
    """The scheme with `uri`, created with a key from its URI and the file's titles."""
    if uri == base_uri() + "scheme":
        return default_scheme()
    scheme = Scheme.objects.filter(uri=uri).first()
    if scheme is not None:
        return scheme
    base = store.key_from_uri(uri)[:55] or "scheme"
    taken = set(Scheme.objects.filter(key__startswith=base).values_list("key", flat=True))
    key, n = base, 1
    while key in taken:
        n += 1
        key = f"{base}-{n}"
    return Scheme.objects.create(uri=uri, key=key, titles=titles)


def _store(
    user: Any,
    scheme_uri: str,
    titles: dict[str, str],
    records: list[ConceptData],
    report: ImportReport,
    progress: Progress | None,
) -> None:
    approved = [r for r in records if r.status in ("approved", "deprecated")]
    total, done = len(records) + len(approved), 0
    with transaction.atomic():
        scheme = _scheme(scheme_uri, titles)
        # Every concept first, so each chunk's relations find their targets.
        store.ensure_concepts(scheme, records)
        for stage, chosen in ((Stage.WORKING, records), (Stage.APPROVED, approved)):
            for start in range(0, len(chosen), CHUNK):
                chunk = chosen[start : start + CHUNK]
                if stage == Stage.WORKING:
                    store.write(scheme, chunk, stage=stage, user=user)
                else:  # the same content: copied inside the database
                    store.copy_stage(scheme, chunk, Stage.WORKING, Stage.APPROVED, user=user)
                done += len(chunk)
                if progress:
                    progress(done, total)
        audit.record(user, "import", scheme, after={"format": report.format, **report.counts()})
    report.stored = True


def import_skos(
    user: Any,
    data: bytes,
    *,
    filename: str = "",
    scheme_uri: str | None = None,
    mode: str = REFUSE,
    dry_run: bool = False,
    approve: bool = False,
    progress: Progress | None = None,
    system: bool = False,
) -> ImportReport:
    """Import the concepts of a SKOS file into the working copy of their scheme.

    Concepts whose status in the file is approved or deprecated (all of them with
    `approve`) are also stored as approved versions, ready for the next edition.
    """
    if mode not in (REFUSE, REPAIR):
        raise ValueError(f"unknown mode {mode!r}")
    if not system:
        deny(
            permissions.can_import_vocabulary(user), _("Only the Commission imports vocabularies.")
        )
    parsed = reading.read(data, filename=filename, scheme_uri=scheme_uri, mode=mode)
    with gc_paused():
        return _checked_and_stored(user, parsed, mode, dry_run, approve, progress, system)


def _checked_and_stored(
    user: Any,
    parsed: reading.ParsedFile,
    mode: str,
    dry_run: bool,
    approve: bool,
    progress: Progress | None,
    system: bool,
) -> ImportReport:
    """Check the parsed records, count, and store them unless refused (or a dry run)."""
    report = ImportReport(
        scheme_uri=parsed.scheme_uri,
        format=parsed.format.label if parsed.format else "",
        problems=list(parsed.problems),
        lenient=parsed.lenient,
    )
    if parsed.fatal:
        report.refused = True
        return report
    records, problems = integrity.check(parsed.concepts, mode)
    report.problems.extend(problems)
    if mode == REFUSE and not integrity.errors(problems):
        # Only remarks: store what repair would (links out of the file dropped, repeats once).
        records, _remarks = integrity.check(parsed.concepts, REPAIR)
    existing, clashes = _existing(parsed.scheme_uri, [r.uri for r in records])
    report.problems.extend(clashes)
    records = _known_themes(records, report.problems)
    if approve:
        records = [
            r if r.status == "deprecated" else replace(r, status="approved") for r in records
        ]
    _count(report, records, existing)
    if clashes or (mode == REFUSE and report.errors()):
        report.refused = True
        return report
    if not dry_run:
        _store(
            None if system else user, parsed.scheme_uri, parsed.titles, records, report, progress
        )
    return report
