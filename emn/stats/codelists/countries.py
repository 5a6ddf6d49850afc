"""Countries in Eurostat's codes: which dimensions hold them, and their names from CLDR.

Rules: Eurostat writes Greece as EL and the United Kingdom as UK where ISO 3166 (and CLDR,
through babel) has GR and GB; XK is Kosovo. Names are never typed by hand: babel gives them
in every language. A two-letter code counts as a country only in a geographic dimension,
since elsewhere 'NR' is 'number', not Nauru, and EA is the euro area, not Ceuta and Melilla.
"""

from __future__ import annotations

import re
from functools import lru_cache

from babel import Locale, UnknownLocaleError

EUROSTAT_TO_ISO = {"EL": "GR", "UK": "GB"}
ISO_TO_EUROSTAT = {iso: eurostat for eurostat, iso in EUROSTAT_TO_ISO.items()}
# CLDR's two-letter regions that are not countries, or that Eurostat uses otherwise.
NOT_COUNTRIES = frozenset({"EA", "EU", "EZ", "QO", "UN", "XA", "XB", "ZZ"})

GEOGRAPHIC = frozenset(
    {
        "geo",
        "citizen",
        "partner",
        "c_birth",
        "c_resid",
        "c_citsh",
        "c_dest",
        "c_orig",
        "c_prev",
        "country",
        "ctry",
        "reporter",
        "origin",
        "destination",
    }
)
_GEOGRAPHIC_SHAPE = re.compile(r"^(?:c_[a-z]+|geo_?[a-z]*|[a-z_]*_geo)$")


def is_geographic(dimension: str) -> bool:
    """Whether a dimension's codes are places: geo, citizen, partner, c_birth, c_resid ..."""
    dimension = dimension.strip().lower()
    return dimension in GEOGRAPHIC or bool(_GEOGRAPHIC_SHAPE.match(dimension))


@lru_cache(maxsize=64)
def _locale(language: str) -> Locale:
    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale("en")


def iso_code(code: str) -> str | None:
    """The ISO 3166 alpha-2 code of a Eurostat country code ('EL' -> 'GR'), else None."""
    code = code.strip().upper()
    code = EUROSTAT_TO_ISO.get(code, code)
    if len(code) != 2 or not code.isalpha() or code in NOT_COUNTRIES:
        return None
    return code if code in _locale("en").territories else None


def country_name(code: str, language: str) -> str | None:
    """The country's name in `language` (CLDR), or None when `code` is no country."""
    iso = iso_code(code)
    if iso is None:
        return None
    return _locale(language).territories.get(iso) or _locale("en").territories.get(iso)


@lru_cache(maxsize=1)
def english_names() -> dict[str, str]:
    """CLDR's English name of every country -> its Eurostat code ('Greece' -> 'EL')."""
    names: dict[str, str] = {}
    for iso, name in _locale("en").territories.items():
        if len(iso) == 2 and iso.isalpha() and iso not in NOT_COUNTRIES:
            names[name] = ISO_TO_EUROSTAT.get(iso, iso)
    return names
