"""Demo publications in English, French, German, Slovenian and Lithuanian (invented wording).

Written through the services as the Commission; a few carry files (PDF, DOCX, HTML) whose
text is extracted at once, so search has words to find in several inflections. A
publication whose first title exists is left alone, so loading twice adds nothing.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile

from emn.core.models import Theme
from emn.library import samples, services
from emn.library.models import ArchivePolicy, Publication, PublicationText, PublicationType
from emn.library.tasks import run_extraction
from emn.network.models import Country

T = PublicationType
D = datetime.date

SL_RETURN = [
    "Slovenija je v letu 2024 okrepila postopke vračanja. Vračanje državljanov tretjih držav, "
    "ki nimajo pravice do prebivanja, poteka prek prostovoljnega vračanja ali odstranitve.",
    "Prosilci za azil, katerih prošnje so bile zavrnjene, so bili obveščeni o možnosti "
    "prostovoljnega vračanja. O vračanju so se posvetovali z Mednarodno organizacijo za migracije.",
    "Pri vračanju mladoletnikov brez spremstva se upošteva njihova korist; pred vračanjem "
    "se preveri, ali jih v izvorni državi sprejme družina ali ustrezna ustanova.",
]
LT_ASYLUM = [
    "2024 metais Lietuvoje pateikta daugiau prieglobsčio prašymų nei ankstesniais metais. "
    "Prieglobsčio prašytojai apgyvendinami užsieniečių registracijos centre.",
    "Grąžinimo sprendimai priimami užsieniečiams, kurių prieglobsčio prašymai atmesti. "
    "Savanoriškam grąžinimui teikiama parama, o priverstinis grąžinimas taikomas kraštutiniu atveju.",
    "Migracijos departamentas bendradarbiauja su Tarptautine migracijos organizacija "
    "grąžinimo ir reintegracijos klausimais.",
]
DE_INTEGRATION = [
    "Der Bericht beschreibt, wie Deutschland die Integration von Schutzberechtigten in den "
    "Arbeitsmarkt fördert: Sprachkurse, Anerkennung von Abschlüssen und Beratung.",
    "Die Rückkehrberatung wird von Ländern und Kommunen angeboten; freiwillige Rückkehr "
    "wird finanziell unterstützt.",
]
FR_BULLETIN = [
    "Ce bulletin résume les évolutions récentes des politiques d'asile et de migration en Europe.",
    "La France a adopté une nouvelle loi sur l'immigration ; les procédures de retour et "
    "d'éloignement ont été modifiées, ainsi que l'accès au marché du travail des demandeurs d'asile.",
]

# (texts, type, published, country of the producing NCP, countries covered, themes, level,
#  keywords, file as (builder, name, language, paragraphs) or None)
PUBLICATIONS: list[dict[str, Any]] = [
    {
        "texts": [
            (
                "en",
                "Annual report on migration and asylum 2023",
                "The network's overview of "
                "developments in migration and asylum across the Member States in 2023.",
            ),
            (
                "fr",
                "Rapport annuel sur la migration et l'asile 2023",
                "Vue d'ensemble des évolutions de 2023 dans les États membres.",
            ),
        ],
        "type": T.ANNUAL_REPORT,
        "published_on": D(2024, 6, 20),
        "countries": ["AT", "DE", "FR", "LT", "SI"],
        "themes": ["asylum", "legal-migration"],
        "key": "arm2023",
    },
    {
        "texts": [
            (
                "en",
                "Annual report on migration and asylum 2024",
                "Asylum, return, legal "
                "migration and integration in 2024, with figures from every Member State.",
            ),
            (
                "de",
                "Jahresbericht über Migration und Asyl 2024",
                "Asyl, Rückkehr, legale Migration und Integration im Jahr 2024.",
            ),
        ],
        "type": T.ANNUAL_REPORT,
        "published_on": D(2025, 6, 18),
        "supersedes": "arm2023",
        "countries": ["AT", "DE", "FR", "LT", "SI"],
        "themes": ["asylum", "return"],
    },
    {
        "texts": [
            (
                "sl",
                "Vračanje zavrnjenih prosilcev za azil v Sloveniji",
                "Nacionalno poročilo o vračanju in prostovoljnem vračanju v letu 2024.",
            ),
            (
                "en",
                "Return of rejected asylum applicants in Slovenia",
                "National report on return and voluntary return in 2024.",
            ),
        ],
        "type": T.NATIONAL_REPORT,
        "published_on": D(2025, 3, 12),
        "country": "SI",
        "countries": ["SI"],
        "themes": ["return", "asylum"],
        "keywords": ["return"],
        "file": (samples.pdf_bytes, "vracanje-2024.pdf", "sl", SL_RETURN),
    },
    {
        "texts": [
            (
                "lt",
                "Prieglobstis ir grąžinimas Lietuvoje 2024 m.",
                "Nacionalinė ataskaita apie prieglobsčio prašymus ir grąžinimą.",
            ),
        ],
        "type": T.NATIONAL_REPORT,
        "published_on": D(2025, 4, 2),
        "country": "LT",
        "countries": ["LT"],
        "themes": ["asylum", "return"],
        "file": (samples.pdf_bytes, "prieglobstis-2024.pdf", "lt", LT_ASYLUM),
    },
    {
        "texts": [
            (
                "de",
                "Integration von Schutzberechtigten in den Arbeitsmarkt",
                "Nationale Studie des deutschen EMN-Kontaktpunkts.",
            ),
        ],
        "type": T.STUDY,
        "published_on": D(2024, 11, 5),
        "country": "DE",
        "countries": ["DE"],
        "themes": ["integration", "labour-migration"],
        "file": (samples.docx_bytes, "integration.docx", "de", DE_INTEGRATION),
    },
    {
        "texts": [
            (
                "fr",
                "Bulletin de l'EMN - mars 2024",
                "Évolutions des politiques d'asile et de migration, décembre 2023 à février 2024.",
            ),
            (
                "en",
                "EMN Bulletin - March 2024",
                "Policy developments, December 2023 to February 2024.",
            ),
        ],
        "type": T.BULLETIN,
        "published_on": D(2024, 3, 15),
        "country": "FR",
        "countries": ["FR"],
        "themes": ["asylum"],
        "file": (samples.html_bytes, "bulletin-2024-03.html", "fr", FR_BULLETIN),
    },
    {
        "texts": [("en", "EMN Bulletin - June 2022", "Policy developments, March to May 2022.")],
        "type": T.BULLETIN,
        "published_on": D(2022, 6, 30),
        "themes": ["asylum"],
    },
    {
        "texts": [
            ("en", "EMN Bulletin - September 2025", "Policy developments, June to August 2025.")
        ],
        "type": T.BULLETIN,
        "published_on": D(2025, 9, 30),
        "themes": ["asylum", "return"],
    },
    {
        "texts": [
            (
                "en",
                "Unaccompanied minors: reception and guardianship",
                "Synthesis of the national reports on reception, guardianship and age assessment.",
            ),
            (
                "sl",
                "Mladoletniki brez spremstva: sprejem in skrbništvo",
                "Sinteza nacionalnih poročil o sprejemu in skrbništvu.",
            ),
        ],
        "type": T.SYNTHESIS,
        "published_on": D(2025, 1, 28),
        "countries": ["AT", "DE", "FR", "LT", "SI"],
        "themes": ["unaccompanied-minors"],
    },
    {
        "texts": [
            (
                "en",
                "EMN Inform: voluntary return and reintegration programmes",
                "A short overview of assisted voluntary return programmes.",
            )
        ],
        "type": T.INFORM,
        "published_on": D(2024, 9, 10),
        "themes": ["return"],
        "countries": ["AT", "DE", "SI"],
    },
    {
        "texts": [
            (
                "lt",
                "Lietuvos migracijos faktų suvestinė",
                "Pagrindiniai 2024 m. migracijos ir prieglobsčio skaičiai.",
            )
        ],
        "type": T.FACTSHEET,
        "published_on": D(2025, 5, 20),
        "country": "LT",
        "countries": ["LT"],
        "themes": ["statistics"],
    },
    {
        "texts": [
            (
                "en",
                "Return expert group: working paper on return counselling",
                "Discussion paper for the network only: practices and open questions.",
            )
        ],
        "type": T.EXPERT_GROUP_PAPER,
        "published_on": D(2025, 2, 14),
        "dissemination": "emn",
        "themes": ["return"],
    },
    {
        "texts": [
            (
                "en",
                "Directive 2008/115/EC on common standards for returning illegally staying "
                "third-country nationals",
                "The Return Directive.",
            ),
            (
                "fr",
                "Directive 2008/115/CE relative aux normes communes applicables au retour",
                "La directive « retour ».",
            ),
        ],
        "type": T.LEGISLATION,
        "published_on": D(2008, 12, 16),
        "themes": ["return"],
        "link": "https://eur-lex.europa.eu/eli/dir/2008/115/oj",
    },
    {
        "texts": [
            (
                "en",
                "Case law summary: detention pending removal",
                "Summaries of recent judgments on detention for the purpose of removal.",
            )
        ],
        "type": T.CASE_LAW,
        "published_on": D(2024, 10, 1),
        "themes": ["return"],
    },
    {
        "texts": [
            (
                "en",
                "Pact on Migration and Asylum: implementation plan overview",
                "The Commission's overview of the common implementation plan.",
            )
        ],
        "type": T.POLICY,
        "published_on": D(2024, 6, 12),
        "themes": ["asylum", "borders-visas"],
    },
]


def _country(code: str | None) -> Country | None:
    return Country.objects.get(code=code) if code else None


def _create(actor: Any, spec: dict[str, Any], made: dict[str, Publication]) -> Publication:
    publication = services.create_publication(
        actor,
        type=spec["type"],
        texts=spec["texts"],
        published_on=spec["published_on"],
        authors=spec.get("authors", "European Migration Network"),
        country=_country(spec.get("country")),
        countries=list(Country.objects.filter(code__in=spec.get("countries", []))),
        themes=list(Theme.objects.filter(code__in=spec.get("themes", []))),
        keywords=spec.get("keywords", []),
        dissemination=spec.get("dissemination", "public"),
        supersedes=made.get(spec.get("supersedes", "")),
        link=spec.get("link", ""),
    )
    if "file" in spec:
        build, name, language, paragraphs = spec["file"]
        title = spec["texts"][0][1]
        content = (
            build(title, paragraphs, language)
            if build is samples.html_bytes
            else build(title, paragraphs)
        )
        row = services.add_file(actor, publication, SimpleUploadedFile(name, content), language)
        run_extraction(row.pk)  # at once, so the demo is searchable before a worker runs
    return publication


def load(actor: Any, out: Any) -> None:
    """Create the demo publications and the bulletin's archive rule (24 months)."""
    made: dict[str, Publication] = {}
    created = 0
    for spec in PUBLICATIONS:
        first_title = spec["texts"][0][1]
        existing = PublicationText.objects.filter(title=first_title).select_related("publication")
        found = existing.first()
        if found is None:
            publication = _create(actor, spec, made)
            created += 1
        else:
            publication = found.publication
        if "key" in spec:
            made[spec["key"]] = publication
    if not ArchivePolicy.objects.filter(type=T.BULLETIN).exists():
        services.set_archive_policy(actor, T.BULLETIN, 24)
    out.write(
        f"Library: {created} publications created, {len(PUBLICATIONS) - created} kept as they "
        "were; bulletins are archived after 24 months."
    )
