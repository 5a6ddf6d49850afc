"""The demo glossary's concepts: return, asylum and legal migration, in our own words.

The definitions are written for this demo (never copied from the EMN Glossary or another
glossary); the legal acts are cited as sources so a reader knows where the notion comes from.
Preferred terms are given in English, French, German, Slovenian and Lithuanian, in that
order; `extra` adds synonyms, abbreviations and national variants ("de-AT", "fr-BE").
"""

from __future__ import annotations

from dataclasses import dataclass

RETURN_DIRECTIVE = "Directive 2008/115/EC (Return Directive)"
QUALIFICATION = "Directive 2011/95/EU (Qualification Directive)"
PROCEDURES = "Directive 2013/32/EU (Asylum Procedures Directive)"
STATISTICS = "Regulation (EC) No 862/2007 on migration and international protection statistics"
LANGUAGES = ("en", "fr", "de", "sl", "lt")


@dataclass(frozen=True)
class Spec:
    """One demo concept. `terms`: preferred terms in LANGUAGES order ("" for none yet);
    `extra`: (kind, tag, term); `definitions`: other languages' definitions by tag."""

    key: str
    terms: tuple[str, str, str, str, str]
    definition: str
    source: str = ""
    context: str = "eu"
    extra: tuple[tuple[str, str, str], ...] = ()
    definitions: tuple[tuple[str, str], ...] = ()
    notes: tuple[tuple[str, str], ...] = ()  # (NoteKind, English text)
    broader: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()


