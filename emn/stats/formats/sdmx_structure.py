"""SDMX-ML 2.1 structure messages: a data structure's dimensions, code lists and concepts.

Rules: dimensions keep the DSD's positions (the series-key order); a dimension's code list
is the one its LocalRepresentation enumerates; names and labels keep every language the
message gives (xml:lang). Code lists are keyed by their id; `Codelist.code` drops
Eurostat's old 'CL_' prefix, so CL_GEO and GEO are the same list. A structure message holds
no observations, so `stage` refuses it with a message that says what to do.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from emn.stats.codelists.mapping import Codelists
from emn.stats.formats.common import SourceError, Staged, normalise_id
from emn.stats.formats.reading import open_binary

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@dataclass
class Component:
    """A dimension or attribute of the data structure."""

    id: str
    position: int
    concept: str = ""
    codelist: str = ""
    names: dict[str, str] = field(default_factory=dict)


@dataclass
class Codelist:
    """A code list: code -> language -> label."""

    id: str
    agency: str
    version: str
    names: dict[str, str] = field(default_factory=dict)
    labels: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def code(self) -> str:
        """The list's code as dimensions name it: 'CL_GEO' -> 'GEO'."""
        return self.id.upper().removeprefix("CL_")


@dataclass
class Structure:
    """What a structure message says about a dataset's shape and its codes."""

    id: str = ""
    agency: str = ""
    version: str = ""
    names: dict[str, str] = field(default_factory=dict)
    dimensions: list[Component] = field(default_factory=list)
    time_dimension: str = ""
    attributes: list[Component] = field(default_factory=list)
    codelists: dict[str, Codelist] = field(default_factory=dict)
    concepts: dict[str, dict[str, str]] = field(default_factory=dict)
    dataflows: list[str] = field(default_factory=list)

    @property
    def code_count(self) -> int:
        return sum(len(codelist.labels) for codelist in self.codelists.values())

    def labels_by_dimension(self) -> Codelists:
        """Lower-case dimension id -> its codes' labels, in the DSD's order (for the readers)."""
        out: Codelists = {}
        for dimension in self.dimensions:
            codelist = self.codelists.get(dimension.codelist)
            if codelist is not None:
                out[normalise_id(dimension.id)] = codelist.labels
        return out

    def dimension_labels(self, language: str = "en") -> dict[str, str]:
        """Lower-case dimension id -> its concept's name in `language` (else English, id)."""
        return {
            normalise_id(dim.id): dim.names.get(language) or dim.names.get("en") or dim.id
            for dim in self.dimensions
        }


def read_structure(path: Path, name: str) -> Structure:
    """The structure of an SDMX-ML 2.1 structure message, or SourceError."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        with open_binary(path) as handle:
            root = etree.parse(handle, parser).getroot()
    except etree.XMLSyntaxError as error:
        line, column = error.position
        raise SourceError(name, f"the XML is not well-formed: {error.msg}", line, column) from error
    if _local(root) != "Structure" or "v2_0" in etree.QName(root).namespace:
        raise SourceError(name, "not an SDMX-ML 2.1 structure message", root.sourceline)
    structure = Structure()
    for element in root.iter():
        _read_element(structure, _local(element), element)
    if not structure.codelists and not structure.dimensions:
        raise SourceError(name, "the structure message holds no code list and no dimension")
    structure.dimensions.sort(key=lambda dimension: dimension.position)
    for component in (*structure.dimensions, *structure.attributes):
        component.names = structure.concepts.get(component.concept) or {"en": component.id}
    return structure


def stage(
    path: Path, name: str, con: Any, table: str, codelists: Codelists | None = None
) -> Staged:
    """A structure message holds no observations: refuse, saying what to give instead."""
    raise SourceError(
        name,
        "this is an SDMX structure message, which holds no observations; give it together "
        "with a data file (its code lists then label the data)",
    )


def _read_element(structure: Structure, local: str, element: Any) -> None:
    if local == "Codelist" and element.get("id"):
        codelist = Codelist(
            element.get("id"),
            element.get("agencyID", ""),
            element.get("version", ""),
            names=_names(element),
        )
        for code in element:
            if _local(code) == "Code" and code.get("id"):
                codelist.labels[code.get("id")] = _names(code)
        structure.codelists.setdefault(codelist.id, codelist)
    elif local == "Concept" and element.get("id"):
        structure.concepts.setdefault(element.get("id"), _names(element))
    elif local == "Dataflow" and element.get("id"):
        structure.dataflows.append(element.get("id"))
    elif local == "DataStructure" and not structure.id:
        structure.id = element.get("id", "")
        structure.agency = element.get("agencyID", "")
        structure.version = element.get("version", "")
        structure.names = _names(element)
        _read_components(structure, element)


def _read_components(structure: Structure, dsd: Any) -> None:
    for element in dsd.iter():
        local = _local(element)
        if local not in ("Dimension", "TimeDimension", "Attribute") or not element.get("id"):
            continue
        if local == "TimeDimension":
            structure.time_dimension = element.get("id")
            continue
        target = structure.dimensions if local == "Dimension" else structure.attributes
        component = Component(element.get("id"), int(element.get("position") or len(target) + 1))
        for child in element.iter():
            child_local, parent = _local(child), _local(child.getparent())
            if child_local == "Ref" and parent == "ConceptIdentity":
                component.concept = child.get("id", "")
            elif child_local == "Ref" and parent == "Enumeration":
                component.codelist = child.get("id", "")
        target.append(component)


def _names(element: Any) -> dict[str, str]:
    """The Name children of `element`: language -> text."""
    return {
        child.get(XML_LANG, "en"): (child.text or "").strip()
        for child in element
        if _local(child) == "Name"
    }


def _local(element: Any) -> str:
    tag = element.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""
