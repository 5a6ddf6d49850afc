"""The SDMX-ML 2.1 Structure message: header, then dataflows, code lists, concepts, DSDs.

Rules:
- the message validates against SDMXMessage.xsd (element order fixed by the schema:
  Annotations, Name per language, Description, then the artefact's own children);
- the header has a unique ID, Test false, Prepared (now, UTC) and Sender `EMN`;
- every name is written in every site language (`xml:lang`);
- a full artefact is final (`isFinal="true"`); a stub carries `isExternalReference="true"`,
  a `structureURL` where the full artefact is served, its names and no children; a complete
  stub adds its descriptions, annotations and isFinal; a partial code list says so with
  `isPartial="true"`.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime

from lxml import etree

from emn.stats.sdmx import structure_codelists
from emn.stats.sdmx.errors import COMMON_NS, MESSAGE_NS, STRUCTURE_NS
from emn.stats.sdmx.flows import OWN_AGENCY, Annotation, Flow, languages
from emn.stats.sdmx.structure_dsd import components, concepts
from emn.stats.sdmx.structure_select import ORDER, Artefact, Mode

M, S, C = (f"{{{ns}}}" for ns in (MESSAGE_NS, STRUCTURE_NS, COMMON_NS))
LANG = "{http://www.w3.org/XML/1998/namespace}lang"
NSMAP = {"mes": MESSAGE_NS, "str": STRUCTURE_NS, "com": COMMON_NS}
CONTENT_TYPE = "application/vnd.sdmx.structure+xml; version=2.1"
_URN = {
    "dataflow": "datastructure.Dataflow",
    "datastructure": "datastructure.DataStructure",
    "codelist": "codelist.Codelist",
    "conceptscheme": "conceptscheme.ConceptScheme",
}
# Characters XML 1.0 cannot hold (a stray control character in a label must not be a 500).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ITEM_URN = {"codelist": "codelist.Code", "conceptscheme": "conceptscheme.Concept"}
_GROUP = {
    "dataflow": ("Dataflows", "Dataflow"),
    "codelist": ("Codelists", "Codelist"),
    "conceptscheme": ("Concepts", "ConceptScheme"),
    "datastructure": ("DataStructures", "DataStructure"),
}


def message(artefacts: list[Artefact], base_url: str, prepared: datetime) -> bytes:
    """The Structure message holding `artefacts` (in message order); `base_url` ends in '/'."""
    root = etree.Element(M + "Structure", nsmap=NSMAP)
    header(root, prepared)
    structures = etree.SubElement(root, M + "Structures")
    for kind in ORDER:
        chosen = [a for a in artefacts if a.kind == kind]
        if chosen:
            group, tag = _GROUP[kind]
            box = etree.SubElement(structures, S + group)
            for artefact in chosen:
                _artefact(box, S + tag, artefact, base_url)
    body = etree.tostring(root, xml_declaration=False, encoding="UTF-8", pretty_print=True)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body


def header(root: etree._Element, prepared: datetime) -> None:
    header = etree.SubElement(root, M + "Header")
    etree.SubElement(header, M + "ID").text = f"IREF{uuid.uuid4().hex[:16].upper()}"
    etree.SubElement(header, M + "Test").text = "false"
    etree.SubElement(header, M + "Prepared").text = prepared.astimezone(UTC).strftime(
        "%Y-%m-%dT%H:%M:%SZ"
    )
    etree.SubElement(header, M + "Sender", id=OWN_AGENCY)


def _artefact(box: etree._Element, tag: str, artefact: Artefact, base_url: str) -> None:
    flow = artefact.flows[0]
    element = etree.SubElement(box, tag, id=artefact.id, urn=urn(artefact))
    _identify(element, artefact, base_url)
    described = artefact.mode is not Mode.STUB and artefact.kind == "dataflow"
    if described and flow.annotations:
        _annotations(element, flow.annotations)
    names = (
        structure_codelists.names(artefact.id, artefact.flows)
        if artefact.kind == "codelist"
        else {lang: flow.name(lang) for lang in languages()}
    )
    texts(element, C + "Name", names)
    if described:
        texts(element, C + "Description", flow.descriptions)
    if artefact.mode is Mode.FULL:
        _children(element, artefact, flow)


def _identify(element: etree._Element, artefact: Artefact, base_url: str) -> None:
    """Agency, version, finality, and for a stub where the whole artefact is served."""
    element.set("agencyID", artefact.agency)
    element.set("version", artefact.version)
    if artefact.mode is not Mode.STUB:
        element.set("isFinal", "true")
    if artefact.mode is not Mode.FULL:
        element.set("isExternalReference", "true")
        element.set(
            "structureURL",
            f"{base_url}{artefact.kind}/{artefact.agency}/{artefact.id}/{artefact.version}",
        )
    elif artefact.partial:
        element.set("isPartial", "true")


def _children(element: etree._Element, artefact: Artefact, flow: Flow) -> None:
    if artefact.kind == "dataflow":
        structure = etree.SubElement(element, S + "Structure")
        ref = etree.SubElement(structure, "Ref", id=flow.id, version=artefact.version)
        ref.set("agencyID", flow.agency)
        ref.set("package", "datastructure")
        ref.set("class", "DataStructure")
    elif artefact.kind == "datastructure":
        components(element, flow)
    elif artefact.kind == "codelist":
        codes = structure_codelists.codes(artefact.id, artefact.flows)
        _items(element, artefact, S + "Code", codes.items())
    else:
        _items(element, artefact, S + "Concept", concepts(flow, languages()))


def _items(
    element: etree._Element,
    artefact: Artefact,
    tag: str,
    items: Iterable[tuple[str, dict[str, str]]],
) -> None:
    prefix = urn(artefact, _ITEM_URN[artefact.kind])
    for item_id, names in items:
        item = etree.SubElement(element, tag, id=item_id, urn=f"{prefix}.{item_id}")
        texts(item, C + "Name", names)


def _annotations(element: etree._Element, annotations: list[Annotation]) -> None:
    box = etree.SubElement(element, C + "Annotations")
    for annotation in annotations:
        item = etree.SubElement(box, C + "Annotation")
        if annotation.title:
            etree.SubElement(item, C + "AnnotationTitle").text = annotation.title
        etree.SubElement(item, C + "AnnotationType").text = annotation.type
        texts(item, C + "AnnotationText", annotation.texts)


def texts(element: etree._Element, tag: str, texts: dict[str, str]) -> None:
    """One `tag` per language with a text, site languages first."""
    order = languages()
    for lang in sorted(texts, key=lambda x: (order.index(x) if x in order else len(order), x)):
        text = _NOT_XML.sub(" ", texts[lang] or "").strip()
        if text:
            etree.SubElement(element, tag, {LANG: lang}).text = text


def urn(artefact: Artefact, package_class: str | None = None) -> str:
    """`urn:sdmx:org.sdmx.infomodel.codelist.Codelist=ESTAT:GEO(1.0)` (or of an item class)."""
    kind = package_class or _URN[artefact.kind]
    return f"urn:sdmx:org.sdmx.infomodel.{kind}={artefact.agency}:{artefact.id}({artefact.version})"
