"""The OpenAPI schema as `make schema` writes it, generated in-process for the tests."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.utils import translation
from drf_spectacular.drainage import GENERATOR_STATS
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.renderers import OpenApiYamlRenderer

COMMITTED = Path(settings.BASE_DIR) / "docs" / "openapi.yaml"


def generate() -> tuple[bytes, list[str]]:
    """The rendered schema and the generator's warnings and errors, as the command makes them."""
    GENERATOR_STATS.reset()
    with translation.override(settings.LANGUAGE_CODE):
        schema = SchemaGenerator().get_schema(request=None, public=True)
    problems = [*GENERATOR_STATS._warn_cache, *GENERATOR_STATS._error_cache]
    return OpenApiYamlRenderer().render(schema, renderer_context={}), problems
