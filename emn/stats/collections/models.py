"""A collection template, the collections launched from it, and each country's data rows.

A template says what is asked per country and year (its variables); a collection asks a set
of countries for some years through a `contributions.Request` of kind data collection; each
country's answers are `DataRow`s of its `Contribution`. Submitted rows become the releases
of the collection's dataset (agency EMN, source collection).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from emn.core.dissemination import DisseminationLevel
from emn.stats.collections.querysets import CollectionQuerySet, TemplateQuerySet
from emn.stats.models import label_in


class CollectionTemplate(models.Model):
    """What a national data collection asks of each country for each year: its variables.

    Rules: owned by an expert group, or by the Commission when `expert_group` is empty;
    `key` names it for good; its variables change only until a collection uses it, so the
    rows of every collection always mean what was asked. `dimension` is the id of the
    dataset dimension whose codes are the variables' codes (e.g. `indic_rt`).
    """

    key = models.SlugField(_("key"), max_length=60, unique=True)
    names = models.JSONField(_("names"), default=dict)
    descriptions = models.JSONField(_("descriptions"), default=dict, blank=True)
    expert_group = models.ForeignKey(
        "network.ExpertGroup",
        verbose_name=_("owning expert group"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Empty when the Commission owns the template."),
    )
    dimension = models.SlugField(_("variable dimension"), max_length=40, default="indic")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    objects = TemplateQuerySet.as_manager()

    class Meta:
        ordering = ["key"]
        verbose_name = _("collection template")

    def __str__(self) -> str:
        return self.name()

    def name(self, language: str | None = None) -> str:
        return label_in(self.names, language or _language(), self.key)


class CollectionVariable(models.Model):
    """One figure a template asks for: a code, labels, a unit, a kind and its limits.

    Rules: the code is the variable's code in the dataset (upper case, like Eurostat's);
    a value fits the kind (whole numbers, money in cents, yes or no) and the unit (a
    percentage lies between 0 and 100), is at least `minimum` when one is set, and a
    required variable needs a value, or a flag saying why there is none, before submission.
    """

    class Kind(models.TextChoices):
        INTEGER = "integer", _("Whole number")
        DECIMAL = "decimal", _("Decimal number")
        MONEY = "money", _("Amount of money")
        YES_NO = "yes_no", _("Yes or no")

    class Unit(models.TextChoices):
        EUR = "EUR", _("euro")
        NR = "NR", pgettext_lazy("unit of measure", "number")
        PER = "PER", _("persons")
        PC = "PC", _("percentage")
        YES_NO = "YES_NO", _("yes (1) or no (0)")

    template = models.ForeignKey(
        CollectionTemplate, on_delete=models.CASCADE, related_name="variables"
    )
    position = models.PositiveSmallIntegerField(pgettext_lazy("order in a list", "position"))
    code = models.CharField(_("code"), max_length=40)
    labels = models.JSONField(_("labels"), default=dict)
    unit = models.CharField(_("unit"), max_length=10, choices=Unit.choices)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    required = models.BooleanField(_("required"), default=True)
    minimum = models.DecimalField(
        _("minimum"), max_digits=20, decimal_places=4, null=True, blank=True
    )

    objects = models.Manager()

    class Meta:
        ordering = ["template", "position"]
        verbose_name = _("collection variable")
        constraints = [
            models.UniqueConstraint(fields=["template", "code"], name="stats_variable_code"),
        ]

    def __str__(self) -> str:
        return self.label()

    def label(self, language: str | None = None) -> str:
        return label_in(self.labels, language or _language(), self.code)


class Collection(models.Model):
    """A template asked of a set of countries for one or more years, with a deadline.

    Rules: its `request` (kind data collection) holds the countries, the deadline and the
    per-country workflow; `dataset_code` is the dataset its submitted rows are published
    to, at the dissemination level the asker chose; one collection per dataset.
    """

    template = models.ForeignKey(
        CollectionTemplate, on_delete=models.PROTECT, related_name="collections"
    )
    request = models.OneToOneField(
        "contributions.Request", on_delete=models.PROTECT, related_name="data_collection"
    )
    years = models.JSONField(_("years"), default=list)
    dataset_code = models.SlugField(_("dataset code"), max_length=80, unique=True)
    dissemination = models.CharField(
        _("dissemination level of the data"),
        max_length=10,
        choices=DisseminationLevel.choices,
        default=DisseminationLevel.EMN,
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    objects = CollectionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("national data collection")

    def __str__(self) -> str:
        return self.request.title

    @property
    def periods(self) -> list[str]:
        return [str(year) for year in sorted(self.years)]


class DataRow(models.Model):
    """One value of one country's contribution: a variable in a year, with its flag and note.

    Rules: at most one row per contribution, variable and year; an empty value is only
    kept with a flag that says why (confidential, not applicable ...); rows change through
    `emn.stats.collections.services` only, under the engine's version check.
    """

    contribution = models.ForeignKey(
        "contributions.Contribution", on_delete=models.CASCADE, related_name="data_rows"
    )
    variable = models.ForeignKey(CollectionVariable, on_delete=models.PROTECT, related_name="rows")
    period = models.CharField(_("year"), max_length=10)
    value = models.DecimalField(_("value"), max_digits=24, decimal_places=4, null=True, blank=True)
    flag = models.CharField(_("flag"), max_length=4, blank=True)
    note = models.TextField(_("note"), blank=True)

    objects = models.Manager()

    class Meta:
        ordering = ["contribution", "variable__position", "period"]
        verbose_name = _("data row")
        constraints = [
            models.UniqueConstraint(
                fields=["contribution", "variable", "period"], name="stats_datarow_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.variable.code} {self.period}: {self.value}{self.flag}"


def _language() -> str:
    from django.utils.translation import get_language

    return (get_language() or "en").split("-")[0]
