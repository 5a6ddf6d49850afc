"""Countries of the network."""

from __future__ import annotations

from babel import Locale, UnknownLocaleError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from emn.core.dissemination import VisibleQuerySet


class CountryQuerySet(VisibleQuerySet["Country"]):
    def participating(self) -> CountryQuerySet:
        return self.exclude(status=Country.Status.NOT_PARTICIPATING)


def territory_name(iso_code: str, language: str | None = None) -> str:
    """The country's name in `language` (default: the active one), from CLDR via Babel."""
    code = (language or get_language() or "en").replace("-", "_")
    try:
        locale = Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        locale = Locale.parse("en")
    return locale.territories.get(iso_code) or Locale.parse("en").territories.get(
        iso_code, iso_code
    )


class Country(models.Model):
    """A European country as the network sees it: member, observer or not participating.

    Rule: `code` is Eurostat's code (EL for Greece), the key every statistic uses; `iso_code`
    is ISO 3166-1 alpha-2, the key for names and flags. Names are never stored: they come
    from CLDR in the reader's language.
    """

    class Status(models.TextChoices):
        MEMBER = "member", _("Member State")
        OBSERVER = "observer", _("Observer")
        NOT_PARTICIPATING = "not_participating", _("Not participating")

    code = models.CharField(_("Eurostat code"), max_length=2, unique=True)
    iso_code = models.CharField(_("ISO 3166 code"), max_length=2, unique=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    since_year = models.PositiveSmallIntegerField(
        _("participating since"),
        null=True,
        blank=True,
        help_text=_("Year the country joined the network or became an observer, where known."),
    )
    eu_member = models.BooleanField(_("EU Member State"), default=False)

    objects = CountryQuerySet.as_manager()

    class Meta:
        ordering = ["code"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return territory_name(self.iso_code)

    def name_in(self, language: str) -> str:
        return territory_name(self.iso_code, language)

    @property
    def is_participating(self) -> bool:
        return self.status != self.Status.NOT_PARTICIPATING

    @property
    def audit_country_id(self) -> int | None:
        return self.pk
