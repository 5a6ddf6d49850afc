"""Import a SKOS file (Turtle, N-Triples, RDF/XML, JSON-LD) into the glossary, with a report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from emn.core.audit import audit_group
from emn.glossary.integrity import REFUSE, REPAIR, Problem
from emn.glossary.services.skos_import import ImportReport, import_skos


def problem_line(problem: Problem) -> str:
    """One problem: where (concept, property, language), what, and what was done."""
    where = " ".join(p for p in (problem.concept, problem.property) if p)
    if problem.language:
        where += f" @{problem.language}"
    done = problem.action or "none (the file is refused)"
    return f"  {where}: {problem.message} -> {done}"


class Command(BaseCommand):
    help = (
        "Import a SKOS vocabulary into the glossary's working copy and report every problem "
        "found. By default a file with any error is refused and nothing is stored; --repair "
        "keeps the first label of each language and the links it can keep, and reports the rest."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="The SKOS file (.ttl, .nt, .rdf, .jsonld ...).")
        parser.add_argument(
            "--scheme", metavar="URI", help="The concept scheme to import, if the file has several."
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Check and report only; store nothing."
        )
        parser.add_argument(
            "--repair", action="store_true", help="Repair what can be repaired instead of refusing."
        )
        parser.add_argument(
            "--approve",
            action="store_true",
            help="Store the concepts as approved too (ready for the next edition).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["file"])
        try:
            data = path.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror}") from error
        quiet = options.get("verbosity", 1) < 1
        bars: list[Any] = []

        def progress(done: int, total: int) -> None:
            # The bar goes to stderr, so the report on stdout stays clean for logs.
            if not bars:
                bars.append(
                    tqdm(
                        total=total,
                        desc="storing",
                        unit="concept",
                        disable=quiet,
                        file=self.stderr._out,
                    )
                )
            bars[0].update(done - bars[0].n)

        try:
            with audit_group():
                report = import_skos(
                    None,
                    data,
                    filename=path.name,
                    scheme_uri=options.get("scheme"),
                    mode=REPAIR if options["repair"] else REFUSE,
                    dry_run=options["dry_run"],
                    approve=options["approve"],
                    progress=progress,
                    system=True,
                )
        finally:
            for bar in bars:
                bar.close()
        self.write_report(path, report, dry_run=options["dry_run"])
        if report.refused:
            raise CommandError("The file was refused; nothing was stored.")

    def write_report(self, path: Path, report: ImportReport, *, dry_run: bool) -> None:
        out = self.stdout
        out.write(f"File: {path} ({report.format or 'format not recognised'})")
        if report.lenient:
            out.write("Read leniently (the file is not valid in its format).")
        out.write(f"Scheme: {report.scheme_uri or '-'}")
        for name, value in report.counts().items():
            out.write(f"  {name.replace('_', ' ')}: {value}")
        errors, remarks = len(report.errors()), len(report.problems) - len(report.errors())
        out.write(f"Problems: {errors} error(s), {remarks} remark(s)")
        for kind, problems in report.grouped().items():
            out.write(f"\n{kind} ({len(problems)})")
            for problem in problems:
                out.write(problem_line(problem))
        if report.refused:
            out.write("\nRefused: nothing was stored.")
        elif dry_run:
            out.write("\nDry run: nothing was stored.")
        else:
            out.write("\nStored in the working copy.")
