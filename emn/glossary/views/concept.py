"""A concept's page, at the concept's URI: HTML for people, SKOS for RDF clients.

The same address answers `Accept: text/turtle` (or RDF/XML, JSON-LD, N-Triples, or
`?format=ttl|rdf|jsonld|nt`) with the concept's RDF, so our concept URIs dereference as
linked data should; HTML is the default. Both read the set the reader may see: a concept
that is only a draft is a 404 to the public, whatever the format.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _

from emn.glossary import permissions, records
from emn.glossary.models import Concept, ConceptVersion, Scheme, Stage
from emn.glossary.reading import Selection
from emn.glossary.views import concept_page as shown
from emn.glossary.views.common import (
    chosen_language,
    edition_choices,
    edition_label,
    keep,
    language_name,
    links,
    not_found,
    page_url,
    scheme_or_404,
    selection_for,
    selection_value,
    tabs,
    ui_language,
    ui_languages,
)
from emn.glossary.views.terms import languages_in, terms_of
from emn.glossary.views.workflow_panel import workflow_panel

HTML = "text/html"
# ?format= value -> media type; the order is the preference when a client accepts several.
RDF_FORMATS = {
    "ttl": "text/turtle",
    "rdf": "application/rdf+xml",
    "jsonld": "application/ld+json",
    "nt": "application/n-triples",
}
FORMAT_NAMES = {"ttl": "Turtle", "rdf": "RDF/XML", "jsonld": "JSON-LD", "nt": "N-Triples"}


def wanted_format(request: HttpRequest) -> str | None:
    """ "html", an RDF format key, or None when the client accepts nothing we serve.

    `?format=` wins over the Accept header (links and browsers cannot set headers)."""
    asked = (request.GET.get("format") or "").strip().lower()
    if asked:
        return asked if asked in RDF_FORMATS or asked == "html" else None
    preferred = request.get_preferred_type([HTML, *RDF_FORMATS.values()])
    if preferred is None:
        return None
    if preferred == HTML:
        return "html"
    return next(key for key, media in RDF_FORMATS.items() if media == preferred)


def concept_in(selection: Selection, user: Any, key: str) -> tuple[Concept, ConceptVersion]:
    """The concept `key` and its version in the selected set; 404 when the set lacks it."""
    version = selection.versions(user).filter(concept__key=key).select_related("concept").first()
    if version is None:
        raise not_found()
    return version.concept, version


def _rdf(
    selection: Selection, user: Any, concept: Concept, record: records.ConceptData, fmt: str
) -> HttpResponse:
    """The concept's SKOS, its narrower concepts read from the same set as the page's."""
    from emn.glossary.services.skos_export import concept_rdf

    below = selection.versions(user).filter(relations__kind="broader", relations__target=concept)
    narrower = sorted(set(below.values_list("concept__uri", flat=True)))
    media = RDF_FORMATS[fmt]
    charset = "" if fmt == "rdf" else "; charset=utf-8"
    data = concept_rdf(record, selection.scheme, fmt, narrower)
    response = HttpResponse(data, content_type=media + charset)
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _not_acceptable() -> HttpResponse:
    offered = ", ".join([HTML, *RDF_FORMATS.values()])
    return HttpResponse(
        _("This address serves %(types)s.") % {"types": offered},
        status=406,
        content_type="text/plain; charset=utf-8",
    )


def concept_detail(request: HttpRequest, key: str, scheme: str | None = None) -> HttpResponse:
    """The concept in the selected set, as HTML or as SKOS (content negotiation)."""
    the_scheme = scheme_or_404(scheme)
    selection = selection_for(request, the_scheme)
    concept, version = concept_in(selection, request.user, key)
    record = records.load_versions(ConceptVersion.objects.filter(pk=version.pk))[0]
    fmt = wanted_format(request)
    if fmt is None:
        response = _not_acceptable()
    elif fmt in RDF_FORMATS:
        response = _rdf(selection, request.user, concept, record, fmt)
    else:
        response = _page(request, the_scheme, selection, concept, version, record)
    patch_vary_headers(response, ["Accept"])
    return response


def _page(
    request: HttpRequest,
    scheme: Scheme,
    selection: Selection,
    concept: Concept,
    version: ConceptVersion,
    record: records.ConceptData,
) -> HttpResponse:
    user = request.user
    language = chosen_language(request)
    versions = selection.versions(user)
    scheme_languages = languages_in(versions)
    rows, loose_notes = shown.language_rows(record, language, {*ui_languages(), *scheme_languages})
    heading = terms_of(versions.filter(pk=version.pk), language)[version.pk]
    replaced = shown.linked(versions, [record.replaced_by] if record.replaced_by else [], language)
    query = keep(request)
    context = {
        "scheme": scheme,
        "scheme_title": scheme.title(ui_language()),
        "concept": concept,
        "record": record,
        "heading": heading,
        "language": language,
        "language_name": language_name(language),
        "language_choices": [(code, language_name(code)) for code in (r.language for r in rows)],
        "edition_choices": edition_choices(user, scheme),
        "edition_value": selection_value(selection),
        "selection": selection,
        "edition_label": edition_label(selection.edition),
        "rows": rows,
        "loose_notes": loose_notes,
        "broader": shown.linked(versions, record.broader, language),
        "narrower": shown.narrower(versions, concept, language),
        "related": shown.related(versions, concept, record, language),
        "replaced_by": replaced[0] if replaced else None,
        "mappings": shown.mappings(record),
        "themes": _themes(record.themes),
        "query": query,
        "links": links(scheme),
        "tabs": tabs(scheme, "", request.user, query),
        "downloads": _downloads(request, scheme, concept.key),
        "edit_url": page_url(scheme, "concept_edit", concept.key),
        "workflow_url": page_url(scheme, "concept_workflow", concept.key),
        "can_edit": selection.is_working and permissions.can_draft(user),
        "workflow": workflow_panel(user, concept, version) if selection.is_working else None,
        "editions_with_it": _editions_with(concept) if selection.is_working else [],
        **shown.keyworded(user, concept, language),
    }
    return render(request, "glossary/concept_detail.html", context)


def _themes(codes: list[str]) -> list[str]:
    from emn.core.themes import ThemeCode

    names = dict(ThemeCode.choices)
    return [str(names.get(code, code)) for code in codes]


def _downloads(request: HttpRequest, scheme: Scheme, key: str) -> list[tuple[str, str]]:
    address = page_url(scheme, "concept", key)
    edition = request.GET.get("edition")
    suffix = f"&edition={edition}" if edition and edition.isalnum() else ""
    return [
        (FORMAT_NAMES[fmt], f"{address}?format={fmt}{suffix}")
        for fmt in ("ttl", "rdf", "jsonld", "nt")
    ]


def _editions_with(concept: Concept) -> list[int]:
    """The published editions that hold the concept (the working copy page says so)."""
    return list(
        ConceptVersion.objects.filter(concept=concept, stage=Stage.EDITION)
        .order_by("edition__number")
        .values_list("edition__number", flat=True)
    )
