"""Demo: the Return Expert Group's template and its 2025 collection, with invented values.

Every figure here is made up for the demonstration (the collection's title and each row's
note say so); none comes from a Member State. Written through the services as the people
who would do it: the group's member defines and launches, coordinators fill in and submit,
Italy's contributor leaves a draft. A template whose key exists is left alone.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from django.utils import timezone

from emn.accounts.demo import email_of
from emn.accounts.models import User
from emn.contributions.models import Contribution
from emn.network.models import Country, ExpertGroup
from emn.stats.collections import services
from emn.stats.collections.models import Collection, CollectionTemplate
from emn.stats.collections.services import Entry, VariableSpec

KEY = "reg-return-reintegration"
DATASET = "emn_reg_return_spending"
ASKED = ("SI", "LT", "FR", "DE", "IT", "AT", "NL")
NOTE = "Demo value, invented for the demonstration."
NAMES = {
    "en": "Return and reintegration spending",
    "fr": "Dépenses de retour et de réintégration",
    "de": "Ausgaben für Rückkehr und Reintegration",
    "sl": "Izdatki za vračanje in reintegracijo",
    "lt": "Grąžinimo ir reintegracijos išlaidos",
}


def _labels(en: str, fr: str, de: str, sl: str, lt: str) -> dict[str, str]:
    return {"en": en, "fr": fr, "de": de, "sl": sl, "lt": lt}


ZERO = Decimal(0)
VARIABLES = [
    VariableSpec(
        "RET_SPENT",
        _labels(
            "Money spent on return programmes",
            "Dépenses consacrées aux programmes de retour",
            "Ausgaben für Rückkehrprogramme",
            "Sredstva, porabljena za programe vračanja",
            "Grąžinimo programoms išleistos lėšos",
        ),
        "EUR",
        "money",
        minimum=ZERO,
    ),
    VariableSpec(
        "REINT_SPENT",
        _labels(
            "Money spent on reintegration programmes",
            "Dépenses consacrées aux programmes de réintégration",
            "Ausgaben für Reintegrationsprogramme",
            "Sredstva, porabljena za programe reintegracije",
            "Reintegracijos programoms išleistos lėšos",
        ),
        "EUR",
        "money",
        minimum=ZERO,
    ),
    VariableSpec(
        "PROG",
        _labels(
            "Number of return and reintegration programmes",
            "Nombre de programmes de retour et de réintégration",
            "Anzahl der Rückkehr- und Reintegrationsprogramme",
            "Število programov vračanja in reintegracije",
            "Grąžinimo ir reintegracijos programų skaičius",
        ),
        "NR",
        "integer",
        minimum=ZERO,
    ),
    VariableSpec(
        "CASH_MIN",
        _labels(
            "Minimum cash support per person",
            "Aide financière minimale par personne",
            "Mindestbetrag der Barleistung pro Person",
            "Najnižja denarna pomoč na osebo",
            "Mažiausia piniginė parama asmeniui",
        ),
        "EUR",
        "money",
        minimum=ZERO,
    ),
    VariableSpec(
        "CASH_MAX",
        _labels(
            "Maximum cash support per person",
            "Aide financière maximale par personne",
            "Höchstbetrag der Barleistung pro Person",
            "Najvišja denarna pomoč na osebo",
            "Didžiausia piniginė parama asmeniui",
        ),
        "EUR",
        "money",
        minimum=ZERO,
    ),
    VariableSpec(
        "INKIND",
        _labels(
            "In-kind support offered",
            "Aide en nature proposée",
            "Sachleistungen angeboten",
            "Ponujena pomoč v naravi",
            "Siūloma parama natūra",
        ),
        "YES_NO",
        "yes_no",
    ),
    VariableSpec(
        "INKIND_PER",
        _labels(
            "People given in-kind support",
            "Personnes ayant reçu une aide en nature",
            "Personen mit Sachleistungen",
            "Osebe, ki so prejele pomoč v naravi",
            "Asmenys, gavę paramą natūra",
        ),
        "PER",
        "integer",
        required=False,
        minimum=ZERO,
    ),
    VariableSpec(
        "ASSISTED",
        _labels(
            "People assisted to return",
            "Personnes aidées au retour",
            "Bei der Rückkehr unterstützte Personen",
            "Osebe, ki jim je bilo pomagano pri vrnitvi",
            "Asmenys, kuriems padėta grįžti",
        ),
        "PER",
        "integer",
        minimum=ZERO,
    ),
]
CODES = [v.code for v in VARIABLES]
# Invented demo figures, in the order of CODES; a value with a flag is (value, flag).
SUBMITTED: dict[str, list[Any]] = {
    "SI": ["1150000", "420000", "2", "300", "1500", "yes", "180", "640"],
    "LT": ["2300000", "610000", "3", "200", "1200", "yes", "", "1120"],
    "FR": [("24800000", "p"), "9600000", "5", "650", "2500", "yes", "2100", ("6900", "p")],
    "DE": [("41500000", "e"), "18200000", "7", "500", "3000", "yes", "", "10400"],
}
DRAFT = ("IT", "expert.return", ["3900000", "", "2"])


def _user(local: str) -> User | None:
    return User.objects.filter(email=email_of(local), is_active=True).first()


def _entries(values: list[Any]) -> dict[str, Entry]:
    entries = {}
    for code, value in zip(CODES, values, strict=False):
        text, flag = value if isinstance(value, tuple) else (value, "")
        if text:
            entries[f"{code}-2025"] = Entry(value=text, flag=flag, note=NOTE)
    return entries


def _fill(collection: Collection, code: str, user: User, values: list[Any]) -> Contribution:
    row = Contribution.objects.get(request=collection.request, country__code=code)
    services.save_values(user, row, _entries(values), expected_version=row.version)
    row.refresh_from_db()
    return row


def _launch(asker: Any) -> Collection:
    template = services.define_template(
        asker,
        key=KEY,
        names=NAMES,
        descriptions={"en": "Per country and year, as the Return Expert Group asks (demo)."},
        variables=VARIABLES,
        expert_group=ExpertGroup.objects.filter(acronym="REG").first(),
        dimension="indic_rt",
    )
    return services.launch_collection(
        asker,
        template,
        title="Return and reintegration spending 2025 (demo values)",
        years=[2025],
        deadline=timezone.localdate() + datetime.timedelta(days=30),
        dataset_code=DATASET,
        countries=list(Country.objects.filter(code__in=ASKED)),
    )


def load(actor: Any, out: Any) -> None:
    """Define, launch and partly answer the demo collection, once."""
    if CollectionTemplate.objects.filter(key=KEY).exists():
        out.write("Data collections: the demo collection exists, left as it is.")
        return
    group = ExpertGroup.objects.filter(acronym="REG").first()
    expert = _user("expert.return")
    asker = expert if group is not None and expert is not None else actor
    collection = _launch(asker)
    submitted = 0
    for code, values in SUBMITTED.items():
        coordinator = _user(f"coordinator.{code.lower()}")
        if coordinator is not None:
            services.submit_row(coordinator, _fill(collection, code, coordinator, values))
            submitted += 1
    country, local, values = DRAFT
    drafter = _user(local)
    if drafter is not None:
        _fill(collection, country, drafter, values)
    out.write(
        f"Data collections: the Return Expert Group's 2025 collection, {submitted} submitted."
    )
