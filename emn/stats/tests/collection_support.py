"""Helpers of the national data collection tests: a small template, a launched collection,
an expert group member, and a country's row filled in and submitted."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from django.utils import timezone

from emn.accounts.models import Role
from emn.contributions.models import Contribution
from emn.core.testing.factories import ExpertGroupFactory, RoleFactory, UserFactory, country
from emn.network.models import ExpertGroup
from emn.stats.collections import services
from emn.stats.collections.models import Collection, CollectionTemplate
from emn.stats.collections.services import Entry, VariableSpec

VARIABLES = [
    VariableSpec(
        "SPENT", {"en": "Money spent on return", "fr": "Dépenses de retour"}, "EUR", "money"
    ),
    VariableSpec("PROGRAMMES", {"en": "Number of programmes"}, "NR", "integer", minimum=Decimal(0)),
    VariableSpec("IN_KIND", {"en": "In-kind support offered"}, "YES_NO", "yes_no", required=False),
]


def return_group() -> ExpertGroup:
    return ExpertGroup.objects.filter(acronym="REGT").first() or ExpertGroupFactory(
        name="Return Expert Group (tests)", acronym="REGT"
    )


def group_member(group: ExpertGroup | None = None, email: str = "expert@example.org") -> Any:
    """A member of the (test) Return Expert Group."""
    user = UserFactory(email=email)
    RoleFactory(user=user, kind=Role.Kind.EXPERT_GROUP, expert_group=group or return_group())
    return user


def template(
    actor: Any, key: str = "return-spending", group: Any = "default"
) -> CollectionTemplate:
    """A template of three variables, owned by the test Return Expert Group by default."""
    return services.define_template(
        actor,
        key=key,
        names={"en": "Return spending", "fr": "Dépenses de retour"},
        variables=VARIABLES,
        expert_group=return_group() if group == "default" else group,
        dimension="indic_rt",
    )


def launched(
    actor: Any,
    countries: tuple[str, ...] = ("SI", "FR"),
    code: str = "emn_return_test",
    dissemination: str = "emn",
    owner: Any = None,
) -> Collection:
    """A collection of the template for 2025, open to `countries`."""
    return services.launch_collection(
        actor,
        template(owner or actor),
        title="Return spending 2025",
        years=[2025],
        deadline=timezone.localdate() + datetime.timedelta(days=30),
        dataset_code=code,
        dissemination=dissemination,
        countries=[country(c) for c in countries],
    )


def row_of(collection: Collection, code: str) -> Contribution:
    return Contribution.objects.get(request=collection.request, country__code=code)


def fill(actor: Any, contribution: Contribution, **values: str) -> int:
    """Save values given as SPENT="1000" (year 2025); returns the new version."""
    contribution.refresh_from_db()
    entries = {f"{code}-2025": Entry(value=text) for code, text in values.items()}
    return services.save_values(actor, contribution, entries, expected_version=contribution.version)
