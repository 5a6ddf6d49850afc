"""Demo concepts of edition 1: who stays irregularly, and return."""

from __future__ import annotations

from emn.glossary.demo_data.spec import (
    RETURN_DIRECTIVE,
    Spec,
)

RETURN_TERMS: tuple[Spec, ...] = (
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
)  # fmt: skip
