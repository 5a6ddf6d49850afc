"""Small glossaries for tests, built through the services as their users would."""

from __future__ import annotations

from typing import Any

from emn.glossary import services
from emn.glossary.models import Concept
from emn.glossary.records import ConceptData, DefinitionData, LabelData


def labels(**terms: str) -> list[LabelData]:
    """Preferred terms by language: labels(en="return", fr="retour", de_AT="Rückführung")."""
    out = []
    for tag, value in terms.items():
        language, _sep, country = tag.partition("_")
        out.append(LabelData("pref", language, value, country))
    return out


def concept(
    user: Any,
    *,
    broader: list[Concept] = (),  # type: ignore[assignment]
    definition: str = "",
    alt: dict[str, str] | None = None,
    **terms: str,
) -> Concept:
    data = ConceptData(
        uri="",
        labels=labels(**terms) + [LabelData("alt", k, v) for k, v in (alt or {}).items()],
        definitions=[DefinitionData("en", definition, "eu", "Directive 2008/115/EC")]
        if definition
        else [],
        broader=[c.uri for c in broader],
    )
    return services.save_concept(user, services.default_scheme(), data)


def approved(editor: Any, commission: Any, **kwargs: Any) -> Concept:
    """A concept drafted by the working group, proposed and approved by the Commission."""
    made = concept(editor, **kwargs)
    services.propose(editor, made)
    services.approve(commission, made)
    return made
