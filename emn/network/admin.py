"""The network in the Django admin, for the Commission; every change is audited."""

from __future__ import annotations

from django.contrib import admin

from emn.core.audited_admin import AuditedModelAdmin
from emn.network.models import (
    Country,
    ExpertGroup,
    NationalContactPoint,
    NcpFunding,
    NetworkPartner,
    Organisation,
    Researcher,
)


@admin.register(Country)
class CountryAdmin(AuditedModelAdmin):
    list_display = ("code", "iso_code", "name", "status", "since_year", "eu_member")
    list_filter = ("status", "eu_member")
    search_fields = ("code", "iso_code")


@admin.register(Organisation)
class OrganisationAdmin(AuditedModelAdmin):
    list_display = ("name", "acronym", "kind", "country", "in_directory", "dissemination")
    list_filter = ("kind", "in_directory", "dissemination", "country")
    search_fields = ("name", "acronym")
    filter_horizontal = ("expertise", "countries_covered")


class FundingInline(admin.TabularInline):
    model = NcpFunding
    extra = 0


class PartnerInline(admin.TabularInline):
    model = NetworkPartner
    extra = 0
    autocomplete_fields = ("organisation",)


@admin.register(NationalContactPoint)
class NationalContactPointAdmin(AuditedModelAdmin):
    list_display = ("country", "coordinator", "operating_since")
    autocomplete_fields = ("coordinator", "designated_by")
    filter_horizontal = ("organisations",)
    inlines = (PartnerInline, FundingInline)


@admin.register(ExpertGroup)
class ExpertGroupAdmin(AuditedModelAdmin):
    list_display = ("name", "acronym", "set_up_year")
    filter_horizontal = ("themes",)


@admin.register(Researcher)
class ResearcherAdmin(AuditedModelAdmin):
    list_display = ("name", "affiliation", "legal_basis", "dissemination", "erased_at")
    list_filter = ("legal_basis", "dissemination")
    search_fields = ("name", "email")
    filter_horizontal = ("expertise", "countries")
    readonly_fields = ("erased_at",)
