"""Writing sets of concept versions in bulk: imports, approvals and editions go through here.

Callers (services) check permissions, validate and open the transaction; `write` only stores.
Child rows are inserted with `executemany` on a raw cursor rather than the ORM's
`bulk_create`: a 5,000-concept, 27-language glossary is half a million rows, and building a
model instance per row would cost more than parsing the file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import unquote, urlsplit

from django.db import connection, models
from django.utils import timezone
from django.utils.text import slugify

from emn.core.models import Theme
from emn.glossary.models import (
    Concept,
    ConceptVersion,
    Definition,
    Edition,
    Label,
    Mapping,
    Note,
    Relation,
    Scheme,
    Stage,
)
from emn.glossary.records import ConceptData, sort_key

BATCH = 2000
CHILDREN: tuple[type[models.Model], ...] = (Label, Definition, Note, Relation, Mapping)


def key_from_uri(uri: str) -> str:
    """A readable page key from a URI: its last path segment or fragment, as a slug."""
    parts = urlsplit(uri)
    tail = parts.fragment or parts.path.rstrip("/").rsplit("/", 1)[-1] or parts.netloc
    if ":" in tail and not parts.netloc:  # urn:x:y
        tail = tail.rsplit(":", 1)[-1]
    return slugify(unquote(tail))[:100] or "concept"


def _unique_keys(scheme: Scheme, records: Sequence[ConceptData]) -> dict[str, str]:
    """A key for each new concept, unique in the scheme (suffix -2, -3 ... on collisions)."""
    taken = set(Concept.objects.filter(scheme=scheme).values_list("key", flat=True))
    keys: dict[str, str] = {}
    for record in records:
        base = slugify(record.key)[:100] if record.key else key_from_uri(record.uri)
        candidate, n = base, 1
        while candidate in taken:
            n += 1
            candidate = f"{base}-{n}"
        taken.add(candidate)
        keys[record.uri] = candidate
    return keys


def _among(query: Any, field: str, values: Sequence[Any]) -> Any:
    """`query` narrowed to `field` in `values`; above SQLite's parameter comfort zone the
    caller's query (already limited to one scheme) is returned whole and filtered in Python."""
    return query.filter(**{f"{field}__in": values}) if len(values) <= 900 else query


def ensure_concepts(scheme: Scheme, records: Sequence[ConceptData]) -> dict[str, int]:
    """Concept ids by URI for `records`, creating the concepts that do not exist yet."""
    uris = [r.uri for r in records]
    in_scheme = Concept.objects.filter(scheme=scheme)
    ids = dict(_among(in_scheme, "uri", uris).values_list("uri", "pk"))
    missing = [r for r in records if r.uri not in ids]
    if missing:
        elsewhere = Concept.objects.filter(uri__in=[r.uri for r in missing[:900]]).first()
        if elsewhere is not None:
            raise KeyError(f"the concept {elsewhere.uri} belongs to another scheme")
        keys = _unique_keys(scheme, missing)
        now = timezone.now()
        Concept.objects.bulk_create(
            [Concept(scheme=scheme, uri=r.uri, key=keys[r.uri], created_at=now) for r in missing],
            batch_size=BATCH,
        )
        created = [r.uri for r in missing]
        ids.update(_among(in_scheme, "uri", created).values_list("uri", "pk"))
    return ids


