"""The data structure and the concept scheme of a flow, as SDMX-ML 2.1 elements.

Rules (one DSD per flow, id = flow id, agency = flow agency, 1.0, like Eurostat's):
- the DimensionList holds a `Dimension` per series-key dimension, id = the column (`geo`),
  `position` 1-based in key order, its concept in the flow's concept scheme and its values
  enumerated by code list (agency, `GEO`, 1.0); then `TIME_PERIOD` at position n+1 with
  text type ObservationalTimePeriod;
- `OBS_FLAG` is a conditional attribute of the primary measure, enumerated by the agency's
  `OBS_FLAG` code list; `OBS_VALUE` is the primary measure, a double (NaN when missing);
- the concept scheme (id = flow id) has one concept per dimension, named like the dimension,
  then TIME_PERIOD, OBS_VALUE and OBS_FLAG with translated names.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from lxml import etree

from emn.stats.sdmx.errors import STRUCTURE_NS
from emn.stats.sdmx.flows import VERSION, Flow
from emn.stats.sdmx.structure_codelists import FLAG_LIST_NAME, translated
from emn.stats.sdmx.structure_select import FLAG_LIST

S = f"{{{STRUCTURE_NS}}}"
COMMON_CONCEPTS = {
    "TIME_PERIOD": _("Time"),
    "OBS_VALUE": _("Observation value"),
    "OBS_FLAG": FLAG_LIST_NAME,
}
_DSD_URN = "urn:sdmx:org.sdmx.infomodel.datastructure."


def concepts(flow: Flow, langs: list[str]) -> list[tuple[str, dict[str, str]]]:
    """(concept id, names by language) of the flow's concept scheme, in component order."""
    found = [(d.id, {lang: d.name(lang) for lang in langs}) for d in flow.dimensions()]
    return found + [(cid, translated(text, langs)) for cid, text in COMMON_CONCEPTS.items()]


def components(parent: etree._Element, flow: Flow) -> None:
    """Append the DataStructureComponents of `flow`'s DSD to `parent`."""
    ref = f"{flow.agency}:{flow.id}({VERSION})"
    box = etree.SubElement(parent, S + "DataStructureComponents")
    dims = etree.SubElement(
        box, S + "DimensionList", id="DimensionDescriptor", urn=_urn("DimensionDescriptor", ref)
    )
    for dim in flow.dimensions():
        item = etree.SubElement(
            dims, S + "Dimension", id=dim.id, urn=_urn("Dimension", ref, dim.id)
        )
        item.set("position", str(dim.position))
        _concept(item, flow, dim.id)
        _enumeration(item, flow.agency, dim.codelist_id)
    time = etree.SubElement(
        dims, S + "TimeDimension", id="TIME_PERIOD", urn=_urn("TimeDimension", ref, "TIME_PERIOD")
    )
    time.set("position", str(len(flow.dimensions()) + 1))
    _concept(time, flow, "TIME_PERIOD")
    representation = etree.SubElement(time, S + "LocalRepresentation")
    etree.SubElement(representation, S + "TextFormat", textType="ObservationalTimePeriod")
    _attributes(box, flow, ref)
    _measure(box, flow, ref)


def _attributes(box: etree._Element, flow: Flow, ref: str) -> None:
    attributes = etree.SubElement(
        box, S + "AttributeList", id="AttributeDescriptor", urn=_urn("AttributeDescriptor", ref)
    )
    flag = etree.SubElement(
        attributes, S + "Attribute", id="OBS_FLAG", urn=_urn("DataAttribute", ref, "OBS_FLAG")
    )
    flag.set("assignmentStatus", "Conditional")
    _concept(flag, flow, "OBS_FLAG")
    _enumeration(flag, flow.agency, FLAG_LIST)
    relationship = etree.SubElement(flag, S + "AttributeRelationship")
    measure = etree.SubElement(relationship, S + "PrimaryMeasure")
    etree.SubElement(measure, "Ref", id="OBS_VALUE")


def _measure(box: etree._Element, flow: Flow, ref: str) -> None:
    measures = etree.SubElement(
        box, S + "MeasureList", id="MeasureDescriptor", urn=_urn("MeasureDescriptor", ref)
    )
    measure = etree.SubElement(
        measures, S + "PrimaryMeasure", id="OBS_VALUE", urn=_urn("PrimaryMeasure", ref, "OBS_VALUE")
    )
    _concept(measure, flow, "OBS_VALUE")
    representation = etree.SubElement(measure, S + "LocalRepresentation")
    etree.SubElement(representation, S + "TextFormat", textType="Double")


def _concept(parent: etree._Element, flow: Flow, concept_id: str) -> None:
    identity = etree.SubElement(parent, S + "ConceptIdentity")
    ref = etree.SubElement(identity, "Ref", id=concept_id, maintainableParentID=flow.id)
    ref.set("maintainableParentVersion", VERSION)
    ref.set("agencyID", flow.agency)
    ref.set("package", "conceptscheme")
    ref.set("class", "Concept")


def _enumeration(parent: etree._Element, agency: str, list_id: str) -> None:
    representation = etree.SubElement(parent, S + "LocalRepresentation")
    enumeration = etree.SubElement(representation, S + "Enumeration")
    ref = etree.SubElement(enumeration, "Ref", id=list_id, version=VERSION, agencyID=agency)
    ref.set("package", "codelist")
    ref.set("class", "Codelist")


def _urn(kind: str, ref: str, item: str | None = None) -> str:
    """The URN of a DSD component: `...Dimension=ESTAT:MIGR_X(1.0).geo`."""
    if kind.endswith("Descriptor"):
        item = kind
    return f"{_DSD_URN}{kind}={ref}.{item}"
