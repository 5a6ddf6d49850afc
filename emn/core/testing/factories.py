"""factory_boy factories for the models of the foundation, used by every app's tests."""

from __future__ import annotations

import datetime

import factory

from emn.accounts.models import Role, User
from emn.network.models import (
    Country,
    ExpertGroup,
    NationalContactPoint,
    Organisation,
    Researcher,
)

PASSWORD = "correct horse battery staple"


def country(code: str) -> Country:
    """Countries are reference data loaded by migration: fetch, never create."""
    return Country.objects.get(code=code)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    full_name = factory.Faker("name")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def saved(obj: User, create: bool, extracted: object, **kwargs: object) -> None:
        if create:
            obj.save()


class RoleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Role

    user = factory.SubFactory(UserFactory)
    kind = Role.Kind.NCP_CONTRIBUTOR


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Migration Research Centre {n}")
    kind = Organisation.Kind.RESEARCH_INSTITUTE
    country = factory.LazyFunction(lambda: country("SI"))


class NationalContactPointFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NationalContactPoint

    country = factory.LazyFunction(lambda: country("SI"))
    operating_since = datetime.date(2008, 12, 1)
    coordinator = factory.SubFactory(OrganisationFactory, kind=Organisation.Kind.MINISTRY)


class ExpertGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ExpertGroup

    name = factory.Sequence(lambda n: f"Expert group {n}")
    set_up_year = 2014


class ResearcherFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Researcher

    name = factory.Faker("name")
    email = factory.Sequence(lambda n: f"researcher{n}@example.org")
    legal_basis = Researcher.LegalBasis.CONSENT
    basis_recorded_on = datetime.date(2026, 1, 15)
