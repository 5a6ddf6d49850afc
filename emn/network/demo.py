"""Demo data of the network: NCP hosts, Lithuania's national network, the Return Expert
Group, a few directory entries. Facts (hosts, dates) follow public sources; the people,
descriptions and figures are invented for the demo."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from django.utils.text import slugify

from emn.core.dissemination import DisseminationLevel
from emn.core.models import Theme
from emn.core.themes import ThemeCode
from emn.network import services
from emn.network.data.ncps import NCP_HOSTS
from emn.network.models import (
    Country,
    ExpertGroup,
    NationalContactPoint,
    NetworkPartner,
    Organisation,
    Researcher,
)

LT_PARTNERS = (
    (
        "Ministry of the Interior of the Republic of Lithuania",
        "ministry",
        "Designates the NCP and sets national migration policy.",
    ),
    (
        "Migration Department under the Ministry of the Interior",
        "agency",
        "Provides national migration and asylum data and reviews national reports.",
    ),
)


def _organisation(
    actor: Any, name: str, kind: str, country: Country | None, **fields: Any
) -> Organisation:
    existing = Organisation.objects.filter(name=name, country=country).first()
    if existing is not None:
        return existing
    return services.create_organisation(actor, name=name, kind=kind, country=country, **fields)


def _ncps(actor: Any) -> int:
    created = 0
    for code, host in NCP_HOSTS.items():
        country = Country.objects.get(code=code)
        if NationalContactPoint.objects.filter(country=country).exists():
            continue
        coordinator = _organisation(actor, host.name, host.kind, country, acronym=host.acronym)
        ministry = _organisation(actor, host.designated_by, "ministry", country)
        services.create_ncp(
            actor,
            country=country,
            coordinator=coordinator,
            designated_by=ministry,
            operating_since=datetime.date(2013 if code == "HR" else 2008, 12, 1),
            email=f"emn-{code.lower()}@example.org",
            address=f"EMN National Contact Point\n{host.name}\n{country.name_in('en')}",
        )
        created += 1
    return created


def _lithuania(actor: Any) -> None:
    ncp = NationalContactPoint.objects.get(country__code="LT")
    for name, kind, contribution in LT_PARTNERS:
        organisation = _organisation(actor, name, kind, ncp.country)
        if not NetworkPartner.objects.filter(ncp=ncp, organisation=organisation).exists():
            services.add_network_partner(actor, ncp, organisation, contribution=contribution)
    if not ncp.funding.exists():
        # Illustrative figures for the demo, not the actual grant amounts.
        services.record_funding(
            actor,
            ncp,
            year=2025,
            commission_grant=Decimal("250000"),
            national_cofinancing=Decimal("30000"),
        )
        services.record_funding(
            actor,
            ncp,
            year=2026,
            commission_grant=Decimal("260000"),
            national_cofinancing=Decimal("32000"),
            dissemination=DisseminationLevel.EMN,
        )


def _return_expert_group() -> None:
    group, created = ExpertGroup.objects.get_or_create(
        acronym="REG",
        defaults={
            "name": "Return Expert Group",
            "set_up_year": 2014,
            "mandate": (
                "Exchanges practice on voluntary return and reintegration: spending on "
                "return programmes, readmission and cooperation with countries of origin, "
                "and how Member States carry out return, drawing on Eurostat, national and "
                "Norwegian data."
            ),
        },
    )
    if created:
        group.themes.set(Theme.objects.filter(code=ThemeCode.RETURN))


def _directory(actor: Any) -> None:
    esri = Organisation.objects.get(name="Economic and Social Research Institute")
    uni_lu = Organisation.objects.get(name="University of Luxembourg")
    for institute, themes in (
        (esri, [ThemeCode.INTEGRATION, ThemeCode.LEGAL_MIGRATION]),
        (uni_lu, [ThemeCode.INTEGRATION, ThemeCode.STATISTICS]),
    ):
        if not institute.in_directory:
            services.update_organisation(actor, institute, in_directory=True)
            institute.expertise.set(Theme.objects.filter(code__in=themes))
    people = (
        (
            "Dr Nora Lindqvist",
            "Senior researcher",
            esri,
            [ThemeCode.LABOUR_MIGRATION],
            ["IE", "SE"],
            DisseminationLevel.PUBLIC,
        ),
        (
            "Prof. Marek Dvořák",
            "Professor of migration law",
            uni_lu,
            [ThemeCode.ASYLUM, ThemeCode.INTERNATIONAL_PROTECTION],
            ["LU", "CZ"],
            DisseminationLevel.PUBLIC,
        ),
        (
            "Dr Irena Golob",
            "Research fellow",
            None,
            [ThemeCode.RETURN, ThemeCode.UNACCOMPANIED_MINORS],
            ["SI", "HR"],
            DisseminationLevel.EMN,
        ),
    )
    for name, title, affiliation, themes, countries, level in people:
        if Researcher.objects.filter(name=name).exists():
            continue
        services.add_researcher(
            actor,
            name=name,
            title=title,
            affiliation=affiliation,
            email=f"{slugify(name.split()[-1])}@example.org",
            biography="Works on comparative migration policy in Europe (demo entry).",
            legal_basis=Researcher.LegalBasis.CONSENT,
            basis_recorded_on=datetime.date(2026, 3, 2),
            dissemination=level,
            expertise=list(Theme.objects.filter(code__in=themes)),
            countries=list(Country.objects.filter(code__in=countries)),
        )


def load(actor: Any, out: Any) -> None:
    created = _ncps(actor)
    _lithuania(actor)
    _return_expert_group()
    _directory(actor)
    out.write(f"Network: {created} NCPs created, {NationalContactPoint.objects.count()} in all.")
