"""Reference data that migrations load and transactional tests wipe."""

from __future__ import annotations


def ensure_reference_data() -> None:
    """Put countries and themes back if a transactional test emptied their tables.

    Browser tests run in transactions that end with a flush of every table, including the
    rows migrations loaded; the next test would find no countries.
    """
    from emn.core.models import Theme
    from emn.core.themes import ThemeCode, load_themes
    from emn.network.data.countries import COUNTRIES, load_countries
    from emn.network.models import Country

    if Country.objects.count() < len(COUNTRIES):
        load_countries(Country)
    if Theme.objects.count() < len(ThemeCode.values):
        load_themes(Theme)
