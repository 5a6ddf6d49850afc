"""The search: visibility, full-text match, facets, ranking and hits, in one pass.

Rule: what a reader may not see is excluded inside the SQL, before ranking and counting, so a
restricted document never changes another reader's results, total or facet counts. The
Commission sees everything; EMN members also see members' documents; a restricted document is
seen by its named readers (NCP of a country, a user, the Service Provider).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from django.db import connection
from django.utils.translation import gettext as _

from emn.accounts import roles
from emn.search import analysis, facets, querying, registry, snippets
from emn.search.backends import backend
from emn.search.models import Audience, Document
from emn.search.results import FACETS, Hit, Results, SearchParams

MAX_PAGE_SIZE = 100
_LIKE_FACETS = {"theme": "d.themes", "country": "d.countries", "language": "d.languages"}
_EQUAL_FACETS = {"kind": "d.kind", "dissemination": "d.dissemination"}


def _like(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"% {escaped} %"


def visibility(user: Any) -> tuple[str, list[Any]]:
    """The SQL condition (on `d`) of the documents `user` may find."""
    if roles.is_commission(user):
        return "1 = 1", []
    allowed = ["d.audience = %s"]
    params: list[Any] = [Audience.PUBLIC.value]
    if roles.is_emn_member(user):
        allowed.append("d.audience = %s")
        params.append(Audience.MEMBERS.value)
    tokens = [f"c:{pk}" for pk in sorted(roles.ncp_country_ids(user))]
    if getattr(user, "is_authenticated", False) and user.is_active:
        tokens.append(f"u:{user.pk}")
    if roles.is_service_provider(user):
        tokens.append("sp")
    if tokens:
        readers = " OR ".join("d.readers LIKE %s" for _t in tokens)
        allowed.append(f"(d.audience = %s AND ({readers}))")
        params += [Audience.RESTRICTED.value, *(f"% {t} %" for t in tokens)]
    return "(" + " OR ".join(allowed) + ")", params


def filtering(filters: dict[str, tuple[str, ...]]) -> tuple[str, list[Any]]:
    """SQL conditions of the facet filters: OR within a facet, AND across facets."""
    parts: list[str] = []
    params: list[Any] = []
    for facet, raw_values in filters.items():
        values = [str(v).strip() for v in raw_values or () if str(v).strip()][:50]
        if not values:
            continue
        if facet in _EQUAL_FACETS:
            parts.append(f"{_EQUAL_FACETS[facet]} IN ({', '.join(['%s'] * len(values))})")
            params += values
        elif facet == "year":
            years = [int(v) for v in values if v.isdigit() and len(v) <= 4]
            if not years:
                parts.append("1 = 0")
                continue
            parts.append(f"d.year IN ({', '.join(['%s'] * len(years))})")
            params += years
        elif facet in _LIKE_FACETS:
            column = _LIKE_FACETS[facet]
            parts.append("(" + " OR ".join(f"{column} LIKE %s ESCAPE '\\'" for _v in values) + ")")
            params += [_like(v) for v in values]
    return " AND ".join(parts) if parts else "1 = 1", params


def _title(titles: dict[str, str], language: str) -> tuple[str, str]:
    """The title through the fallback chain: reader's language, English, first available."""
    for code in (language, "en"):
        if titles.get(code):
            return titles[code], code
    for code, title in titles.items():
        if title:
            return title, code
    return "", ""


_FACET_COLUMNS = {
    "kind": "kind",
    "year": "year",
    "dissemination": "dissemination",
    "theme": "themes",
    "country": "countries",
    "language": "languages",
}


def _facet_sql(matched: str) -> str:
    """One statement counting every facet over the matched set, computed once (MATERIALIZED).

    Multi-valued facets are grouped by their stored string (" en fr "), which few documents
    differ in; `facets.count_grouped` splits the distinct strings into values.
    """
    cte = (
        "WITH m AS MATERIALIZED (SELECT d.kind, d.year, d.dissemination, d.themes, "
        f"d.countries, d.languages {matched}) "
    )
    parts = [
        f"SELECT '{facet}', CAST({column} AS TEXT), count(*) FROM m GROUP BY {column}"
        for facet, column in _FACET_COLUMNS.items()
    ]
    return cte + " UNION ALL ".join(parts)


