"""What the glossary's pages share: the scheme and set a page reads, language and country
names, and the addresses of the pages of one scheme.

Every page reads through `reading.select`: the public gets the latest published edition,
the working group the working copy, and anyone may ask for an older edition with
`?edition=N`. The page's language (`?lang=`) is the reader's UI language unless they chose
another; both choices travel with the links between glossary pages.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any
from urllib.parse import urlencode

from babel import Locale, UnknownLocaleError
from django.conf import settings
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from emn.glossary import integrity, reading
from emn.glossary.models import Edition, Scheme
from emn.glossary.permissions import can_import_vocabulary, can_read_working_copy
from emn.glossary.reading import Selection
from emn.glossary.services import default_scheme
from emn.glossary.services.schemes import DEFAULT_KEY
from emn.network.models.country import territory_name

FALLBACK = "en"


def ui_language() -> str:
    """The language the page's own words are in, without a region."""
    return (get_language() or FALLBACK).split("-")[0]


def ui_languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


@lru_cache(maxsize=4096)
def _language_name(tag: str, ui: str) -> str:
    try:
        locale = Locale.parse(ui.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        locale = Locale.parse(FALLBACK)
    try:
        name = Locale.parse(tag.replace("-", "_")).get_display_name(locale) or ""
    except (ValueError, UnknownLocaleError, TypeError):
        name = locale.languages.get(tag.split("-")[0], "")
    return name[:1].upper() + name[1:] if name else tag


def language_name(tag: str) -> str:
    """A language tag's name in the UI language, from CLDR ("sr-Latn": "Serbian (Latin)");
    an unknown tag is shown as itself."""
    return _language_name(tag, ui_language()) if tag else ""


def country_name(code: str) -> str:
    """A national variant's country in the UI language (the region subtag is ISO 3166)."""
    return territory_name(code, ui_language()) if code else ""


def tag_name(language: str, country: str = "") -> str:
    """ "German (Austria)": a language with the country of a national variant."""
    name = language_name(language)
    return f"{name} ({country_name(country)})" if country else name


def scheme_or_404(key: str | None) -> Scheme:
    """The scheme of a page: ours without a prefix, another one by its key under `s/<key>/`."""
    if key is None or key == DEFAULT_KEY:
        return default_scheme()
    return get_object_or_404(Scheme, key=key)


def selection_for(request: HttpRequest, scheme: Scheme) -> Selection:
    """The set the page reads: `?edition=` if given (404 if not readable), else the default."""
    return reading.select(request.user, scheme, request.GET.get("edition"))


def nothing_published(selection: Selection) -> bool:
    """True for the stand-in edition `select` returns while nothing is published."""
    return selection.edition is not None and not selection.edition.pk


def edition_label(edition: Edition | None) -> str:
    if edition is None:
        return gettext("Working copy")
    return gettext("Edition %(number)s of %(date)s") % {
        "number": edition.number,
        "date": date_format(edition.published_on, "DATE_FORMAT"),
    }


def edition_choices(user: Any, scheme: Scheme) -> list[tuple[str, str]]:
    """What the edition chooser offers: the working copy to those who may read it, then
    every published edition, newest first."""
    choices = [(reading.WORKING, gettext("Working copy"))] if can_read_working_copy(user) else []
    for edition in Edition.objects.filter(scheme=scheme).order_by("-number"):
        choices.append((str(edition.number), edition_label(edition)))
    return choices


def selection_value(selection: Selection) -> str:
    """The chooser's value for a selection: "working" or the edition's number."""
    return reading.WORKING if selection.edition is None else str(selection.edition.number)


def chosen_language(request: HttpRequest) -> str:
    """The language the reader asked the page in (`?lang=`), else the UI language."""
    asked = (request.GET.get("lang") or "").strip()
    return integrity.normal_tag(asked) if asked and integrity.valid_tag(asked) else ui_language()


def keep(request: HttpRequest, *names: str) -> str:
    """The query string that carries the reader's choices (`lang`, `edition`) to the next
    glossary page: only those given explicitly, so default pages keep plain addresses."""
    wanted = names or ("lang", "edition")
    values = [(name, request.GET[name]) for name in wanted if request.GET.get(name)]
    return "?" + urlencode(values) if values else ""


def page_url(scheme: Scheme, name: str, *args: Any) -> str:
    """The address of page `name` of `scheme` (ours has no `s/<key>/` prefix)."""
    if scheme.key == DEFAULT_KEY:
        return reverse(f"glossary:{name}", args=args)
    return reverse(f"glossary:scheme_{name}", args=[scheme.key, *args])


PAGES = (
    "home",
    "hierarchy",
    "themes",
    "editions",
    "edition_publish",
    "edition_diff",
    "export",
    "translations",
    "import",
    "concept_create",
)


def links(scheme: Scheme) -> dict[str, str]:
    """The addresses of one scheme's pages, for templates (`links.hierarchy` ...)."""
    return {name: page_url(scheme, name) for name in PAGES}


def concept_url(scheme: Scheme, key: str, query: str = "") -> str:
    return page_url(scheme, "concept", key) + query


def concept_prefix(scheme: Scheme) -> str:
    """The address of the scheme's concept pages without the key: long lists add the key
    themselves rather than reverse a URL per concept."""
    return page_url(scheme, "concept", "k")[:-1]


TABS = (
    ("home", _("A to Z")),
    ("hierarchy", _("Hierarchy")),
    ("themes", _("Themes")),
    ("editions", _("Editions")),
    ("translations", _("Translations")),
)


def tabs(scheme: Scheme, current: str, user: Any, query: str = "") -> list[tuple[str, str, bool]]:
    """The glossary's tabs as (address, label, current); the browsing tabs keep the choices.
    The Commission also gets the SKOS import."""
    browsing = {"home", "hierarchy", "themes"}
    shown = list(TABS)
    if can_import_vocabulary(user):
        shown.append(("import", _("Import SKOS")))
    return [
        (page_url(scheme, name) + (query if name in browsing else ""), str(label), name == current)
        for name, label in shown
    ]


def not_found() -> Http404:
    return Http404(gettext("No such concept in the glossary you may read."))