EDITION_1: tuple[Spec, ...] = (
    Spec(
        "third-country-national",
        ("third-country national", "ressortissant de pays tiers", "Drittstaatsangehöriger",
         "državljan tretje države", "trečiosios šalies pilietis"),
        "Anyone who does not hold the citizenship of an EU Member State and does not enjoy the "
        "free movement rights that EU law gives to Union citizens and their families.",
        "Regulation (EU) 2016/399 (Schengen Borders Code), Art. 2(6)",
        extra=(("alt", "en", "TCN"),),
        definitions=(("fr", "Toute personne qui n'a pas la nationalité d'un État membre de l'UE "
                      "et ne bénéficie pas du droit à la libre circulation prévu par le droit "
                      "de l'Union."),),
        themes=("legal-migration", "irregular-migration"),
    ),
    Spec(
        "irregular-stay",
        ("irregular stay", "séjour irrégulier", "irregulärer Aufenthalt",
         "nezakonito prebivanje", "neteisėtas buvimas"),
        "Being in a Member State without a valid right to be there: a third-country national "
        "who never met, or has ceased to meet, the rules on entry and residence.",
        f"{RETURN_DIRECTIVE}, Art. 3(2)",
        extra=(("alt", "en", "illegal stay"), ("alt", "de", "illegaler Aufenthalt")),
        related=("third-country-national",),
        themes=("irregular-migration",),
    ),
    Spec(
        "return",
        ("return", "retour", "Rückkehr", "vrnitev", "grąžinimas"),
        "The movement of a person back to the country of origin, a transit country or another "
        "third country, whether the person leaves of their own accord or is made to leave.",
        f"{RETURN_DIRECTIVE}, Art. 3(3)",
        extra=(("alt", "sl", "vračanje"), ("alt", "lt", "grįžimas")),
        definitions=(("de", "Die Rückreise einer Person in ihr Herkunftsland, ein Transitland "
                      "oder einen anderen Drittstaat, ob sie freiwillig ausreist oder dazu "
                      "gezwungen wird."),),
        themes=("return",),
    ),
    Spec(
        "return-decision",
        ("return decision", "décision de retour", "Rückkehrentscheidung", "odločba o vrnitvi",
         "sprendimas grąžinti"),
        "A ruling by a national authority or court that finds a third-country national's "
        "presence irregular and obliges the person to leave the territory.",
        f"{RETURN_DIRECTIVE}, Art. 3(4)",
        definitions=(("sl", "Odločitev upravnega organa ali sodišča, s katero je ugotovljeno, "
                      "da državljan tretje države nezakonito prebiva, in mu je naložena "
                      "obveznost, da zapusti ozemlje."),),
        broader=("return",),
        related=("irregular-stay",),
        themes=("return",),
    ),
    Spec(
        "voluntary-return",
        ("voluntary return", "retour volontaire", "freiwillige Rückkehr",
         "prostovoljna vrnitev", "savanoriškas grįžimas"),
        "Return in which the person leaves by their own decision, either before any "
        "obligation to leave or within the time granted to comply with one.",
        f"{RETURN_DIRECTIVE}, Art. 7",
        definitions=(("lt", "Grįžimas, kai asmuo išvyksta savo sprendimu, dar prieš "
                      "atsirandant pareigai išvykti arba per jam nustatytą laiką."),),
        broader=("return",),
        themes=("return",),
    ),
    Spec(
        "forced-return",
        ("forced return", "retour forcé", "erzwungene Rückkehr", "prisilna vrnitev",
         "priverstinis grąžinimas"),
        "Return enforced by the authorities, when the person does not leave within the time "
        "allowed or was given no time to leave.",
        f"{RETURN_DIRECTIVE}, Art. 8",
        extra=(("alt", "de", "Rückführung"),),
        broader=("return",),
        themes=("return",),
    ),
    Spec(
        "assisted-voluntary-return-and-reintegration",
        ("assisted voluntary return and reintegration",
         "aide au retour volontaire et à la réintégration",
         "unterstützte freiwillige Rückkehr und Reintegration",
         "podprta prostovoljna vrnitev in reintegracija",
         "pagalba savanoriškai grįžtant ir reintegruojantis"),
        "Voluntary return in which the returnee receives practical, financial or advisory "
        "support for the journey and for settling again in the country of return, often "
        "through a programme run with the International Organization for Migration.",
        context="global",
        extra=(("alt", "en", "AVRR"), ("alt", "fr", "ARVR")),
        broader=("voluntary-return",),
        themes=("return", "migration-development"),
    ),
    Spec(
        "removal",
        ("removal", "éloignement", "Abschiebung", "odstranitev", "išsiuntimas"),
        "The physical transport of a person out of the Member State, carried out by the "
        "authorities to enforce an obligation to leave.",
        f"{RETURN_DIRECTIVE}, Art. 3(5)",
        definitions=(("de", "Die Beförderung einer Person aus dem Mitgliedstaat durch die "
                      "Behörden, um eine Ausreisepflicht durchzusetzen."),),
        broader=("forced-return",),
        themes=("return",),
    ),
    Spec(
        "expulsion",
        ("expulsion", "expulsion", "Ausweisung", "izgon", "išvarymas"),
        "A measure ordering a foreign national to leave a state's territory; national laws "
        "give it different meanings.",
        themes=("return",),
    ),
    Spec(
        "entry-ban",
        ("entry ban", "interdiction d'entrée", "Einreiseverbot", "prepoved vstopa",
         "draudimas atvykti"),
        "A prohibition, issued together with a return decision, on entering and staying in "
        "the territory of the Member States for a set period.",
        f"{RETURN_DIRECTIVE}, Art. 3(6) and Art. 11",
        definitions=(("fr", "Interdiction, prononcée avec une décision de retour, d'entrer et "
                      "de séjourner sur le territoire des États membres pendant une durée "
                      "déterminée."),),
        related=("return-decision",),
        themes=("return", "borders-visas"),
    ),
    Spec(
        "voluntary-departure-period",
        ("period for voluntary departure", "délai de départ volontaire",
         "Frist für die freiwillige Ausreise", "rok za prostovoljni odhod",
         "savanoriško išvykimo laikotarpis"),
        "The time a return decision gives the person to leave of their own accord before "
        "removal may be enforced.",
        f"{RETURN_DIRECTIVE}, Art. 7",
        extra=(("alt", "en", "voluntary departure period"),),
        related=("return-decision", "voluntary-return"),
        themes=("return",),
    ),
    Spec(
        "readmission-agreement",
        ("readmission agreement", "accord de réadmission", "Rückübernahmeabkommen",
         "sporazum o ponovnem sprejemu", "readmisijos susitarimas"),
        "A treaty in which states, or the EU and a third country, undertake to take back "
        "their own nationals, and in some cases people who passed through, when these have "
        "no right to stay with the other party.",
        "Treaty on the Functioning of the European Union, Art. 79(3)",
        related=("return",),
        themes=("return",),
    ),
    Spec(
        "detention",
        ("detention", "rétention", "Haft", "pridržanje", "sulaikymas"),
        "Confinement of a person by the state to a particular place, in the context of "
        "migration: while an application for protection is examined, or to prepare and carry "
        "out removal.",
        "Directive 2013/33/EU (Reception Conditions Directive), Art. 2(h); "
        f"{RETURN_DIRECTIVE}, Art. 15",
        extra=(("alt", "de", "Inhaftnahme"),),
        notes=(("scope", "Detention of convicted offenders is outside this concept."),),
        related=("removal",),
        themes=("return", "asylum"),
    ),
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
    Spec(
        "legal-migration",
        ("legal migration", "migration légale", "legale Migration", "zakonite migracije",
         "teisėta migracija"),
        "Moving to a country in line with its rules on entry and residence, for example to "
        "work, study or join family.",
        context="global",
        extra=(("alt", "en", "regular migration"), ("alt", "fr", "migration régulière")),
        themes=("legal-migration",),
    ),
    Spec(
        "family-reunification",
        ("family reunification", "regroupement familial", "Familienzusammenführung",
         "združitev družine", "šeimos susijungimas"),
        "The entry and stay of family members who join a third-country national already "
        "living lawfully in a Member State, so that the family can live together.",
        "Council Directive 2003/86/EC (Family Reunification Directive), Art. 2(d)",
        extra=(("alt", "de", "Familiennachzug"),),
        definitions=(("de", "Einreise und Aufenthalt von Familienangehörigen, die zu einem "
                      "bereits rechtmäßig in einem Mitgliedstaat lebenden "
                      "Drittstaatsangehörigen ziehen, damit die Familie zusammenleben kann."),),
        broader=("legal-migration",),
        themes=("family-reunification", "legal-migration"),
    ),
    Spec(
        "residence-permit",
        ("residence permit", "titre de séjour", "Aufenthaltstitel",
         "dovoljenje za prebivanje", "leidimas gyventi"),
        "A document or decision of a Member State's authorities that allows a third-country "
        "national to stay lawfully on its territory.",
        f"{STATISTICS}, Art. 2",
        definitions=(("fr", "Document ou décision des autorités d'un État membre qui permet à "
                      "un ressortissant de pays tiers de séjourner légalement sur son "
                      "territoire."),),
        related=("legal-migration",),
        themes=("legal-migration",),
    ),
    Spec(
        "first-residence-permit",
        ("first residence permit", "premier titre de séjour", "erster Aufenthaltstitel",
         "prvo dovoljenje za prebivanje", "pirmasis leidimas gyventi"),
        "For statistics, a residence permit issued to a person for the first time, or after a "
        "break of at least six months since the previous one expired.",
        STATISTICS,
        extra=(("alt", "en", "first permit"),),
        broader=("residence-permit",),
        themes=("legal-migration", "statistics"),
    ),
    Spec(
        "single-permit",
        ("single permit", "permis unique", "kombinierte Erlaubnis", "enotno dovoljenje", ""),
        "One permit, issued after a single application procedure, that lets a third-country "
        "national both reside and work in a Member State.",
        "Directive 2011/98/EU (Single Permit Directive), Art. 2(c); recast by Directive (EU) "
        "2024/1233",
        broader=("residence-permit",),
        themes=("labour-migration",),
    ),
    Spec(
        "eu-blue-card",
        ("EU Blue Card", "carte bleue européenne", "Blaue Karte EU", "modra karta EU",
         "ES mėlynoji kortelė"),
        "The EU-wide permit for highly qualified third-country workers, allowing them to live "
        "and work in the issuing Member State and easing later moves to another.",
        "Directive (EU) 2021/1883 (EU Blue Card Directive)",
        broader=("residence-permit",),
        themes=("labour-migration",),
    ),
    Spec(
        "long-term-resident",
        ("long-term resident", "résident de longue durée", "langfristig Aufenthaltsberechtigter",
         "rezident za daljši čas", "ilgalaikis gyventojas"),
        "A third-country national who has acquired long-term resident status after five years "
        "of lawful and continuous residence in a Member State, with rights close to those of "
        "its nationals.",
        "Council Directive 2003/109/EC (Long-term Residents Directive), Art. 2(b) and Art. 4",
        related=("residence-permit",),
        themes=("legal-migration", "integration"),
    ),
)  # fmt: skip

