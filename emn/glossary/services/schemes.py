"""The network's own glossary scheme, created on first use."""

from __future__ import annotations

from django.conf import settings

from emn.glossary.models import Scheme

DEFAULT_KEY = "emn"


def base_uri() -> str:
    """Where our concept URIs live: the concept pages, so every URI dereferences."""
    return settings.SITE_URL.rstrip("/") + "/glossary/"


def concept_uri(key: str) -> str:
    return f"{base_uri()}concept/{key}"


def default_scheme() -> Scheme:
    """The EMN Asylum and Migration Glossary (its URI is minted once, from SITE_URL)."""
    scheme, _created = Scheme.objects.get_or_create(
        key=DEFAULT_KEY,
        defaults={
            "uri": base_uri() + "scheme",
            "titles": {
                "en": "EMN Asylum and Migration Glossary",
                "fr": "Glossaire asile et migration du REM",
                "de": "EMN-Glossar zu Asyl und Migration",
                "sl": "Glosar EMN o azilu in migracijah",
                "lt": "EMT prieglobsčio ir migracijos žodynas",
            },
        },
    )
    return scheme
