"""Dataflows: what the SDMX service publishes, one per dataset and one per indicator.

Rules:
- a dataset with a current release the reader may see is a dataflow of its own agency
  (`ESTAT` for re-published Eurostat tables, keeping Eurostat's codes; `EMN` for national
  data collections); an indicator the reader may see, whose inputs the reader may see, is a
  dataflow of agency `EMN`;
- a flow's id is its code in upper case (Eurostat's `MIGR_ASYAPPCTZA`), looked up in any
  case; every flow and structure is version 1.0, since a new release changes the data and
  the annotations, not the structure's identity;
- dimension ids are the columns of the observations (lower case, as Eurostat writes them),
  in series-key order, with 1-based `position`; `TIME_PERIOD` is the time dimension;
- `relation` is one DuckDB relation with the columns `<dimensions...>, time_period,
  obs_value, obs_flag`, whatever the flow's kind, so every data format reads the same way.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.conf import settings

from emn.stats import duck, reading
from emn.stats.codelists.display import code_label
from emn.stats.formats.common import quote_ident
from emn.stats.indicators import compute
from emn.stats.indicators.models import Indicator
from emn.stats.indicators.spec import SpecError
from emn.stats.models import Code, Dataset, Dimension, Release

VERSION = "1.0"
OWN_AGENCY = "EMN"
FLOW_KINDS = ("dataset", "indicator")


def languages() -> list[str]:
    """The languages every name is written in: the site's own."""
    return [code for code, _name in settings.LANGUAGES]


@dataclass
class FlowDimension:
    """A dimension of a flow: its id (= column), position, names and codes with labels."""

    id: str
    position: int
    source: Dimension
    codes: list[str]
    stored: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def codelist_id(self) -> str:
        """The code list's id at the flow's agency: Eurostat's GEO for `geo`."""
        return self.id.upper()

    def name(self, language: str) -> str:
        return self.source.label(language)

    def code_name(self, code: str, language: str) -> str:
        return code_label(self.id, code, language, self.stored.get(code))


@dataclass
class Annotation:
    """An SDMX annotation: a type, a title and, optionally, a text per language."""

    type: str
    title: str = ""
    texts: dict[str, str] = field(default_factory=dict)


@dataclass
class Flow:
    """A dataflow as the SDMX service serves it (see the module's rules)."""

    kind: str
    agency: str
    id: str
    names: dict[str, str]
    descriptions: dict[str, str]
    relation: str
    params: list[Any]
    updated: datetime
    seed: str
    dataset: Dataset | None = None
    release: Release | None = None
    indicator: Indicator | None = None
    inputs: list[Release] = field(default_factory=list)
    version: str = VERSION
    annotations: list[Annotation] = field(default_factory=list)
    _dimensions: list[FlowDimension] | None = None

    @property
    def urn(self) -> str:
        return f"urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow={self.ref}"

    @property
    def ref(self) -> str:
        """AGENCY:ID(VERSION), as SDMX-CSV's DATAFLOW column and URNs write it."""
        return f"{self.agency}:{self.id}({self.version})"

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names.get("en") or self.id

    def dimensions(self) -> list[FlowDimension]:
        """The flow's dimensions in series-key order, with their codes (read once)."""
        if self._dimensions is None:
            self._dimensions = (
                _dataset_dimensions(self.release)
                if self.release is not None
                else _indicator_dimensions(self)
            )
        return self._dimensions

    def flags(self) -> list[str]:
        """The observation flags the flow's values carry (the OBS_FLAG code list)."""
        if self.release is not None:
            return sorted(f for f in (self.release.flag_counts or {}) if f)
        rows = duck.fetch(
            f"SELECT DISTINCT obs_flag FROM {self.relation} WHERE obs_flag <> ''", self.params
        )
        return sorted(row[0] for row in rows if row[0])

    def etag(self, extra: str = "") -> str:
        """An entity tag that changes with the data and with `extra` (the request)."""
        digest = hashlib.sha256(f"{self.ref}:{self.seed}:{extra}".encode()).hexdigest()
        return f'"{digest[:32]}"'


def _dataset_dimensions(release: Release) -> list[FlowDimension]:
    dims = list(release.dimensions.order_by("position"))
    stored: dict[str, dict[str, dict[str, str]]] = {d.code: {} for d in dims}
    codes: dict[str, list[str]] = {d.code: [] for d in dims}
    for dim, code, labels in (
        Code.objects.filter(dimension__release=release)
        .order_by("code")
        .values_list("dimension__code", "code", "labels")
    ):
        codes[dim].append(code)
        if labels:
            stored[dim][code] = labels
    return [
        FlowDimension(d.code, i, d, codes[d.code], stored[d.code])
        for i, d in enumerate(dims, start=1)
    ]


def _indicator_dimensions(flow: Flow) -> list[FlowDimension]:
    """The indicator's aligned dimensions, named as in its first input, with the codes it has."""
    assert flow.indicator is not None and flow.inputs
    spec = compute.spec_of(flow.indicator)
    first = flow.inputs[0]
    by_code = {d.code: d for d in first.dimensions.all()}
    found: list[FlowDimension] = []
    for i, dim in enumerate(spec.align, start=1):
        rows = duck.fetch(
            f"SELECT DISTINCT {quote_ident(dim)} FROM {flow.relation} ORDER BY 1", flow.params
        )
        stored = {
            code: labels or {}
            for code, labels in Code.objects.filter(
                dimension__release=first, dimension__code=dim
            ).values_list("code", "labels")
        }
        found.append(FlowDimension(dim, i, by_code[dim], [r[0] for r in rows], stored))
    return found