# New in edition 2.
EDITION_2: tuple[Spec, ...] = (
    Spec(
        "seasonal-worker",
        ("seasonal worker", "travailleur saisonnier", "Saisonarbeitnehmer", "sezonski delavec",
         "sezoninis darbuotojas"),
        "A third-country national who keeps their main residence outside the EU and stays in a "
        "Member State for a limited time to do work that depends on the seasons, such as "
        "harvesting or tourism.",
        "Directive 2014/36/EU (Seasonal Workers Directive), Art. 3(b)",
        extra=(("alt", "de", "Saisonarbeitskraft"),),
        related=("single-permit",),
        themes=("labour-migration",),
    ),
    Spec(
        "student",
        ("student", "étudiant", "Student", "študent", "studentas"),
        "A third-country national admitted to a Member State to follow a full-time course of "
        "study at a higher education institution.",
        "Directive (EU) 2016/801 (Students and Researchers Directive), Art. 3(3)",
        related=("residence-permit",),
        themes=("legal-migration",),
    ),
    Spec(
        "alternative-to-detention",
        ("alternative to detention", "alternative à la rétention", "Alternative zur Haft",
         "alternativa pridržanju", "alternatyva sulaikymui"),
        "A measure less restrictive than detention, such as regular reporting, a financial "
        "guarantee or an obligation to live at an assigned address, used when detention is "
        "not necessary.",
        f"{RETURN_DIRECTIVE}, Art. 15(1); Directive 2013/33/EU, Art. 8(4)",
        extra=(("alt", "en", "ATD"),),
        related=("detention",),
        themes=("return", "asylum"),
    ),
    Spec(
        "age-assessment",
        ("age assessment", "évaluation de l'âge", "Altersfeststellung",
         "ugotavljanje starosti", "amžiaus nustatymas"),
        "The process by which the authorities estimate the age of a person who may be a child "
        "and has no reliable documents, trying the least intrusive methods first.",
        f"{PROCEDURES}, Art. 25(5)",
        extra=(("alt", "fr", "détermination de l'âge"), ("alt", "de", "Alterseinschätzung")),
        related=("unaccompanied-minor",),
        themes=("unaccompanied-minors",),
    ),
)  # fmt: skip