def _insert(
    model: type[models.Model], columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> None:
    """INSERT rows into `model`'s table with one prepared statement, in batches."""
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    names = ", ".join(quote(c) for c in columns)
    marks = ", ".join(["%s"] * len(columns))
    sql = f"INSERT INTO {table} ({names}) VALUES ({marks})"
    batch: list[Sequence[Any]] = []
    with connection.cursor() as cursor:
        for row in rows:
            batch.append(row)
            if len(batch) >= BATCH:
                cursor.executemany(sql, batch)
                batch = []
        if batch:
            cursor.executemany(sql, batch)


def _clear_children(version_ids: Sequence[int]) -> None:
    for start in range(0, len(version_ids), 900):
        chunk = version_ids[start : start + 900]
        for model in CHILDREN:
            model._default_manager.filter(version_id__in=chunk).delete()
        ConceptVersion.themes.through.objects.filter(conceptversion_id__in=chunk).delete()


def _versions(
    scheme: Scheme,
    concept_ids: dict[str, int],
    records: Sequence[ConceptData],
    stage: str,
    edition: Edition | None,
    user: Any,
) -> tuple[dict[str, int], set[int]]:
    """Version ids by concept URI, updating or creating the version heads; and the ids of
    the versions that existed before (only those can have child rows to clear)."""
    now = timezone.now()
    updated_by = user if getattr(user, "is_authenticated", False) else None
    replaced = [r.replaced_by for r in records if r.replaced_by]
    replaced_ids = dict(
        _among(Concept.objects.filter(scheme=scheme), "uri", replaced).values_list("uri", "pk")
    )
    in_set = ConceptVersion.objects.filter(concept__scheme=scheme, stage=stage, edition=edition)
    wanted = [concept_ids[r.uri] for r in records]
    existing = {v.concept_id: v for v in _among(in_set, "concept_id", wanted)}
    to_update: list[ConceptVersion] = []
    to_create: list[ConceptVersion] = []
    for record in records:
        concept_id = concept_ids[record.uri]
        version = existing.get(concept_id) or ConceptVersion(
            concept_id=concept_id, stage=stage, edition=edition
        )
        version.status = record.status
        version.replaced_by_id = replaced_ids.get(record.replaced_by or "")
        version.updated_at = now
        version.updated_by = updated_by
        (to_update if version.pk else to_create).append(version)
    fields = ["status", "replaced_by", "updated_at", "updated_by"]
    ConceptVersion.objects.bulk_update(to_update, fields, batch_size=BATCH)
    ConceptVersion.objects.bulk_create(to_create, batch_size=BATCH)
    ids = dict(_among(in_set, "concept_id", wanted).values_list("concept_id", "pk"))
    return {r.uri: ids[concept_ids[r.uri]] for r in records}, {v.pk for v in to_update}


def write(
    scheme: Scheme,
    records: Sequence[ConceptData],
    stage: str = Stage.WORKING,
    edition: Edition | None = None,
    user: Any = None,
) -> dict[str, int]:
    """Make `records` the content of their concepts in `stage` (or in `edition`).

    Concepts are created as needed; every relation target must be a concept of the scheme
    (or among `records`), else `KeyError` names it. Returns version ids by concept URI.
    Run inside the caller's transaction.
    """
    concept_ids = ensure_concepts(scheme, records)
    targets = {u for r in records for u in (*r.broader, *r.related)} - set(concept_ids)
    if targets:
        in_scheme = Concept.objects.filter(scheme=scheme)
        found = dict(_among(in_scheme, "uri", list(targets)).values_list("uri", "pk"))
        found = {uri: pk for uri, pk in found.items() if uri in targets}
        missing = targets - set(found)
        if missing:
            raise KeyError(f"relation to a concept that is not in the scheme: {sorted(missing)[0]}")
        concept_ids = {**concept_ids, **found}
    version_ids, existed = _versions(scheme, concept_ids, records, stage, edition, user)
    _clear_children([pk for pk in version_ids.values() if pk in existed])
    _write_children(records, version_ids, concept_ids)
    return version_ids


def _write_children(
    records: Sequence[ConceptData], version_ids: dict[str, int], concept_ids: dict[str, int]
) -> None:
    themes = dict(Theme.objects.values_list("code", "pk"))
    _insert(
        Label,
        ["version_id", "kind", "language", "country", "value", "sort_key", "position"],
        (
            (version_ids[r.uri], lb.kind, lb.language, lb.country, lb.value, sort_key(lb.value), i)
            for r in records
            for i, lb in enumerate(r.labels)
        ),
    )
    _insert(
        Definition,
        [
            "version_id",
            "language",
            "country",
            "context",
            "text",
            "source",
            "source_url",
            "position",
        ],
        (
            (
                version_ids[r.uri],
                d.language,
                d.country,
                d.context,
                d.text,
                d.source,
                d.source_url,
                i,
            )
            for r in records
            for i, d in enumerate(r.definitions)
        ),
    )
    _insert(
        Note,
        ["version_id", "kind", "language", "country", "text", "position"],
        (
            (version_ids[r.uri], n.kind, n.language, n.country, n.text, i)
            for r in records
            for i, n in enumerate(r.notes)
        ),
    )
    _insert(
        Relation,
        ["version_id", "kind", "target_id"],
        (
            (version_ids[r.uri], kind, concept_ids[target])
            for r in records
            for kind, targets in (("broader", r.broader), ("related", r.related))
            for target in dict.fromkeys(targets)
        ),
    )
    _insert(
        Mapping,
        ["version_id", "kind", "uri"],
        (
            (version_ids[r.uri], kind, uri)
            for r in records
            for kind, uri in dict.fromkeys(r.mappings)
        ),
    )
    _insert(
        ConceptVersion.themes.through,
        ["conceptversion_id", "theme_id"],
        (
            (version_ids[r.uri], themes[code])
            for r in records
            for code in dict.fromkeys(r.themes)
            if code in themes
        ),
    )


def copy_stage(
    scheme: Scheme,
    records: Sequence[ConceptData],
    source: str = Stage.WORKING,
    target: str = Stage.APPROVED,
    user: Any = None,
) -> dict[str, int]:
    """Make the `target` versions of `records`' concepts copies of their `source` versions.

    `records` give the heads (status, "use instead"); the child rows are copied inside the
    database (INSERT ... SELECT), which is how an import stores its approved copy without
    sending every term twice. Returns the target version ids by concept URI.
    """
    concept_ids = ensure_concepts(scheme, records)
    version_ids, existed = _versions(scheme, concept_ids, records, target, None, user)
    targets = list(version_ids.values())
    _clear_children([pk for pk in targets if pk in existed])
    version_table = connection.ops.quote_name(ConceptVersion._meta.db_table)
    through = ConceptVersion.themes.through
    tables: list[tuple[type[models.Model], str]] = [(model, "version_id") for model in CHILDREN]
    tables.append((through, "conceptversion_id"))
    with connection.cursor() as cursor:
        for model, link in tables:
            columns = [
                str(f.column) for f in model._meta.concrete_fields if f.column not in ("id", link)
            ]
            quoted = ", ".join(connection.ops.quote_name(c) for c in columns)
            sql = (
                f"INSERT INTO {connection.ops.quote_name(model._meta.db_table)} ({link}, {quoted}) "
                f"SELECT t.id, {', '.join('c.' + connection.ops.quote_name(c) for c in columns)} "
                # From the target versions (few, by id) to their sources to the rows: CROSS
                # JOIN fixes that order on SQLite, whose planner would scan the child table.
                f"FROM {version_table} t CROSS JOIN {version_table} s "
                f"CROSS JOIN {connection.ops.quote_name(model._meta.db_table)} c "
                f"WHERE t.id IN ({{ids}}) AND t.stage = %s AND t.edition_id IS NULL "
                f"AND s.concept_id = t.concept_id AND s.stage = %s AND s.edition_id IS NULL "
                f"AND c.{link} = s.id"
            )
            for start in range(0, len(targets), 900):
                chunk = targets[start : start + 900]
                cursor.execute(
                    sql.format(ids=", ".join(["%s"] * len(chunk))), [*chunk, target, source]
                )
    return version_ids


def clean_space(value: str) -> str:
    """Terms are stored with single spaces and no spaces at the ends."""
    return re.sub(r"\s+", " ", value or "").strip()
