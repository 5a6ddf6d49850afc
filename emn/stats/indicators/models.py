"""An indicator: a formula over the current releases of one or more datasets, kept as data.

The formula's inputs live in `spec` (JSON, read by `spec.py`), so a new indicator is a row,
not code. Values are never stored: they are computed from the inputs' current releases
each time (`compute.py`), so a new release changes every indicator that reads it at once.
"""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from emn.core.dissemination import Disseminated
from emn.stats.indicators.querysets import IndicatorQuerySet


def _in(texts: dict[str, str] | None, language: str, default: str) -> str:
    texts = texts or {}
    return texts.get(language) or texts.get("en") or default


class Indicator(Disseminated):
    """A comparable figure computed from datasets: e.g. returns over orders to leave, in %.

    Rules: `key` never changes (it is in addresses and the API); names and definitions are
    per language with English as the fallback; `spec` names each input's dataset, the
    dimension codes it fixes and the dimensions the inputs align on (see `spec.py`). The
    Commission edits indicators (`services.save_indicator`, audit `indicator.save`); an
    `emn` indicator is read by members only, and an input dataset the reader may not see
    leaves the indicator without values for that reader.
    """

    class Formula(models.TextChoices):
        RATIO = "ratio", _("Ratio of two series")
        PER_100K = "per_100k", _("Per 100,000 inhabitants")
        SHARE = "share", _("Share of a total")
        CHANGE = "change", _("Change over a period")

    class Unit(models.TextChoices):
        PERCENT = "percent", _("%")
        PER_100K = "per_100k", _("per 100,000 inhabitants")
        RATIO = "ratio", _("ratio")
        NUMBER = "number", pgettext_lazy("unit of measure", "number")

    key = models.SlugField(_("key"), max_length=80, unique=True)
    names = models.JSONField(_("names"), default=dict, blank=True)
    definitions = models.JSONField(_("definitions"), default=dict, blank=True)
    unit = models.CharField(_("unit"), max_length=20, choices=Unit.choices, default=Unit.PERCENT)
    decimals = models.PositiveSmallIntegerField(_("decimals"), default=1)
    formula = models.CharField(_("formula"), max_length=20, choices=Formula.choices)
    spec = models.JSONField(_("inputs"), default=dict)
    themes = models.ManyToManyField(
        "core.Theme", verbose_name=_("themes"), blank=True, related_name="+"
    )
    concepts = models.ManyToManyField(
        "glossary.Concept",
        verbose_name=_("glossary concepts"),
        blank=True,
        related_name="+",
        help_text=_("Terms of the glossary this indicator measures."),
    )
    position = models.PositiveSmallIntegerField(_("position in the list"), default=0)
    builtin = models.BooleanField(_("shipped with the platform"), default=False)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), default=timezone.now)

    objects = IndicatorQuerySet.as_manager()  # type: ignore[misc]  # narrows the base manager

    class Meta:
        ordering = ["position", "key"]
        verbose_name = _("indicator")

    def __str__(self) -> str:
        return self.key

    def name(self, language: str = "en") -> str:
        return _in(self.names, language, self.key)

    def definition(self, language: str = "en") -> str:
        return _in(self.definitions, language, "")

    def in_language(self, language: str) -> bool:
        """Whether the name is written in `language` (else the page says it falls back)."""
        return bool((self.names or {}).get(language))