# The working group's work in progress after edition 2: one draft, one proposal.
DRAFT = Spec(
    "stateless-person",
    ("stateless person", "apatride", "Staatenloser", "oseba brez državljanstva",
     "asmuo be pilietybės"),
    "Someone who has the nationality of no state, because no state's law recognises them as "
    "its national.",
    "Convention relating to the Status of Stateless Persons (1954), Art. 1",
    context="global",
    extra=(("alt", "de", "staatenlose Person"),),
    related=("third-country-national",),
    themes=("statelessness",),
)  # fmt: skip
PROPOSED = Spec(
    "humanitarian-admission",
    ("humanitarian admission", "admission humanitaire", "humanitäre Aufnahme",
     "humanitarni sprejem", "humanitarinis priėmimas"),
    "The fast-tracked admission of people in need of protection from a third country to a "
    "Member State, often for groups that resettlement programmes do not reach.",
    "Regulation (EU) 2024/1350 (Union Resettlement and Humanitarian Admission Framework)",
    related=("resettlement",),
    themes=("international-protection",),
)  # fmt: skip

# The changes edition 2 publishes besides its new concepts.
CHANGED_DEFINITION = (
    "voluntary-departure-period",
    "The time, normally between seven and thirty days, that a return decision gives the "
    "person to leave of their own accord; it may be extended in individual cases, or not "
    "granted where there is a risk of absconding.",
    "Second edition: the definition now gives the usual length and says when the period can "
    "be extended or refused.",
)
NEW_LITHUANIAN_TERM = ("single-permit", "vienas leidimas")
DEPRECATED = (
    "expulsion",
    "removal",
    "Deprecated in the second edition: national laws give the term meanings too different "
    "to compare. Use removal for the enforcement, return decision for the order.",
)
