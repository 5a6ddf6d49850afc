"""The indicators the platform ships, as data: `services.sync_indicators` loads them.

Each entry is what an `Indicator` row holds, with themes by code and glossary concepts by
key (those the glossary does not have yet are linked on a later sync). Filters may name
dimensions an extract of the dataset lacks (the Data Explorer's migr_eirtn has no `sex`):
such a filter is left out for it. Dataset codes and dimension codes are Eurostat's.
"""

from __future__ import annotations

from typing import Any

_TOTALS = {"citizen": "TOTAL", "sex": "T", "age": "TOTAL"}
POPULATION: list[dict[str, Any]] = [
    {"dataset": "demo_pjan", "filters": {"sex": "T", "age": "TOTAL", "unit": "NR"}},
    {"dataset": "demo_gind", "filters": {"indic_de": "JAN"}},
]


def _decisions(decision: str) -> list[dict[str, Any]]:
    """First-instance decisions: the annual table, else the quarterly one summed to years."""
    filters = {**_TOTALS, "decision": decision}
    return [
        {"dataset": "migr_asydcfsta", "filters": filters},
        {"dataset": "migr_asydcfstq", "filters": filters, "period_sum": "A"},
    ]


BUILTIN: list[dict[str, Any]] = [
    {
        "key": "return-rate",
        "position": 10,
        "names": {
            "en": "Return rate",
            "fr": "Taux de retour",
            "de": "Rückkehrquote",
        },
        "definitions": {
            "en": "Third-country nationals returned following an order to leave, as a "
            "percentage of those ordered to leave in the same year.",
            "fr": "Ressortissants de pays tiers renvoyés à la suite d'une obligation de quitter "
            "le territoire, en pourcentage de ceux ayant reçu cette obligation la même année.",
            "de": "Nach einer Ausreiseaufforderung zurückgeführte Drittstaatsangehörige, in "
            "Prozent der im selben Jahr zur Ausreise aufgeforderten Personen.",
        },
        "unit": "percent",
        "decimals": 1,
        "formula": "ratio",
        "spec": {
            "inputs": {
                "numerator": {"dataset": "migr_eirtn", "filters": _TOTALS},
                "denominator": {"dataset": "migr_eiord", "filters": _TOTALS},
            },
            "align": ["geo"],
            "scale": 100,
        },
        "themes": ["return", "statistics"],
        "concepts": ["return", "return-decision", "third-country-national"],
    },
    {
        "key": "assisted-return-share",
        "position": 20,
        "names": {
            "en": "Share of assisted returns",
            "fr": "Part des retours assistés",
            "de": "Anteil der unterstützten Rückkehr",
        },
        "definitions": {
            "en": "Third-country nationals who left with assistance (assisted voluntary or "
            "assisted forced return), as a percentage of all who left following an order "
            "to leave.",
            "fr": "Ressortissants de pays tiers partis avec une aide (retour volontaire ou "
            "forcé assisté), en pourcentage de tous ceux partis à la suite d'une obligation "
            "de quitter le territoire.",
            "de": "Drittstaatsangehörige, die mit Unterstützung ausreisten (unterstützte "
            "freiwillige oder erzwungene Rückkehr), in Prozent aller nach einer "
            "Ausreiseaufforderung Ausgereisten.",
        },
        "unit": "percent",
        "decimals": 1,
        "formula": "share",
        "spec": {
            "inputs": {
                "part": {
                    "dataset": "migr_eirt_ass",
                    "filters": {"citizen": "TOTAL", "asstc": "ASST"},
                },
                "total": {
                    "dataset": "migr_eirt_ass",
                    "filters": {"citizen": "TOTAL", "asstc": "TOTAL"},
                },
            },
            "align": ["geo"],
        },
        "themes": ["return", "statistics"],
        "concepts": ["assisted-voluntary-return-and-reintegration", "voluntary-return"],
    },
    {
        "key": "first-instance-recognition-rate",
        "position": 30,
        "names": {
            "en": "First-instance recognition rate",
            "fr": "Taux de reconnaissance en première instance",
            "de": "Anerkennungsquote in erster Instanz",
        },
        "definitions": {
            "en": "Positive first-instance decisions on applications for international "
            "protection (refugee status, subsidiary protection, humanitarian status) as a "
            "percentage of all first-instance decisions.",
            "fr": "Décisions positives de première instance sur les demandes de protection "
            "internationale (statut de réfugié, protection subsidiaire, raisons "
            "humanitaires), en pourcentage de toutes les décisions de première instance.",
            "de": "Positive erstinstanzliche Entscheidungen über Anträge auf internationalen "
            "Schutz (Flüchtlingseigenschaft, subsidiärer Schutz, humanitäre Gründe) in "
            "Prozent aller erstinstanzlichen Entscheidungen.",
        },
        "unit": "percent",
        "decimals": 1,
        "formula": "ratio",
        "spec": {
            "inputs": {
                "numerator": _decisions("TOTAL_POS"),
                "denominator": _decisions("TOTAL"),
            },
            "align": ["geo"],
            "scale": 100,
        },
        "themes": ["asylum", "international-protection", "statistics"],
        "concepts": ["first-instance-decision", "application-for-international-protection"],
    },
    {
        "key": "asylum-applicants-per-100k",
        "position": 40,
        "names": {
            "en": "Asylum applicants per 100,000 inhabitants",
            "fr": "Demandeurs d'asile pour 100 000 habitants",
            "de": "Asylbewerber je 100 000 Einwohner",
        },
        "definitions": {
            "en": "Persons who applied for international protection during the year, per "
            "100,000 inhabitants on 1 January.",
            "fr": "Personnes ayant demandé une protection internationale au cours de l'année, "
            "pour 100 000 habitants au 1er janvier.",
            "de": "Personen, die im Laufe des Jahres internationalen Schutz beantragt haben, "
            "je 100 000 Einwohner am 1. Januar.",
        },
        "unit": "per_100k",
        "decimals": 1,
        "formula": "per_100k",
        "spec": {
            "inputs": {
                "count": {
                    "dataset": "migr_asyappctza",
                    "filters": {**_TOTALS, "asyl_app": "ASY_APP"},
                },
                "population": POPULATION,
            },
            "align": ["geo"],
        },
        "themes": ["asylum", "statistics"],
        "concepts": [
            "applicant-for-international-protection",
            "application-for-international-protection",
        ],
    },
    {
        "key": "first-permits-per-100k",
        "position": 50,
        "names": {
            "en": "First residence permits per 100,000 inhabitants",
            "fr": "Premiers titres de séjour pour 100 000 habitants",
            "de": "Erstmalige Aufenthaltstitel je 100 000 Einwohner",
        },
        "definitions": {
            "en": "First residence permits issued to third-country nationals during the "
            "year, for any reason and length of validity, per 100,000 inhabitants on "
            "1 January.",
            "fr": "Premiers titres de séjour délivrés à des ressortissants de pays tiers au "
            "cours de l'année, tous motifs et durées confondus, pour 100 000 habitants au "
            "1er janvier.",
            "de": "Im Laufe des Jahres an Drittstaatsangehörige erteilte erstmalige "
            "Aufenthaltstitel, aus allen Gründen und jeder Gültigkeitsdauer, je 100 000 "
            "Einwohner am 1. Januar.",
        },
        "unit": "per_100k",
        "decimals": 1,
        "formula": "per_100k",
        "spec": {
            "inputs": {
                "count": {
                    "dataset": "migr_resfirst",
                    "filters": {"citizen": "TOTAL", "reason": "TOTAL", "duration": "TOTAL"},
                },
                "population": POPULATION,
            },
            "align": ["geo"],
        },
        "themes": ["legal-migration", "statistics"],
        "concepts": ["first-residence-permit", "residence-permit", "third-country-national"],
    },
    {
        "key": "asylum-applicants-change",
        "position": 60,
        "names": {
            "en": "Asylum applicants: change on the previous year",
            "fr": "Demandeurs d'asile : évolution par rapport à l'année précédente",
            "de": "Asylbewerber: Veränderung gegenüber dem Vorjahr",
        },
        "definitions": {
            "en": "Change in the number of asylum applicants compared with the previous "
            "year, in percent.",
            "fr": "Évolution du nombre de demandeurs d'asile par rapport à l'année "
            "précédente, en pourcentage.",
            "de": "Veränderung der Zahl der Asylbewerber gegenüber dem Vorjahr, in Prozent.",
        },
        "unit": "percent",
        "decimals": 1,
        "formula": "change",
        "spec": {
            "inputs": {
                "series": {
                    "dataset": "migr_asyappctza",
                    "filters": {**_TOTALS, "asyl_app": "ASY_APP"},
                },
            },
            "align": ["geo"],
            "lag": 1,
        },
        "themes": ["asylum", "statistics"],
        "concepts": ["applicant-for-international-protection"],
    },
]
