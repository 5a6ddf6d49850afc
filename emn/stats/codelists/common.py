"""Names of the dimensions and codes most Eurostat migration tables share, translated.

A bulk TSV carries codes only (`sex` = `T`, `unit` = `PER`); without a code list the pages
would show those raw. These are Eurostat's own English names for the commonest ones, as
gettext strings so every UI language gets them; a code list or label in the file wins.
"""

from __future__ import annotations

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

DIMENSIONS: dict[str, Promise] = {
    "freq": _("Time frequency"),
    "geo": _("Geopolitical entity (reporting)"),
    "citizen": _("Country of citizenship"),
    "c_birth": _("Country of birth"),
    "sex": _("Sex"),
    "age": _("Age class"),
    "agedef": _("Age definition"),
    "unit": _("Unit of measure"),
    "asyl_app": _("Applicant type"),
    "decision": _("Decision"),
    "indic_de": _("Demographic indicator"),
    "indic_mg": _("Migration indicator"),
    "na_item": _("National accounts indicator"),
    "reason": _("Reason"),
}

_ANY: dict[str, Promise] = {
    "TOTAL": _("Total"),
    "UNK": _("Unknown"),
    "PER": _("Person"),
    "NR": _("Number"),
    "PC": _("Percentage"),
}

CODES: dict[tuple[str, str], Promise] = {
    ("freq", "A"): _("Annual"),
    ("freq", "S"): _("Semi-annual"),
    ("freq", "Q"): _("Quarterly"),
    ("freq", "M"): _("Monthly"),
    ("freq", "W"): _("Weekly"),
    ("freq", "D"): _("Daily"),
    ("sex", "T"): _("Total"),
    ("sex", "M"): _("Males"),
    ("sex", "F"): _("Females"),
    ("age", "Y_LT14"): _("Less than 14 years"),
    ("age", "Y14-17"): _("From 14 to 17 years"),
    ("age", "Y_LT18"): _("Less than 18 years"),
    ("age", "Y18-34"): _("From 18 to 34 years"),
    ("age", "Y35-64"): _("From 35 to 64 years"),
    ("age", "Y_GE18"): _("18 years or over"),
    ("age", "Y_GE65"): _("65 years or over"),
    ("asyl_app", "ASY_APP"): _("Asylum applicant"),
    ("asyl_app", "NASY_APP"): _("First-time asylum applicant"),
    ("asyl_app", "SSEQ"): _("Subsequent applicant"),
    ("decision", "TOTAL_POS"): _("Total positive decisions"),
    ("decision", "GENCONV"): _("Geneva Convention status"),
    ("decision", "HUMSTAT"): _("Humanitarian status"),
    ("decision", "SUB_PROT"): _("Subsidiary protection status"),
    ("decision", "TEMP_PROT"): _("Temporary protection status"),
    ("decision", "REJECTED"): _("Rejected"),
    ("indic_de", "JAN"): _("Population on 1 January"),
    ("indic_de", "CNMIGRAT"): _("Net migration plus statistical adjustment"),
    ("indic_de", "LBIRTH"): _("Live births"),
    ("indic_de", "DEATH"): _("Deaths"),
    ("agedef", "COMPLET"): _("Age in completed years"),
    ("agedef", "REACH"): _("Age reached during the year"),
}


def common_code(dimension: str, code: str) -> Promise | None:
    """The shared name of `code` in `dimension`, or None."""
    return CODES.get((dimension, code)) or _ANY.get(code)


def common_dimension(dimension: str) -> Promise | None:
    return DIMENSIONS.get(dimension)
