"""Demo concepts of edition 1: legal migration."""

from __future__ import annotations

from emn.glossary.demo_data.spec import (
    STATISTICS,
    Spec,
)

LEGAL_TERMS: tuple[Spec, ...] = (
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
