"""Which artefacts a structure query resolves to, and how each is written.

Rules:
- every flow the reader may see (`visible_flows`, never anything else) brings a dataflow, a
  data structure and a concept scheme, each with the flow's agency and id, version 1.0;
- a code list is (agency, dimension id in upper case, 1.0), plus `OBS_FLAG` at every agency:
  its codes are the union over the visible flows of that agency using it, so a code of a flow
  the reader may not see never shows (see `structure_codelists`);
- the graph, as SDMX REST reads it: dataflow -> data structure -> code lists and concept
  scheme. `parents` are the artefacts using the queried one, `parentsandsiblings` adds the
  other children of those parents, `children` the artefacts it uses, `descendants` those
  recursively, `all` = parentsandsiblings + descendants, and a resource name keeps the
  artefacts of that type among the ancestors and the descendants;
- `detail`: the queried artefacts are full unless `allstubs`/`allcompletestubs`; the
  referenced ones are stubs for `*stubs`, complete stubs for `*completestubs`, and with
  `referencepartial` their code lists hold only the codes of the queried artefacts' flows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum

from emn.stats.sdmx.errors import no_results
from emn.stats.sdmx.flows import VERSION, Flow, visible_flows
from emn.stats.sdmx.structure_query import StructureQuery

FLAG_LIST = "OBS_FLAG"
ORDER = ("dataflow", "codelist", "conceptscheme", "datastructure")  # the message's order


class Mode(Enum):
    """How an artefact is written (SDMX REST `detail`)."""

    FULL = "full"
    STUB = "stub"
    COMPLETE_STUB = "completestub"


@dataclass
class Artefact:
    """A maintainable artefact; `flows` are the flows it is made from (one but for code lists)."""

    kind: str
    agency: str
    id: str
    flows: list[Flow]
    partial: bool = False
    mode: Mode = Mode.FULL
    version: str = VERSION

    @property
    def key(self) -> tuple[str, str, str]:
        return self.kind, self.agency, self.id


@dataclass
class Graph:
    """The artefacts the reader may see, built lazily from the visible flows."""

    flows: list[Flow]
    _codelists: dict[tuple[str, str], list[Flow]] | None = field(default=None, repr=False)

    def codelists(self) -> dict[tuple[str, str], list[Flow]]:
        """(agency, code list id) -> the flows using it, in flow order (reads dimensions)."""
        if self._codelists is None:
            found: dict[tuple[str, str], list[Flow]] = {}
            for flow in self.flows:
                ids = [d.codelist_id for d in flow.dimensions()] + [FLAG_LIST]
                for list_id in ids:
                    found.setdefault((flow.agency, list_id), []).append(flow)
            self._codelists = found
        return self._codelists

    def of_flows(self, kind: str) -> list[Artefact]:
        return [Artefact(kind, f.agency, f.id, [f]) for f in self.flows]

    def all_codelists(self) -> list[Artefact]:
        return [Artefact("codelist", a, i, fl) for (a, i), fl in self.codelists().items()]

    def children(self, artefact: Artefact) -> list[Artefact]:
        if artefact.kind == "dataflow":
            return [Artefact("datastructure", artefact.agency, artefact.id, artefact.flows)]
        if artefact.kind != "datastructure":
            return []
        flow = artefact.flows[0]
        ids = [d.codelist_id for d in flow.dimensions()] + [FLAG_LIST]
        lists = self.codelists()
        return [Artefact("codelist", flow.agency, i, lists[(flow.agency, i)]) for i in ids] + [
            Artefact("conceptscheme", flow.agency, flow.id, [flow])
        ]

    def parents(self, artefact: Artefact) -> list[Artefact]:
        if artefact.kind == "datastructure":
            return [Artefact("dataflow", artefact.agency, artefact.id, artefact.flows)]
        if artefact.kind == "conceptscheme":
            return [Artefact("datastructure", artefact.agency, artefact.id, artefact.flows)]
        if artefact.kind == "codelist":
            users = self.codelists().get((artefact.agency, artefact.id), [])
            return [Artefact("datastructure", f.agency, f.id, [f]) for f in users]
        return []


def select(query: StructureQuery, user: object) -> list[Artefact]:
    """The artefacts answering `query` for `user`, in message order; 404 when none match."""
    agency = query.agencies[0] if query.agencies and len(query.agencies) == 1 else None
    graph = Graph(visible_flows(user, agency))
    candidates = (
        graph.all_codelists() if query.resource == "codelist" else graph.of_flows(query.resource)
    )
    main = [a for a in candidates if query.wants(a.agency, a.id)]
    if not main:
        raise no_results(f"No results found for {query.described()}: nothing matches.")
    main_mode = {"allstubs": Mode.STUB, "allcompletestubs": Mode.COMPLETE_STUB}
    for artefact in main:
        artefact.mode = main_mode.get(query.detail, Mode.FULL)
    found = {a.key: a for a in main}
    for artefact in main:
        for ref in _references(graph, artefact, query.references):
            found.setdefault(ref.key, _as_reference(ref, query.detail, main))
    return sorted(found.values(), key=lambda a: (ORDER.index(a.kind), a.agency, a.id))


def involved_flows(artefacts: list[Artefact]) -> list[Flow]:
    """Every flow an answer is made from, once, in a stable order (for the entity tag)."""
    seen: dict[str, Flow] = {}
    for artefact in artefacts:
        for flow in artefact.flows:
            seen.setdefault(flow.ref, flow)
    return [seen[ref] for ref in sorted(seen)]


def _references(graph: Graph, artefact: Artefact, references: str) -> list[Artefact]:
    if references == "none":
        return []
    if references == "parents":
        return graph.parents(artefact)
    if references == "children":
        return graph.children(artefact)
    if references == "descendants":
        return _closure(graph.children, artefact)
    if references == "parentsandsiblings":
        return _parents_and_siblings(graph, artefact)
    if references == "all":
        return _parents_and_siblings(graph, artefact) + _closure(graph.children, artefact)
    related = _closure(graph.parents, artefact) + _closure(graph.children, artefact)
    return [a for a in related if a.kind == references]


def _parents_and_siblings(graph: Graph, artefact: Artefact) -> list[Artefact]:
    parents = graph.parents(artefact)
    siblings = [c for p in parents for c in graph.children(p) if c.key != artefact.key]
    return parents + siblings


def _closure(step: Callable[[Artefact], list[Artefact]], artefact: Artefact) -> list[Artefact]:
    """The artefacts reached from `artefact` by repeating `step` (children or parents)."""
    found: dict[tuple[str, str, str], Artefact] = {}
    todo = list(step(artefact))
    while todo:
        item = todo.pop(0)
        if item.key not in found:
            found[item.key] = item
            todo.extend(step(item))
    return list(found.values())


def _as_reference(artefact: Artefact, detail: str, main: list[Artefact]) -> Artefact:
    """A referenced artefact written as `detail` says (stub, complete stub, partial, full)."""
    if detail in ("allstubs", "referencestubs"):
        artefact.mode = Mode.STUB
    elif detail in ("allcompletestubs", "referencecompletestubs"):
        artefact.mode = Mode.COMPLETE_STUB
    elif detail == "referencepartial" and artefact.kind == "codelist":
        scope = {f.ref for a in main for f in a.flows}
        used = [f for f in artefact.flows if f.ref in scope]
        if used and len(used) < len(artefact.flows):
            artefact.flows, artefact.partial = used, True
    return artefact
