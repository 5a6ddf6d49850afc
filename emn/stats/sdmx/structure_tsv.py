"""A code list as Eurostat's TSV: `code<TAB>label` lines, what `format=TSV` answers.

Rules: one line per code, codes sorted, the label in the asked language (the one fallback
chain: the language, then English, then the code), lines ended by CRLF as Eurostat writes
them (the `eurostat` client splits on "\\r\\n" and drops the last, empty, piece); no header
line; tabs and line breaks inside a label become spaces so a line stays a line.
"""

from __future__ import annotations

from emn.stats.sdmx.flows import Flow
from emn.stats.sdmx.structure_codelists import codes

CONTENT_TYPE = "text/tab-separated-values; charset=utf-8"


def codelist_tsv(list_id: str, flows: list[Flow], lang: str) -> bytes:
    """The TSV of code list `list_id` made from `flows`, labelled in `lang`."""
    lines = [
        f"{code}\t{_clean(names[lang])}\r\n"
        for code, names in codes(list_id, flows, [lang]).items()
    ]
    return "".join(lines).encode("utf-8")


def _clean(label: str) -> str:
    return " ".join(label.replace("\t", " ").splitlines())
