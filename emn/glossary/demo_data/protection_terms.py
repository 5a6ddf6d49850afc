"""Demo concepts of edition 1: asylum and international protection."""

from __future__ import annotations

from emn.glossary.demo_data.spec import (
    PROCEDURES,
    QUALIFICATION,
    STATISTICS,
    Spec,
)

PROTECTION_TERMS: tuple[Spec, ...] = (
    Spec(
        "asylum",
        ("asylum", "asile", "Asyl", "azil", "prieglobstis"),
        "Protection that a state grants on its territory to a person who cannot return home "
        "safely, in particular because of persecution or serious harm.",
        context="global",
        themes=("asylum",),
    ),
    Spec(
        "international-protection",
        ("international protection", "protection internationale", "internationaler Schutz",
         "mednarodna zaščita", "tarptautinė apsauga"),
        "In EU law, the umbrella for refugee status and subsidiary protection status.",
        f"{QUALIFICATION}, Art. 2(a)",
        definitions=(("fr", "En droit de l'Union, la notion qui regroupe le statut de réfugié "
                      "et le statut conféré par la protection subsidiaire."),),
        related=("asylum",),
        themes=("international-protection", "asylum"),
    ),
    Spec(
        "refugee",
        ("refugee", "réfugié", "Flüchtling", "begunec", "pabėgėlis"),
        "Someone who has left their country, and cannot or will not return or turn to it for "
        "protection, because they justifiably fear being persecuted for their race, religion, "
        "nationality, political opinion or belonging to a particular social group.",
        "Convention relating to the Status of Refugees (1951), Art. 1A(2)",
        context="global",
        themes=("international-protection",),
    ),
    Spec(
        "refugee-status",
        ("refugee status", "statut de réfugié", "Flüchtlingseigenschaft", "status begunca",
         "pabėgėlio statusas"),
        "The standing a Member State confers when it accepts that a person meets the refugee "
        "definition, with the rights attached to it.",
        f"{QUALIFICATION}, Art. 2(e)",
        extra=(("pref", "de-AT", "Status des Asylberechtigten"), ("alt", "de", "Flüchtlingsstatus")),
        definitions=(("sl", "Položaj, ki ga država članica prizna osebi, ko ugotovi, da "
                      "izpolnjuje pogoje za begunca, skupaj s pravicami, ki izhajajo iz njega."),),
        broader=("international-protection",),
        related=("refugee",),
        themes=("international-protection",),
    ),
    Spec(
        "subsidiary-protection",
        ("subsidiary protection", "protection subsidiaire", "subsidiärer Schutz",
         "subsidiarna zaščita", "papildoma apsauga"),
        "Protection for a person who does not qualify as a refugee but would face a real risk "
        "of serious harm if sent back, such as the death penalty, torture or indiscriminate "
        "violence in an armed conflict.",
        f"{QUALIFICATION}, Art. 2(f) and (g), Art. 15",
        definitions=(("de", "Schutz für eine Person, die nicht als Flüchtling anerkannt wird, "
                      "der aber bei einer Rückkehr ein ernsthafter Schaden droht, etwa die "
                      "Todesstrafe, Folter oder willkürliche Gewalt in einem bewaffneten "
                      "Konflikt."),),
        broader=("international-protection",),
        themes=("international-protection",),
    ),
    Spec(
        "asylum-procedure",
        ("asylum procedure", "procédure d'asile", "Asylverfahren", "azilni postopek",
         "prieglobsčio procedūra"),
        "The steps by which the authorities receive, examine and decide an application for "
        "international protection, including any appeal.",
        PROCEDURES,
        extra=(("alt", "en", "procedure for international protection"),),
        related=("asylum",),
        themes=("asylum",),
    ),
    Spec(
        "application-for-international-protection",
        ("application for international protection", "demande de protection internationale",
         "Antrag auf internationalen Schutz", "prošnja za mednarodno zaščito",
         "prašymas suteikti tarptautinę apsaugą"),
        "A request to a Member State for protection as a refugee or as a person eligible for "
        "subsidiary protection.",
        f"{QUALIFICATION}, Art. 2(h)",
        extra=(("alt", "en", "asylum application"), ("alt", "fr", "demande d'asile"),
               ("alt", "de", "Asylantrag"), ("alt", "sl", "prošnja za azil"),
               ("alt", "lt", "prieglobsčio prašymas")),
        related=("asylum-procedure", "international-protection"),
        themes=("asylum",),
    ),
    Spec(
        "applicant-for-international-protection",
        ("applicant for international protection", "demandeur de protection internationale",
         "Antragsteller auf internationalen Schutz", "prosilec za mednarodno zaščito",
         "prieglobsčio prašytojas"),
        "A person who has applied for international protection and whose application has not "
        "yet been finally decided.",
        f"{PROCEDURES}, Art. 2(c)",
        extra=(("alt", "en", "asylum seeker"), ("alt", "fr", "demandeur d'asile"),
               ("alt", "de", "Asylbewerber"), ("pref", "de-AT", "Asylwerber"),
               ("alt", "sl", "prosilec za azil")),
        definitions=(("lt", "Asmuo, pateikęs prašymą suteikti tarptautinę apsaugą, dėl kurio "
                      "dar nepriimtas galutinis sprendimas."),),
        related=("application-for-international-protection",),
        themes=("asylum",),
    ),
    Spec(
        "beneficiary-of-international-protection",
        ("beneficiary of international protection",
         "bénéficiaire d'une protection internationale", "Person mit internationalem Schutz",
         "oseba z mednarodno zaščito", "tarptautinės apsaugos gavėjas"),
        "Someone to whom a Member State has granted either refugee status or subsidiary "
        "protection status.",
        f"{QUALIFICATION}, Art. 2(b)",
        extra=(("alt", "en", "BIP"), ("alt", "de", "Schutzberechtigter")),
        related=("international-protection",),
        themes=("international-protection", "integration"),
    ),
    Spec(
        "first-instance-decision",
        ("first-instance decision", "décision de première instance",
         "erstinstanzliche Entscheidung", "odločitev na prvi stopnji",
         "pirmosios instancijos sprendimas"),
        "The decision the determining authority takes on an application before any appeal; "
        "statistics count it apart from decisions on appeal.",
        f"{STATISTICS}, Art. 4",
        broader=("asylum-procedure",),
        themes=("asylum", "statistics"),
    ),
    Spec(
        "dublin-procedure",
        ("Dublin procedure", "procédure Dublin", "Dublin-Verfahren", "dublinski postopek",
         "Dublino procedūra"),
        "The procedure that determines which Member State is responsible for examining an "
        "application for international protection, and transfers the applicant there.",
        "Regulation (EU) No 604/2013 (Dublin III Regulation)",
        notes=(("scope", "From 12 June 2026 the rules are those of Regulation (EU) 2024/1351 "
                "on asylum and migration management."),),
        broader=("asylum-procedure",),
        themes=("asylum",),
    ),
    Spec(
        "unaccompanied-minor",
        ("unaccompanied minor", "mineur non accompagné", "unbegleiteter Minderjähriger",
         "mladoletnik brez spremstva", "nelydimas nepilnametis"),
        "A child under eighteen who arrives in, or is left alone in, a Member State without an "
        "adult responsible for them by law or custom, for as long as no such adult has "
        "actually taken charge of them.",
        f"{QUALIFICATION}, Art. 2(l)",
        extra=(("alt", "en", "UAM"), ("alt", "fr", "MNA"),
               ("pref", "fr-BE", "mineur étranger non accompagné"), ("alt", "fr-BE", "MENA"),
               ("alt", "de", "unbegleiteter minderjähriger Ausländer"),
               ("pref", "de-AT", "unbegleiteter minderjähriger Fremder")),
        definitions=(("sl", "Otrok, mlajši od osemnajst let, ki pride v državo članico ali v "
                      "njej ostane brez odrasle osebe, ki je zanj odgovorna po zakonu ali "
                      "običaju, dokler take osebe dejansko ne prevzame skrbi zanj."),),
        themes=("unaccompanied-minors",),
    ),
    Spec(
        "resettlement",
        ("resettlement", "réinstallation", "Neuansiedlung", "preselitev",
         "perkėlimas iš trečiųjų šalių"),
        "The selection of people in need of international protection in a third country and "
        "their admission, with a lasting status, to a Member State that agrees to receive them.",
        "Regulation (EU) 2024/1350 (Union Resettlement and Humanitarian Admission Framework)",
        extra=(("alt", "de", "Resettlement"),),
        related=("international-protection",),
        themes=("international-protection",),
    ),
    Spec(
        "relocation",
        ("relocation", "relocalisation", "Umverteilung", "premestitev",
         "perkėlimas ES viduje"),
        "The transfer of applicants for, or beneficiaries of, international protection from "
        "one Member State to another, as an act of solidarity with the first.",
        "Regulation (EU) 2024/1351 on asylum and migration management",
        related=("resettlement",),
        themes=("international-protection", "asylum"),
    ),
)  # fmt: skip