def _count_facets(
    matched: str, params: list[Any], only: tuple[str, ...] = FACETS
) -> dict[str, Counter[str]]:
    with connection.cursor() as cursor:
        cursor.execute(_facet_sql(matched), params)
        rows = cursor.fetchall()
    grouped: dict[str, list[tuple[Any, int]]] = {facet: [] for facet in FACETS}
    for facet, value, n in rows:
        grouped[facet].append((value, n))
    return {facet: facets.count_grouped(facet, grouped[facet]) for facet in only}


def _order_by(sort: str, language: str, ranked: bool) -> tuple[str, list[Any]]:
    if sort == "oldest":
        return "d.date IS NULL, d.date ASC, d.id ASC", []
    if sort == "newest" or not ranked:
        return "d.date IS NULL, d.date DESC, d.id DESC", []
    # The reader's language first, then relevance.
    return "CASE WHEN d.languages LIKE %s THEN 0 ELSE 1 END, score DESC, d.id DESC", [
        f"% {language} %"
    ]


def search(user: Any, params: SearchParams, language: str) -> Results:
    """Run `params` for `user`, whose UI language is `language`; see the module docstring.

    Two statements: the facet counts (and so the total) over everything visible that matches,
    and the ranked page; both start from the same visibility condition inside the SQL.
    """
    language = analysis.language_code(language) or "en"
    query = querying.parse(params.q, language)
    condition, condition_params = visibility(user)
    selected = {f: v for f, v in dict(params.filters).items() if v}
    if query:
        match = backend().match(query)
        source, rank, rank_params = match.source, match.rank, list(match.rank_params)
        where, where_params = match.where, list(match.where_params)
    else:
        source, rank, rank_params = "search_document d", "0", []
        where, where_params = "1 = 1", []

    def matched(filters: dict[str, tuple[str, ...]]) -> tuple[str, list[Any]]:
        filter_sql, filter_params = filtering(filters)
        sql = f"FROM {source} WHERE {where} AND {condition} AND {filter_sql}"
        return sql, where_params + condition_params + filter_params

    base_sql, base_params = matched(selected)
    counters = _count_facets(base_sql, base_params)
    total = sum(counters["kind"].values())
    # A facet with chosen values is counted without its own filter, so the reader sees the
    # alternatives they may add (values of one facet are OR-ed).
    for facet in selected:
        if facet in _FACET_COLUMNS:
            others = {f: v for f, v in selected.items() if f != facet}
            other_sql, other_params = matched(others)
            counters[facet] = _count_facets(other_sql, other_params, (facet,))[facet]
    shown = (
        FACETS if roles.is_emn_member(user) else tuple(f for f in FACETS if f != "dissemination")
    )
    size = min(max(1, params.page_size), MAX_PAGE_SIZE)
    start = (max(1, params.page) - 1) * size
    page: list[tuple[Any, ...]] = []
    if start < total:
        order, order_params = _order_by(params.sort, language, bool(query))
        sql = f"SELECT d.id, ({rank}) * d.boost AS score {base_sql} ORDER BY {order} LIMIT %s OFFSET %s"
        with connection.cursor() as cursor:
            cursor.execute(sql, rank_params + base_params + order_params + [size, start])
            page = list(cursor.fetchall())
    return Results(
        params=params,
        total=total,
        hits=_hits(page, query.keys(), language),
        facets=facets.facet_values(counters, selected, language, shown),
        translations=query.translations,
        notices=query.notices,
    )


def _hits(page: list[tuple[Any, ...]], keys: frozenset[str], language: str) -> list[Hit]:
    documents = Document.objects.in_bulk([r[0] for r in page])
    kinds = registry.kind_labels()
    hits = []
    for row in page:
        document = documents.get(row[0])
        if document is None:
            continue
        title, title_language = _title(document.titles or {}, language)
        hits.append(
            Hit(
                source=document.source,
                object_id=document.object_id,
                kind=document.kind,
                kind_label=str(kinds.get(document.kind, document.kind)),
                title=title or _("(untitled)"),
                title_language=title_language,
                url=document.url,
                snippet=snippets.snippet(document.segments or [], keys, language),
                languages=tuple(document.languages.split()),
                date=document.date,
                dissemination=document.dissemination,
                score=float(row[1] or 0.0),
            )
        )
    return hits
