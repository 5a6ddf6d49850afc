"""Browsing the glossary: alphabetically in any language, by hierarchy, by theme.

Each page reads one set (the reader's default, or `?edition=`), in one language (`?lang=`,
default the UI language); a concept without a term in that language is listed all the same,
marked "no term yet in this language".
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse

from emn.glossary import permissions
from emn.glossary.links import scheme_path
from emn.glossary.models import Scheme
from emn.glossary.search import KIND
from emn.glossary.views import alphabet, tree
from emn.glossary.views.common import (
    chosen_language,
    concept_prefix,
    edition_choices,
    edition_label,
    keep,
    language_name,
    links,
    nothing_published,
    scheme_or_404,
    selection_for,
    selection_value,
    tabs,
    ui_language,
)
from emn.glossary.views.terms import languages_in
from emn.network.views.common import paginate

PER_PAGE = 100
TOP_PER_PAGE = 50


def _context(request: HttpRequest, scheme_key: str | None, tab: str) -> dict[str, Any]:
    """What every browsing page shows around its list: choosers, tabs, the search box."""
    scheme = scheme_or_404(scheme_key)
    selection = selection_for(request, scheme)
    versions = selection.versions(request.user)
    language = chosen_language(request)
    present = set(languages_in(versions)) | {language}
    query = keep(request)
    return {
        "scheme": scheme,
        "scheme_title": scheme.title(ui_language()),
        "selection": selection,
        "versions": versions,
        "language": language,
        "language_name": language_name(language),
        "language_choices": sorted(
            ((code, language_name(code)) for code in present), key=lambda c: c[1].casefold()
        ),
        "edition_choices": edition_choices(request.user, scheme),
        "edition_value": selection_value(selection),
        "edition_label": edition_label(selection.edition),
        "nothing_published": nothing_published(selection),
        "query": query,
        "links": links(scheme),
        "concept_prefix": concept_prefix(scheme),
        "tabs": tabs(scheme, tab, request.user, query),
        "search_url": reverse("search:results"),
        "search_kind": KIND,
        "can_draft": permissions.can_draft(request.user),
        "schemes": _other_schemes(scheme),
    }


def _other_schemes(scheme: Scheme) -> list[tuple[str, str, bool]]:
    """(address, title, current) of every vocabulary when there is more than ours."""
    schemes = list(Scheme.objects.order_by("pk"))
    if len(schemes) < 2:
        return []
    language = ui_language()
    return [(scheme_path(s), s.title(language), s.pk == scheme.pk) for s in schemes]


def alphabetical(request: HttpRequest, scheme: str | None = None) -> HttpResponse:
    """Every preferred term of the chosen language from A to Z, a letter at a time or all."""
    context = _context(request, scheme, "home")
    found = alphabet.entries(context["versions"], context["language"])
    letter = (request.GET.get("letter") or "").strip().upper()[:1]
    shown = [entry for entry in found if entry.letter == letter] if letter else found
    page = paginate(request, shown, PER_PAGE)
    context.update(
        {
            "letters": alphabet.letters(found),
            "letter": letter,
            "page": page,
            "total": len(found),
            "missing_count": sum(1 for entry in found if entry.missing),
            "letter_query": keep(request, "lang", "edition"),
        }
    )
    return render(request, "glossary/alphabetical.html", context)


def hierarchy(request: HttpRequest, scheme: str | None = None) -> HttpResponse:
    """Top concepts with their narrower concepts, to expand and collapse."""
    context = _context(request, scheme, "hierarchy")
    nodes = tree.hierarchy(context["versions"], context["language"])
    context["page"] = paginate(request, nodes, TOP_PER_PAGE)
    return render(request, "glossary/hierarchy.html", context)


def themes(request: HttpRequest, scheme: str | None = None) -> HttpResponse:
    """Concepts grouped by the network's themes."""
    context = _context(request, scheme, "themes")
    context["groups"] = tree.by_theme(context["versions"], context["language"])
    return render(request, "glossary/themes.html", context)
