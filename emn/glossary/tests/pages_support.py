"""A small published glossary for the page tests, and the personas the glossary adds to the
permission matrix (the working group next to the usual six)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from django.test import Client

from emn.core.testing.personas import PERSONAS, Personas
from emn.glossary import services
from emn.glossary.models import Concept
from emn.glossary.tests.glossary_support import approved, concept

GLOSSARY_PERSONAS = (*PERSONAS, "glossary_editor")
EVERYONE = dict.fromkeys(GLOSSARY_PERSONAS, 200)
# The working copy: the working group, the Commission (and the Service Provider); a 404 for
# everyone else, as if drafts did not exist.
WORKING_READERS = {**EVERYONE, **dict.fromkeys(PERSONAS, 404), "commission": 200}
DRAFTERS = {**EVERYONE, "anonymous": 302, **dict.fromkeys(PERSONAS[1:5], 403)}
COMMISSION_ONLY = {**DRAFTERS, "glossary_editor": 403}


@dataclass
class Glossary:
    migration: Concept
    returning: Concept
    voluntary: Concept
    readmission: Concept
    protection: Concept
    draft: Concept


def make_glossary(personas: Personas, publish: bool = True) -> Glossary:
    """Five approved concepts in five languages (a broader chain, a de-AT variant) published
    as edition 1, and a draft the public must never see."""
    editor, commission = personas.glossary_editor, personas.commission
    migration = approved(
        editor, commission, en="migration", fr="migration", de="Migration", sl="migracija",
        lt="migracija",
    )  # fmt: skip
    returning = approved(
        editor, commission, broader=[migration], definition="Going back to the country of origin.",
        en="return", fr="retour", de="Rückkehr", de_AT="Rückführung", sl="vračanje",
        lt="grąžinimas",
    )  # fmt: skip
    voluntary = approved(
        editor, commission, broader=[returning], en="voluntary return",
        fr="retour volontaire", de="freiwillige Rückkehr", sl="prostovoljno vračanje",
        lt="savanoriškas grįžimas",
    )  # fmt: skip
    readmission = approved(
        editor, commission, broader=[returning], en="readmission agreement",
        fr="accord de réadmission", de="Rückübernahmeabkommen", sl="sporazum o ponovnem sprejemu",
        lt="readmisijos susitarimas",
    )  # fmt: skip
    protection = approved(
        editor, commission, en="international protection", fr="protection internationale",
        de="internationaler Schutz", sl="mednarodna zaščita",
    )  # fmt: skip
    if publish:
        services.publish_edition(commission, services.default_scheme(), notes="First edition.")
    draft = concept(editor, en="entry ban", fr="interdiction d'entrée")
    return Glossary(migration, returning, voluntary, readmission, protection, draft)


class GlossaryMatrix:
    """The permission matrix with the working group: `expected` persona -> status."""

    method = "get"
    expected: dict[str, int] = {}

    @pytest.fixture
    def glossary(self, personas: Personas) -> Glossary:
        return make_glossary(personas)

    def url(self, glossary: Glossary) -> str:
        raise NotImplementedError

    def payload(self, glossary: Glossary) -> dict[str, Any] | None:
        return None

    def prepare(self, glossary: Glossary, personas: Personas) -> None:
        """Bring the glossary into the state the request needs (e.g. a proposal)."""

    def check(self, response: Any, persona: str, glossary: Glossary) -> None:
        """Extra assertions; override to check what was (not) changed."""

    @pytest.mark.parametrize("persona", GLOSSARY_PERSONAS)
    def test_access(
        self, persona: str, glossary: Glossary, personas: Personas, client: Client
    ) -> None:
        if persona not in self.expected:
            pytest.skip(f"{type(self).__name__} sets no expectation for {persona}")
        self.prepare(glossary, personas)
        if persona != "anonymous":
            client.force_login(personas[persona])
        call = getattr(client, self.method)
        data = self.payload(glossary)
        response = call(self.url(glossary), data) if data is not None else call(self.url(glossary))
        assert response.status_code == self.expected[persona], (
            f"{persona} got {response.status_code}, expected {self.expected[persona]}"
        )
        self.check(response, persona, glossary)
