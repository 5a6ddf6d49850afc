"""The composition of the network: which European countries take part, and how.

Sources: Council Decision 2008/381/EC (all Member States but Denmark participate), the EMN's
list of observer countries. Codes are Eurostat's (EL for Greece), paired with ISO 3166-1
alpha-2 codes for names. `since` is the year a country started to take part, where known:
the Decision applies from 2008; Croatia joined the EU in 2013.
"""

from __future__ import annotations

from typing import Any, NamedTuple


class CountryFact(NamedTuple):
    code: str
    iso_code: str
    status: str
    since: int | None
    eu_member: bool


_EU_2008 = "AT BE BG CY CZ DE EE EL ES FI FR HU IE IT LT LU LV MT NL PL PT RO SE SI SK"


def _member(code: str, since: int | None = 2008) -> CountryFact:
    iso = "GR" if code == "EL" else code
    return CountryFact(code, iso, "member", since, True)


COUNTRIES: tuple[CountryFact, ...] = (
    *(_member(code) for code in _EU_2008.split()),
    _member("HR", 2013),
    CountryFact("DK", "DK", "not_participating", None, True),
    CountryFact("NO", "NO", "observer", 2010, False),
    CountryFact("GE", "GE", "observer", None, False),
    CountryFact("MD", "MD", "observer", None, False),
    CountryFact("UA", "UA", "observer", None, False),
    CountryFact("ME", "ME", "observer", None, False),
    CountryFact("AM", "AM", "observer", None, False),
    CountryFact("RS", "RS", "observer", None, False),
)


def load_countries(country_model: Any) -> None:
    """Create or update the rows of `COUNTRIES`; used by the migration and by tests."""
    for fact in COUNTRIES:
        country_model.objects.update_or_create(
            code=fact.code,
            defaults={
                "iso_code": fact.iso_code,
                "status": fact.status,
                "since_year": fact.since,
                "eu_member": fact.eu_member,
            },
        )
