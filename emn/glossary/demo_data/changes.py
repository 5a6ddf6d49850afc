"""What the demo changes after edition 1: edition 2's new concepts and edits, and the
working copy's draft and proposal."""

from __future__ import annotations

from emn.glossary.demo_data.spec import (
    PROCEDURES,
    RETURN_DIRECTIVE,
    Spec,
)

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
