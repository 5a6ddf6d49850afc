"""The demo datasets: small extracts of the shared Eurostat files (PROVENANCE.md), described.

Titles are Eurostat's, shortened to what the extract holds, in English, French and German;
themes by code and glossary concepts by key (the glossary demo loads before this one).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class DemoDataset:
    code: str
    titles: dict[str, str]
    themes: tuple[str, ...]
    concepts: tuple[str, ...] = ()

    @property
    def path(self) -> Path:
        return HERE / f"{self.code}.tsv"


DATASETS = (
    DemoDataset(
        "migr_asyappctza",
        {
            "en": "Asylum applicants by citizenship, age and sex - annual data (totals)",
            "fr": "Demandeurs d'asile par nationalité, âge et sexe - données annuelles (totaux)",
            "de": "Asylbewerber nach Staatsangehörigkeit, Alter und Geschlecht - "
            "Jahresdaten (Summen)",
        },
        ("asylum", "statistics"),
        ("applicant-for-international-protection", "application-for-international-protection"),
    ),
    DemoDataset(
        "migr_asydcfstq",
        {
            "en": "First-instance decisions on asylum applications - quarterly data (totals)",
            "fr": "Décisions de première instance sur les demandes d'asile - données "
            "trimestrielles (totaux)",
            "de": "Erstinstanzliche Entscheidungen über Asylanträge - Quartalsdaten (Summen)",
        },
        ("asylum", "international-protection", "statistics"),
        ("first-instance-decision",),
    ),
    DemoDataset(
        "migr_eirtn",
        {
            "en": "Third-country nationals returned following an order to leave - annual "
            "data (totals)",
            "fr": "Ressortissants de pays tiers renvoyés à la suite d'une obligation de "
            "quitter le territoire - données annuelles (totaux)",
            "de": "Nach einer Ausreiseaufforderung zurückgeführte Drittstaatsangehörige - "
            "Jahresdaten (Summen)",
        },
        ("return", "statistics"),
        ("return", "third-country-national"),
    ),
    DemoDataset(
        "migr_eiord",
        {
            "en": "Third-country nationals ordered to leave - annual data (totals)",
            "fr": "Ressortissants de pays tiers faisant l'objet d'une obligation de quitter "
            "le territoire - données annuelles (totaux)",
            "de": "Zur Ausreise aufgeforderte Drittstaatsangehörige - Jahresdaten (Summen)",
        },
        ("return", "irregular-migration", "statistics"),
        ("return-decision", "third-country-national"),
    ),
    DemoDataset(
        "demo_gind",
        {
            "en": "Population on 1 January - demographic balance at national level",
            "fr": "Population au 1er janvier - bilan démographique au niveau national",
            "de": "Bevölkerung am 1. Januar - demografische Bilanz auf nationaler Ebene",
        },
        ("statistics",),
    ),
)
