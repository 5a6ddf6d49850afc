"""Defining a template and launching a collection from it (re-exported by `services`)."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from emn.contributions import services as engine
from emn.contributions import tasks as engine_tasks
from emn.contributions.models import Request
from emn.core import audit
from emn.core.dissemination import DisseminationLevel
from emn.network.models import Country, ExpertGroup
from emn.stats.collections import permissions
from emn.stats.collections.models import Collection, CollectionTemplate, CollectionVariable
from emn.stats.models import Dataset

Kind = CollectionVariable.Kind
Unit = CollectionVariable.Unit
# The units a kind may be measured in: money in euro, yes/no as 1 or 0.
UNITS_OF_KIND: dict[str, tuple[str, ...]] = {
    Kind.INTEGER: (Unit.NR, Unit.PER),
    Kind.DECIMAL: (Unit.NR, Unit.PER, Unit.PC, Unit.EUR),
    Kind.MONEY: (Unit.EUR,),
    Kind.YES_NO: (Unit.YES_NO,),
}
VARIABLE_CODE = re.compile(r"^[A-Z][A-Z0-9_]{0,39}$")
DATASET_CODE = re.compile(r"^[a-z][a-z0-9_]{1,79}$")
FIRST_YEAR = 2000


@dataclass(frozen=True)
class VariableSpec:
    """A variable as the definer gives it."""

    code: str
    labels: dict[str, str]
    unit: str
    kind: str
    required: bool = True
    minimum: Decimal | None = None


def _deny(allowed: bool, message: str) -> None:
    if not allowed:
        raise PermissionDenied(message)


def _texts(texts: dict[str, str], field: str) -> dict[str, str]:
    """Texts per language: known languages only, at least one."""
    known = {code for code, _name in settings.LANGUAGES}
    clean = {lang: (text or "").strip() for lang, text in (texts or {}).items()}
    clean = {lang: text for lang, text in clean.items() if text}
    unknown = sorted(set(clean) - known)
    if unknown:
        raise ValidationError({field: _("Unknown languages: %s.") % ", ".join(unknown)})
    if not clean:
        raise ValidationError({field: _("Give it in at least one language.")})
    return clean


def _variable(spec: VariableSpec, position: int) -> CollectionVariable:
    code = spec.code.strip().upper()
    where = code or str(position + 1)
    if not VARIABLE_CODE.match(code):
        raise ValidationError(
            {"variables": _("%s: a code is upper-case letters, digits and _.") % where}
        )
    if spec.kind not in Kind.values or spec.unit not in UNITS_OF_KIND[spec.kind]:
        raise ValidationError(
            {"variables": _("%(code)s: the unit does not fit the kind.") % {"code": where}}
        )
    return CollectionVariable(
        position=position,
        code=code,
        labels=_texts(spec.labels, "variables"),
        unit=spec.unit,
        kind=spec.kind,
        required=spec.required,
        minimum=spec.minimum,
    )


def _variables(specs: Iterable[VariableSpec]) -> list[CollectionVariable]:
    variables = [_variable(spec, position) for position, spec in enumerate(specs)]
    if not variables:
        raise ValidationError({"variables": _("Ask for at least one variable.")})
    codes = [v.code for v in variables]
    doubles = sorted({c for c in codes if codes.count(c) > 1})
    if doubles:
        raise ValidationError({"variables": _("Codes used twice: %s.") % ", ".join(doubles)})
    return variables


def define_template(
    actor: Any,
    *,
    key: str,
    names: dict[str, str],
    variables: Iterable[VariableSpec],
    expert_group: ExpertGroup | None = None,
    descriptions: dict[str, str] | None = None,
    dimension: str = "indic",
) -> CollectionTemplate:
    """Define a template: what each country gives per year, variable by variable.

    Rule: a unique key; names in known languages; variable codes unique, each unit fitting
    its kind. Permission: `can_define_template` (the Commission, or a member of the
    owning expert group). Audit: `stats.define_template`.
    """
    _deny(
        permissions.can_define_template(actor, expert_group),
        _("Only the Commission and the group's members define its templates."),
    )
    key = slugify(key or "")
    if not key:
        raise ValidationError({"key": _("Give the template a key.")})
    if CollectionTemplate.objects.filter(key=key).exists():
        raise ValidationError({"key": _("A template with this key exists.")})
    dimension = slugify(dimension or "").replace("-", "_")
    if dimension in ("", "unit", "geo", "time_period", "obs_value", "obs_flag", "src_line"):
        raise ValidationError({"dimension": _("Choose another name for the variable dimension.")})
    template = CollectionTemplate(
        key=key,
        names=_texts(names, "names"),
        descriptions={k: v.strip() for k, v in (descriptions or {}).items() if v.strip()},
        expert_group=expert_group,
        dimension=dimension,
        created_by=actor,
    )
    rows = _variables(variables)
    with transaction.atomic():
        template.save()
        for row in rows:
            row.template = template
        CollectionVariable.objects.bulk_create(rows)
        audit.record(
            actor,
            "stats.define_template",
            template,
            after={
                **audit.snapshot(template, ["key", "expert_group", "dimension"]),
                "names": template.names,
                "variables": [r.code for r in rows],
            },
        )
    return template


def _years(years: Iterable[int]) -> list[int]:
    chosen = sorted({int(year) for year in years})
    last = timezone.localdate().year
    if not chosen:
        raise ValidationError({"years": _("Ask for at least one year.")})
    if chosen[0] < FIRST_YEAR or chosen[-1] > last:
        raise ValidationError(
            {"years": _("Years from %(first)s to %(last)s.") % {"first": FIRST_YEAR, "last": last}}
        )
    return chosen


def _dataset_code(code: str) -> str:
    code = (code or "").strip().lower()
    if not DATASET_CODE.match(code):
        raise ValidationError(
            {"dataset_code": _("Lower-case letters, digits and _, starting with a letter.")}
        )
    if (
        Collection.objects.filter(dataset_code=code).exists()
        or Dataset.objects.filter(code=code).exists()
    ):
        raise ValidationError({"dataset_code": _("A dataset with this code exists.")})
    return code


def launch_collection(
    actor: Any,
    template: CollectionTemplate,
    *,
    title: str,
    years: Iterable[int],
    deadline: datetime.date,
    dataset_code: str,
    dissemination: str = DisseminationLevel.EMN,
    countries: Iterable[Country] | None = None,
) -> Collection:
    """Ask countries (default: every participating one) to fill in a template for some years.

    Rule: years between 2000 and this year; a new dataset code; the deadline not past; one
    contribution per country, opened at once through the engine (`open_request`), whose
    coordinators are told by e-mail. Permission: `can_launch_collection`. Audit:
    `stats.launch_collection` (and `contributions.open_request`).
    """
    _deny(
        permissions.can_launch_collection(actor, template),
        _("Only the Commission and the group's members launch collections of this template."),
    )
    title = (title or "").strip()
    if not title:
        raise ValidationError({"title": _("Give the collection a title.")})
    if dissemination not in DisseminationLevel.values:
        raise ValidationError({"dissemination": _("Choose a dissemination level.")})
    chosen = _years(years)
    code = _dataset_code(dataset_code)
    with transaction.atomic():
        request = Request.objects.create(
            kind=Request.Kind.DATA_COLLECTION,
            title=title,
            requested_by=actor,
            deadline=deadline,
        )
        collection = Collection.objects.create(
            template=template,
            request=request,
            years=chosen,
            dataset_code=code,
            dissemination=dissemination,
            created_by=actor,
        )
        engine.open_request(actor, request, None if countries is None else list(countries))
        audit.record(actor, "stats.launch_collection", collection, after=audit.snapshot(collection))
        transaction.on_commit(partial(engine_tasks.notify_request_opened.enqueue, request.pk))
    return collection
