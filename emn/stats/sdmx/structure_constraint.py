"""`GET /sdmx/2.1/contentconstraint/{agency}/{id}`: which codes and periods a flow really has.

Eurostat answers this query with an *actual* content constraint per dataflow, and clients
read it to offer only the codes that hold data (the `eurostat` package's `get_par_values`
and `get_dic(full=False)` do). Rules: the constraint of a flow has the flow's agency, id and
version; it is attached to the dataflow and holds one cube region (`include="true"`) with a
`KeyValue` per dimension listing the codes that occur, and one for `TIME_PERIOD` listing the
periods; `actualconstraint` is the same query; only flows the reader may see are answered
(404, code 100, otherwise), with the validators of the flows they are made of.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.utils import timezone
from lxml import etree

from emn.stats import duck
from emn.stats.sdmx.caching import stamp, unchanged
from emn.stats.sdmx.errors import no_results, sdmx_view
from emn.stats.sdmx.flows import Flow, languages, visible_flows
from emn.stats.sdmx.structure_query import parse
from emn.stats.sdmx.structure_xml import CONTENT_TYPE, NSMAP, C, M, S, header, texts

_URN = "urn:sdmx:org.sdmx.infomodel.registry.ContentConstraint="


@sdmx_view
def constraint(
    request: HttpRequest,
    resource: str,
    agency: str | None = None,
    resource_id: str | None = None,
    version: str | None = None,
) -> HttpResponseBase:
    """The actual content constraints of the flows the query names (see the module)."""
    query = parse("dataflow", agency, resource_id, version, request.GET)
    flows = [f for f in visible_flows(request.user) if query.wants(f.agency, f.id)]
    if not flows:
        raise no_results(f"No content constraint matches {resource}/{query.described()[9:]}.")
    etag, modified, not_modified = unchanged(request, flows)
    if not_modified is not None:
        return not_modified
    response = HttpResponse(message(flows), content_type=CONTENT_TYPE)
    return stamp(response, etag, modified)


def message(flows: list[Flow]) -> bytes:
    """A Structure message with one actual content constraint per flow."""
    root = etree.Element(M + "Structure", nsmap=NSMAP)
    header(root, timezone.now())
    box = etree.SubElement(etree.SubElement(root, M + "Structures"), S + "Constraints")
    for flow in flows:
        _constraint(box, flow)
    body = etree.tostring(root, xml_declaration=False, encoding="UTF-8", pretty_print=True)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body


def _constraint(box: etree._Element, flow: Flow) -> None:
    element = etree.SubElement(box, S + "ContentConstraint", id=flow.id, urn=_URN + flow.ref)
    element.set("agencyID", flow.agency)
    element.set("version", flow.version)
    element.set("isFinal", "true")
    element.set("type", "Actual")
    texts(element, C + "Name", {lang: flow.name(lang) for lang in languages()})
    attachment = etree.SubElement(element, S + "ConstraintAttachment")
    ref = etree.SubElement(etree.SubElement(attachment, S + "Dataflow"), "Ref", id=flow.id)
    ref.set("agencyID", flow.agency)
    ref.set("version", flow.version)
    ref.set("package", "datastructure")
    ref.set("class", "Dataflow")
    region = etree.SubElement(element, S + "CubeRegion", include="true")
    for dimension in flow.dimensions():
        _values(region, dimension.id, dimension.codes)
    _values(region, "TIME_PERIOD", _periods(flow))


def _values(region: etree._Element, component: str, values: list[str]) -> None:
    key = etree.SubElement(region, C + "KeyValue", id=component)
    for value in values:
        etree.SubElement(key, C + "Value").text = value


def _periods(flow: Flow) -> list[str]:
    rows = duck.fetch(f"SELECT DISTINCT time_period FROM {flow.relation}", flow.params)
    return sorted((row[0] for row in rows), key=lambda p: (len(p), p))
