"""Addresses of glossary pages: a concept of our own glossary lives at its URI's path."""

from __future__ import annotations

from django.urls import reverse

from emn.glossary.models import Concept, Scheme
from emn.glossary.services.schemes import DEFAULT_KEY


def concept_path(concept: Concept, scheme_key: str | None = None) -> str:
    key = scheme_key or concept.scheme.key
    if key == DEFAULT_KEY:
        return reverse("glossary:concept", args=[concept.key])
    return reverse("glossary:scheme_concept", args=[key, concept.key])


def scheme_path(scheme: Scheme) -> str:
    if scheme.key == DEFAULT_KEY:
        return reverse("glossary:home")
    return reverse("glossary:scheme_home", args=[scheme.key])
