"""What a structure query asks for: `{resource}[/{agency}[/{id}[/{version}]]]` plus parameters.

Rules (SDMX 2.1 RESTful web services, section "Structure queries"):
- we serve `dataflow`, `datastructure`, `codelist` and `conceptscheme` (and, in
  `structure_constraint`, the actual `contentconstraint` of a flow); any other SDMX
  structural resource (categoryscheme, agencyscheme, structure ...) is a
  valid query we do not implement: 501, SDMX code 501;
- a word that is no SDMX resource is a query outside the grammar of the REST interface, so
  it is a syntax error (400, code 140), not "no results": the specification keeps code 100
  (404) for well-formed queries that match nothing, and an unknown resource cannot match
  anything by construction, whatever is stored;
- agency, id and version: `all`, `*` or missing mean any; several values may be joined by
  `+`; each value must have the syntax of its SDMX type (agency NestedNCNameIDType, id
  IDType, version `latest` or a VersionType such as `1.0`), else 400; ids and agencies are
  compared without regard to case;
- `references` and `detail` take the values the specification lists (any case), else 400;
- `format`: missing, `xml`, `sdmx-ml` or `structure` for SDMX-ML 2.1; `TSV` for a code list
  (Eurostat's `code<TAB>label` lines, in `lang`, gzipped with `compressed=true`); `JSON` for
  dataflows (Eurostat's JSON-stat collection, the `eurostat` package's table of contents);
  anything else 406.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.http import QueryDict

from emn.stats.sdmx.errors import not_acceptable, not_implemented, syntax_error
from emn.stats.sdmx.flows import VERSION, languages
from emn.stats.sdmx.params import compressed, param

SERVED = ("dataflow", "datastructure", "codelist", "conceptscheme")
# SDMX 2.1 structural resources (and the few non-structure words of the same path space):
# a query for one of them is well formed, only not implemented here.
OTHER_RESOURCES = frozenset(
    {
        "metadatastructure",
        "categoryscheme",
        "hierarchicalcodelist",
        "organisationscheme",
        "agencyscheme",
        "dataproviderscheme",
        "dataconsumerscheme",
        "organisationunitscheme",
        "metadataflow",
        "reportingtaxonomy",
        "provisionagreement",
        "structureset",
        "process",
        "categorisation",
        "contentconstraint",
        "attachmentconstraint",
        "actualconstraint",
        "allowedconstraint",
        "availableconstraint",
        "structure",
        "metadata",
    }
)
REFERENCES = ("none", "parents", "parentsandsiblings", "children", "descendants", "all")
DETAILS = (
    "full",
    "allstubs",
    "referencestubs",
    "allcompletestubs",
    "referencecompletestubs",
    "referencepartial",
)
ANY = ("all", "*")
_AGENCY = re.compile(r"[A-Za-z][A-Za-z0-9_\-]*(\.[A-Za-z][A-Za-z0-9_\-]*)*")
_ID = re.compile(r"[A-Za-z0-9_@$\-]+")
_VERSION = re.compile(r"latest|[0-9]+(\.[0-9]+)*")
XML_FORMATS = ("xml", "sdmx-ml", "structure")


@dataclass(frozen=True)
class StructureQuery:
    """A parsed structure query. `agencies`/`ids` are upper case; None means any."""

    resource: str
    agencies: tuple[str, ...] | None
    ids: tuple[str, ...] | None
    versions_match: bool
    version: str
    references: str
    detail: str
    tsv: bool = False
    json: bool = False
    compressed: bool = False
    lang: str = "en"

    def described(self) -> str:
        """The query as a reader wrote it, for error messages."""
        agency = "+".join(self.agencies) if self.agencies else "all"
        ids = "+".join(self.ids) if self.ids else "all"
        return f"{self.resource}/{agency}/{ids}/{self.version}"

    def wants(self, agency: str, artefact_id: str) -> bool:
        """True when an artefact of `agency` with `artefact_id` is one the query names."""
        return (
            self.versions_match
            and (self.agencies is None or agency.upper() in self.agencies)
            and (self.ids is None or artefact_id.upper() in self.ids)
        )


def parse(
    resource: str,
    agency: str | None,
    resource_id: str | None,
    version: str | None,
    params: QueryDict,
) -> StructureQuery:
    """The query of a request; raises SdmxError (400, 406, 501) on the first thing wrong."""
    kind = _resource(resource)
    tsv, json, compressed = _format(kind, params)
    return StructureQuery(
        resource=kind,
        agencies=_values(agency, _AGENCY, "agency"),
        ids=_values(resource_id, _ID, "resource id"),
        versions_match=_versions_match(version),
        version=version or "latest",
        references=_choice(params, "references", (*REFERENCES, *SERVED, *OTHER_RESOURCES)),
        detail=_choice(params, "detail", DETAILS),
        tsv=tsv,
        json=json,
        compressed=compressed,
        lang=_lang(params),
    )


def _resource(resource: str) -> str:
    kind = resource.lower()
    if kind in SERVED:
        return kind
    if kind in OTHER_RESOURCES:
        raise not_implemented(
            f"The resource '{resource}' is not implemented here; ask for one of {', '.join(SERVED)}."
        )
    raise syntax_error(
        f"'{resource}' is not an SDMX 2.1 structure resource; ask for one of {', '.join(SERVED)}."
    )


def _values(text: str | None, pattern: re.Pattern[str], what: str) -> tuple[str, ...] | None:
    """The values of a path part in upper case, None for any; 400 for a malformed value."""
    if text is None or text.strip() == "" or text.lower() in ANY:
        return None
    parts = text.split("+")
    for part in parts:
        if not pattern.fullmatch(part):
            raise syntax_error(f"'{part}' is not a valid {what}.")
    return tuple(part.upper() for part in parts)


def _versions_match(text: str | None) -> bool:
    """Whether the version part matches our only version (1.0); 400 when malformed."""
    if text is None or text.strip() == "" or text.lower() in ANY:
        return True
    parts = [part.lower() for part in text.split("+")]
    for part in parts:
        if not _VERSION.fullmatch(part):
            raise syntax_error(f"'{part}' is not a version: use latest, all or a number like 1.0.")
    return any(part in ("latest", VERSION) for part in parts)


def _choice(params: QueryDict, name: str, allowed: tuple[str, ...]) -> str:
    value = (param(params, name) or allowed[0]).lower()
    if value not in allowed:
        shown = ", ".join(allowed[:6]) + (" or a resource name" if len(allowed) > 6 else "")
        raise syntax_error(f"{name}: '{value}' is not one of {shown}.")
    return value


def _format(kind: str, params: QueryDict) -> tuple[bool, bool, bool]:
    """(TSV?, JSON?, compressed?) from `format` and `compressed`."""
    asked = (param(params, "format") or "xml").lower()
    gzip = compressed(params)
    if asked in XML_FORMATS:
        return False, False, gzip
    if asked == "tsv" and kind == "codelist":
        return True, False, gzip
    if asked == "json" and kind == "dataflow":
        return False, True, gzip
    if asked == "tsv":
        raise not_acceptable("format=TSV is produced for code lists only; structures are SDMX-ML.")
    if asked == "json":
        raise not_acceptable("format=JSON is produced for dataflows only; structures are SDMX-ML.")
    raise not_acceptable(f"Unknown format '{asked}': structures are SDMX-ML 2.1 (format=xml).")


def _lang(params: QueryDict) -> str:
    """The language of TSV labels: a site language, else English."""
    lang = (param(params, "lang") or "en").lower()
    return lang if lang in languages() else "en"
