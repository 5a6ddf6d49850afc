"""Labels Eurostat's files write that are not CLDR's names, and common codes by dimension.

Rule: only labels seen in Eurostat's files (current and former Data Explorer wordings) and
the codes Eurostat gives them; CLDR's own English names need no entry here.
"""

from __future__ import annotations

# Geographic labels: Eurostat's wordings for countries and aggregates, old and new.
GEO_VARIANTS: dict[str, str] = {
    "Germany (until 1990 former territory of the FRG)": "DE",
    "Germany including former GDR": "DE_TOT",
    "Germany (including former GDR)": "DE_TOT",
    "Kosovo (under United Nations Security Council Resolution 1244/99)": "XK",
    "Kosovo*": "XK",
    "Czech Republic": "CZ",
    "Former Yugoslav Republic of Macedonia, the": "MK",
    "Former Yugoslav Republic of Macedonia": "MK",
    "North Macedonia": "MK",
    "Turkey": "TR",
    "China (including Hong Kong)": "CN_X_HK",
    "China including Hong Kong": "CN_X_HK",
    "China (except Hong Kong)": "CN",
    "Cook Islands (NZ)": "CK",
    "Vatican City State": "VA",
    "Holy See (Vatican City State)": "VA",
    "Gambia, The": "GM",
    "Myanmar/Burma": "MM",
    "Myanmar": "MM",
    "Federated States of Micronesia": "FM",
    "Micronesia, Federated States of": "FM",
    "Brunei Darussalam": "BN",
    "Palestine": "PS",
    "Occupied Palestinian Territory": "PS",
    "Swaziland": "SZ",
    "Cabo Verde": "CV",
    "Congo": "CG",
    "Democratic Republic of the Congo": "CD",
    "Congo, Democratic Republic of": "CD",
    "Saint Vincent and the Grenadines": "VC",
    "Viet Nam": "VN",
    "Russian Federation": "RU",
    "Republic of Moldova": "MD",
    "Moldova, Republic of": "MD",
    "Iran, Islamic Republic of": "IR",
    "Syrian Arab Republic": "SY",
    "Lao People's Democratic Republic": "LA",
    "Korea, Republic of": "KR",
    "Korea, Democratic People's Republic of": "KP",
    "United Republic of Tanzania": "TZ",
    "United States of America": "US",
    "Hong Kong": "HK",
    "Macao": "MO",
    "Macau": "MO",
    "Taiwan, Province of China": "TW",
    "Bolivia, Plurinational State of": "BO",
    "Venezuela, Bolivarian Republic of": "VE",
    "European Union (28 countries)": "EU28",
    "European Union (27 countries)": "EU27_2007",
    "European Union (25 countries)": "EU25",
    "European Union (15 countries)": "EU15",
    "European Union - 27 countries (from 2020)": "EU27_2020",
    "European Union (27 countries, from 2020)": "EU27_2020",
    "European Union (current composition)": "EU",
    "Euro area (18 countries)": "EA18",
    "Euro area (19 countries)": "EA19",
    "Euro area (20 countries)": "EA20",
    "Extra-EU28": "EXT_EU28",
    "Extra-EU27 (from 2020)": "EXT_EU27_2020",
    "Stateless": "STLS",
    "Recognised non-citizens": "RNC",
}

# Codes with the same label in every Eurostat dataset, by dimension id.
BY_DIMENSION: dict[str, dict[str, str]] = {
    "sex": {
        "Total": "T",
        "Males": "M",
        "Male": "M",
        "Females": "F",
        "Female": "F",
        "Unknown": "UNK",
    },
    "freq": {
        "Annual": "A",
        "Quarterly": "Q",
        "Monthly": "M",
        "Semi-annual": "S",
        "Half-yearly": "S",
        "Weekly": "W",
        "Daily": "D",
    },
    "unit": {
        "Person": "PER",
        "Persons": "PER",
        "Number": "NR",
        "Percentage": "PC",
        "Thousand persons": "THS_PER",
        "Thousand": "THS",
        "Euro": "EUR",
        "Million euro": "MIO_EUR",
    },
    "asyl_app": {
        "Asylum applicant": "ASY_APP",
        "First time applicant": "NASY_APP",
        "Subsequent applicant": "SSEQ",
    },
    "decision": {
        "Total positive decisions": "TOTAL_POS",
        "Geneva Convention status": "GENCONV",
        "Humanitarian status": "HUMSTAT",
        "Subsidiary protection status": "SUB_PROT",
        "Temporary protection status": "TEMP_PROT",
        "Rejected": "REJECTED",
    },
}

# Codes with the same label in any dimension.
GENERAL: dict[str, str] = {
    "Total": "TOTAL",
    "Unknown": "UNK",
    "Not applicable": "NAP",
}
