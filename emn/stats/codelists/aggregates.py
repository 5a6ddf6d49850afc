"""Eurostat's aggregates and catch-all codes, with Eurostat's English labels to translate.

Rule: these are Eurostat's own labels (code lists GEO and CITIZEN), marked for translation
so the catalogues can give them in every UI language; country codes are not here, since
babel names countries. `GEO_AGGREGATES` apply to geographic dimensions only, `COMMON` to
every dimension.
"""

from __future__ import annotations

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

GEO_AGGREGATES: dict[str, Promise] = {
    "EU27_2020": _("European Union - 27 countries (from 2020)"),
    "EU28": _("European Union - 28 countries (2013-2020)"),
    "EU27_2007": _("European Union - 27 countries (2007-2013)"),
    "EU25": _("European Union - 25 countries (2004-2006)"),
    "EU15": _("European Union - 15 countries (1995-2004)"),
    "EU": _("European Union"),
    "EA18": _("Euro area - 18 countries (2014)"),
    "EA19": _("Euro area - 19 countries (2015-2022)"),
    "EA20": _("Euro area - 20 countries (from 2023)"),
    "EEA30_2020": _("European Economic Area (EU27 - 2020 and IS, LI, NO)"),
    "EEA31": _("European Economic Area (EU28 - 2013-2020 and IS, LI, NO)"),
    "EFTA": _("European Free Trade Association"),
    "EXT_EU27_2020": _("Extra-EU27 (from 2020)"),
    "EXT_EU28": _("Extra-EU28 (2013-2020)"),
    "EU27_2020_FOR": _("EU27 countries (from 2020) except reporting country"),
    "NEU27_2020_FOR": _("Non-EU27 countries (from 2020) nor reporting country"),
    "EU28_FOR": _("EU28 countries (2013-2020) except reporting country"),
    "NEU28_FOR": _("Non-EU28 countries (2013-2020) nor reporting country"),
    "FOR": _("Foreign country"),
    "NAT": _("Reporting country"),
    "STLS": _("Stateless"),
    "RNC": _("Recognised non-citizens"),
    "DE_TOT": _("Germany including former GDR"),
    "FX": _("France (metropolitan)"),
    "CN_X_HK": _("China including Hong Kong"),
}

COMMON: dict[str, Promise] = {
    "TOTAL": _("Total"),
    "UNK": _("Unknown"),
    "NAP": _("Not applicable"),
}


def aggregate_label(dimension_is_geographic: bool, code: str) -> Promise | None:
    """The lazy label of an aggregate or catch-all code, or None."""
    code = code.strip().upper()
    if dimension_is_geographic and code in GEO_AGGREGATES:
        return GEO_AGGREGATES[code]
    return COMMON.get(code)
