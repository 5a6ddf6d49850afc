"""URLs of the glossary. A concept of our own glossary is served at its URI's path
(`/glossary/concept/<key>`, no trailing slash), so the URI dereferences, with content
negotiation for SKOS clients; other schemes live under `/glossary/s/<scheme>/`."""

from django.urls import URLPattern, path

from emn.glossary.views import browse, concept, editing, editions, exchange

app_name = "glossary"


def _scheme_pages(prefix: str, suffix: str) -> list[URLPattern]:
    """The same pages for the default scheme (no prefix) and for `s/<scheme>/`."""
    return [
        path(f"{prefix}", browse.alphabetical, name=f"{suffix}home"),
        path(f"{prefix}hierarchy/", browse.hierarchy, name=f"{suffix}hierarchy"),
        path(f"{prefix}themes/", browse.themes, name=f"{suffix}themes"),
        path(f"{prefix}concept/<slug:key>", concept.concept_detail, name=f"{suffix}concept"),
        path(
            f"{prefix}concept/<slug:key>/edit/", editing.concept_edit, name=f"{suffix}concept_edit"
        ),
        path(
            f"{prefix}concept/<slug:key>/workflow/",
            editing.concept_workflow,
            name=f"{suffix}concept_workflow",
        ),
        path(f"{prefix}new/", editing.concept_create, name=f"{suffix}concept_create"),
        path(f"{prefix}editions/", editions.edition_list, name=f"{suffix}editions"),
        path(
            f"{prefix}editions/publish/", editions.edition_publish, name=f"{suffix}edition_publish"
        ),
        path(f"{prefix}editions/diff/", editions.edition_diff, name=f"{suffix}edition_diff"),
        path(f"{prefix}export/", exchange.export_skos, name=f"{suffix}export"),
        path(f"{prefix}translations/", exchange.translations, name=f"{suffix}translations"),
        path(f"{prefix}import/", exchange.import_skos, name=f"{suffix}import"),
    ]


urlpatterns: list[URLPattern] = [
    *_scheme_pages("", ""),
    *_scheme_pages("s/<slug:scheme>/", "scheme_"),
    path("imports/<int:pk>/", exchange.import_status, name="import_status"),
]