def dataset_flow(dataset: Dataset) -> Flow:
    """The flow of a dataset with a current release."""
    release = dataset.current_release
    assert release is not None
    return Flow(
        kind="dataset",
        agency=(dataset.agency or "ESTAT").upper(),
        id=dataset.code.upper(),
        names={lang: dataset.title(lang) for lang in languages()},
        descriptions={k: v for k, v in (dataset.descriptions or {}).items() if v},
        relation=reading.source(release),
        params=[],
        updated=release.created_at,
        seed=f"{release.pk}:{release.checksum}",
        dataset=dataset,
        release=release,
        annotations=_release_annotations(release),
    )


def _release_annotations(release: Release) -> list[Annotation]:
    """What Eurostat annotates a dataflow with, from the release (and where it came from)."""
    return [
        Annotation("UPDATE_DATA", release.created_at.isoformat(timespec="seconds")),
        Annotation("OBS_COUNT", str(release.observations)),
        Annotation("OBS_PERIOD_OVERALL_OLDEST", release.first_period),
        Annotation("OBS_PERIOD_OVERALL_LATEST", release.last_period),
        Annotation("EMN_RELEASE", str(release.number)),
        Annotation("EMN_SOURCE_FORMAT", release.source_format),
    ]


def indicator_flow(indicator: Indicator, user: Any) -> Flow | None:
    """The flow of an indicator for `user`, or None when an input is out of the reader's sight
    or the indicator's spec does not fit its datasets."""
    try:
        spec = compute.spec_of(indicator)
        inputs, missing = compute.resolve(spec, user)
        if missing:
            return None
        sql, params = compute.query(spec, inputs)
    except SpecError:
        return None
    columns = "".join(f"{quote_ident(d)}, " for d in spec.align)
    relation = (
        f"(SELECT {columns}time_period, value AS obs_value, coalesce(flag, '') AS obs_flag "
        f"FROM ({sql}))"
    )
    updated = max(item.release.created_at for item in inputs)
    seed = ":".join(
        [
            indicator.updated_at.isoformat(),
            *(f"{i.release.pk}:{i.release.checksum}" for i in inputs),
        ]
    )
    return Flow(
        kind="indicator",
        agency=OWN_AGENCY,
        id=indicator.key.upper(),
        names={lang: indicator.name(lang) for lang in languages()},
        descriptions={k: v for k, v in (indicator.definitions or {}).items() if v},
        relation=relation,
        params=params,
        updated=max(updated, indicator.updated_at),
        seed=seed,
        indicator=indicator,
        inputs=[i.release for i in inputs],
        annotations=[
            Annotation("UPDATE_DATA", max(updated, indicator.updated_at).isoformat("T", "seconds")),
            Annotation("EMN_UNIT", indicator.unit),
            Annotation("EMN_DECIMALS", str(indicator.decimals)),
            Annotation("EMN_FORMULA", indicator.formula),
            Annotation("EMN_INPUTS", ",".join(i.dataset.code.upper() for i in inputs)),
        ],
    )


def visible_flows(user: Any, agency: str | None = None) -> list[Flow]:
    """Every flow `user` may read, datasets first, optionally of one agency."""
    wanted = None if agency in (None, "", "all", "*") else agency.upper()
    datasets = (
        Dataset.objects.visible_to(user)
        .filter(current_release__isnull=False)
        .select_related("current_release")
        .order_by("code")
    )
    flows = [dataset_flow(d) for d in datasets]
    if wanted in (None, OWN_AGENCY):
        for indicator in Indicator.objects.visible_to(user).order_by("position", "key"):
            flow = indicator_flow(indicator, user)
            if flow is not None:
                flows.append(flow)
    return [f for f in flows if wanted is None or f.agency == wanted]


def find_flow(
    user: Any, agency: str | None, flow_id: str, version: str | None = None
) -> Flow | None:
    """The flow `flow_id` (any case) of `agency` (or any) that `user` may read, or None."""
    if version not in (None, "", "latest", "*", "+", VERSION):
        return None
    wanted = None if agency in (None, "", "all", "*") else agency.upper()
    dataset = (
        Dataset.objects.visible_to(user)
        .filter(code__iexact=flow_id, current_release__isnull=False)
        .select_related("current_release")
        .first()
    )
    if dataset is not None:
        flow = dataset_flow(dataset)
        if wanted is None or flow.agency == wanted:
            return flow
    if wanted not in (None, OWN_AGENCY):
        return None
    indicator = Indicator.objects.visible_to(user).filter(key__iexact=flow_id).first()
    return indicator_flow(indicator, user) if indicator is not None else None


def parse_flow_ref(text: str) -> tuple[str | None, str, str | None]:
    """`MIGR_ASYAPPCTZA`, `ESTAT,MIGR_ASYAPPCTZA` or `ESTAT,MIGR_ASYAPPCTZA,1.0`:
    (agency or None, id, version or None). Raises ValueError on any other shape."""
    parts = [p.strip() for p in text.split(",")]
    if not 1 <= len(parts) <= 3 or not all(parts):
        raise ValueError(text)
    if len(parts) == 1:
        return None, parts[0], None
    return parts[0], parts[1], parts[2] if len(parts) == 3 else None
