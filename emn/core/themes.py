"""The controlled list of migration and asylum themes used across the exchange."""

from typing import Any

from django.db import models
from django.utils.translation import gettext_lazy as _


class ThemeCode(models.TextChoices):
    ASYLUM = "asylum", _("Asylum")
    INTERNATIONAL_PROTECTION = "international-protection", _("International protection")
    LEGAL_MIGRATION = "legal-migration", _("Legal migration")
    IRREGULAR_MIGRATION = "irregular-migration", _("Irregular migration")
    RETURN = "return", _("Return and readmission")
    INTEGRATION = "integration", _("Integration")
    UNACCOMPANIED_MINORS = "unaccompanied-minors", _("Unaccompanied minors")
    BORDERS_VISAS = "borders-visas", _("Borders and visas")
    TRAFFICKING = "trafficking", _("Trafficking in human beings")
    STATELESSNESS = "statelessness", _("Statelessness")
    LABOUR_MIGRATION = "labour-migration", _("Labour migration")
    FAMILY_REUNIFICATION = "family-reunification", _("Family reunification")
    MIGRATION_DEVELOPMENT = "migration-development", _("Migration and development")
    STATISTICS = "statistics", _("Migration statistics")


def load_themes(theme_model: Any) -> None:
    """Create the missing rows of the list; used by the migration and by tests."""
    for code in ThemeCode.values:
        theme_model.objects.get_or_create(code=code)
