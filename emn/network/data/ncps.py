"""The hosts of the National Contact Points, used for the demo and first set-up.

Each entry: Eurostat code -> (coordinating organisation, acronym, type, designating ministry).
Where an NCP is hosted outside the ministry (an IOM office, an institute, a university),
the ministry that designated it is named separately.
"""

from __future__ import annotations

from typing import NamedTuple


class NcpHost(NamedTuple):
    name: str
    acronym: str
    kind: str
    designated_by: str


_MOI = "Ministry of the Interior"

NCP_HOSTS: dict[str, NcpHost] = {
    "AT": NcpHost(
        "IOM Country Office for Austria", "IOM", "iom_office", "Federal Ministry of the Interior"
    ),
    "BE": NcpHost(
        "Federal Public Service Home Affairs", "", "ministry", "Federal Public Service Home Affairs"
    ),
    "BG": NcpHost(_MOI, "", "ministry", _MOI),
    "CY": NcpHost(_MOI, "", "ministry", _MOI),
    "CZ": NcpHost(_MOI, "", "ministry", _MOI),
    "DE": NcpHost(
        "Federal Office for Migration and Refugees",
        "BAMF",
        "agency",
        "Federal Ministry of the Interior",
    ),
    "EE": NcpHost(_MOI, "", "ministry", _MOI),
    "EL": NcpHost(
        "Ministry of Migration and Asylum", "", "ministry", "Ministry of Migration and Asylum"
    ),
    "ES": NcpHost(
        "Ministry of Inclusion, Social Security and Migration",
        "",
        "ministry",
        "Ministry of Inclusion, Social Security and Migration",
    ),
    "FI": NcpHost("Finnish Immigration Service", "Migri", "agency", _MOI),
    "FR": NcpHost(_MOI, "DGEF", "ministry", _MOI),
    "HR": NcpHost(_MOI, "", "ministry", _MOI),
    "HU": NcpHost(_MOI, "", "ministry", _MOI),
    "IE": NcpHost(
        "Economic and Social Research Institute",
        "ESRI",
        "research_institute",
        "Department of Justice",
    ),
    "IT": NcpHost(_MOI, "", "ministry", _MOI),
    "LT": NcpHost(
        "IOM Lithuania",
        "IOM",
        "iom_office",
        "Ministry of the Interior of the Republic of Lithuania",
    ),
    "LU": NcpHost(
        "University of Luxembourg",
        "",
        "university",
        "Ministry of Family Affairs, Integration and the Greater Region",
    ),
    "LV": NcpHost("Office of Citizenship and Migration Affairs", "PMLP", "agency", _MOI),
    "MT": NcpHost("Ministry for Home Affairs", "", "ministry", "Ministry for Home Affairs"),
    "NL": NcpHost(
        "Immigration and Naturalisation Service",
        "IND",
        "agency",
        "Ministry of Justice and Security",
    ),
    "PL": NcpHost(
        "Ministry of the Interior and Administration",
        "",
        "ministry",
        "Ministry of the Interior and Administration",
    ),
    "PT": NcpHost(
        "Agency for Integration, Migration and Asylum",
        "AIMA",
        "agency",
        "Ministry of Internal Administration",
    ),
    "RO": NcpHost("Ministry of Internal Affairs", "", "ministry", "Ministry of Internal Affairs"),
    "SE": NcpHost("Swedish Migration Agency", "", "agency", "Ministry of Justice"),
    "SI": NcpHost(_MOI, "", "ministry", _MOI),
    "SK": NcpHost("IOM Slovakia", "IOM", "iom_office", _MOI),
}
