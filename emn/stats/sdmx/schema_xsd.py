"""The DSD-specific XML schema of a flow: what `/sdmx/2.1/schema/...` serves.

Rules (SDMX 2.1 REST "schema" resource; SDMX-ML 2.1 structure-specific data):
- the target namespace is the URN of the artefact asked for (dataflow or datastructure)
  followed by `:ObsLevelDim:TIME_PERIOD`; for the dataflow context it is the namespace our
  data messages announce (write_xml.namespace), so the schema validates them;
- `DataSetType`, `SeriesType` and `ObsType` restrict the abstract base types of
  SDMXDataStructureSpecificBase.xsd, as the time-series variant does (Series only, no
  TIME_PERIOD on a Series, a required TIME_PERIOD on an Obs); the base types' open
  attribute wildcards are closed, so only the flow's components may appear;
- every dimension is a required attribute of `Series`, an enumeration of the flow's codes
  (its code list); OBS_VALUE is an xs:double (`NaN` for a missing value); OBS_FLAG an
  enumeration of the flow's flags (any string when the flow has none);
- the SDMX schemas are imported from `location` (the directory holding
  SDMXDataStructureSpecific.xsd and SDMXCommon.xsd), by default relative to the schema, as
  the SDMX registry's schemas are distributed.
"""

from __future__ import annotations

from collections.abc import Iterable

from emn.stats.sdmx.errors import COMMON_NS
from emn.stats.sdmx.flows import Flow, FlowDimension
from emn.stats.sdmx.write_xml import OBS_LEVEL, SS_NS, escape

XS_NS = "http://www.w3.org/2001/XMLSchema"
CONTEXTS = ("dataflow", "datastructure")
_URN = "urn:sdmx:org.sdmx.infomodel.datastructure."


def target_namespace(flow: Flow, context: str = "dataflow") -> str:
    """`urn:sdmx:...Dataflow=ESTAT:MIGR_X(1.0):ObsLevelDim:TIME_PERIOD` (or DataStructure=)."""
    kind = "DataStructure" if context == "datastructure" else "Dataflow"
    return f"{_URN}{kind}={flow.ref}{OBS_LEVEL}"


def _enumeration(name: str, values: Iterable[str]) -> str:
    """A named xs:string restricted to `values` (any string when there are none)."""
    facets = "".join(f'<xs:enumeration value="{escape(v)}"/>' for v in values)
    return (
        f'<xs:simpleType name="{escape(name)}"><xs:restriction base="xs:string">'
        f"{facets}</xs:restriction></xs:simpleType>\n"
    )


def _type_name(dimension: FlowDimension) -> str:
    return f"CL_{dimension.codelist_id}"


def _data_set_type() -> str:
    return (
        '<xs:complexType name="DataSetType"><xs:complexContent>'
        '<xs:restriction base="ss:DataSetType"><xs:sequence>'
        '<xs:element ref="common:Annotations" minOccurs="0"/>'
        '<xs:element name="DataProvider" type="common:DataProviderReferenceType" '
        'form="unqualified" minOccurs="0"/>'
        '<xs:choice minOccurs="0"><xs:element name="Series" type="SeriesType" '
        'form="unqualified" maxOccurs="unbounded"/></xs:choice>'
        "</xs:sequence>"
        '<xs:attributeGroup ref="ss:SetAttributeGroup"/>'
        '<xs:attribute name="REPORTING_YEAR_START_DAY" type="xs:gMonthDay" use="prohibited"/>'
        "</xs:restriction></xs:complexContent></xs:complexType>\n"
    )


def _series_type(dimensions: list[FlowDimension]) -> str:
    keys = "".join(
        f'<xs:attribute name="{escape(d.id)}" type="{escape(_type_name(d))}" use="required"/>'
        for d in dimensions
    )
    return (
        '<xs:complexType name="SeriesType"><xs:complexContent>'
        '<xs:restriction base="ss:SeriesType"><xs:sequence>'
        '<xs:element ref="common:Annotations" minOccurs="0"/>'
        '<xs:element name="Obs" type="ObsType" form="unqualified" minOccurs="0" '
        'maxOccurs="unbounded"/>'
        "</xs:sequence>"
        '<xs:attribute name="TIME_PERIOD" type="common:ObservationalTimePeriodType" '
        'use="prohibited"/>'
        '<xs:attribute name="REPORTING_YEAR_START_DAY" type="xs:gMonthDay" use="prohibited"/>'
        f"{keys}</xs:restriction></xs:complexContent></xs:complexType>\n"
    )


def _obs_type() -> str:
    return (
        '<xs:complexType name="ObsType"><xs:complexContent>'
        '<xs:restriction base="ss:ObsType"><xs:sequence>'
        '<xs:element ref="common:Annotations" minOccurs="0"/>'
        "</xs:sequence>"
        '<xs:attribute name="type" type="common:IDType" use="prohibited"/>'
        '<xs:attribute name="TIME_PERIOD" type="common:ObservationalTimePeriodType" '
        'use="required"/>'
        '<xs:attribute name="REPORTING_YEAR_START_DAY" type="xs:gMonthDay" use="prohibited"/>'
        '<xs:attribute name="OBS_VALUE" type="xs:double" use="optional"/>'
        '<xs:attribute name="OBS_FLAG" type="CL_OBS_FLAG" use="optional"/>'
        "</xs:restriction></xs:complexContent></xs:complexType>\n"
    )


def schema_text(flow: Flow, context: str = "dataflow", location: str = "") -> str:
    """The XML schema of structure-specific data of `flow` (see the module's rules).

    `location` is prepended to the SDMX schema file names ("" = beside this schema)."""
    target = escape(target_namespace(flow, context))
    dimensions = flow.dimensions()
    codes = "".join(_enumeration(_type_name(d), d.codes) for d in dimensions)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<xs:schema xmlns:xs="{XS_NS}" xmlns="{target}" xmlns:ss="{SS_NS}" '
        f'xmlns:common="{COMMON_NS}" targetNamespace="{target}" '
        'elementFormDefault="qualified" attributeFormDefault="unqualified">\n'
        f'<xs:import namespace="{SS_NS}" '
        f'schemaLocation="{escape(location)}SDMXDataStructureSpecific.xsd"/>\n'
        f'<xs:import namespace="{COMMON_NS}" schemaLocation="{escape(location)}SDMXCommon.xsd"/>\n'
        f"{_data_set_type()}{_series_type(dimensions)}{_obs_type()}"
        f"{codes}{_enumeration('CL_OBS_FLAG', flow.flags())}"
        "</xs:schema>\n"
    )
