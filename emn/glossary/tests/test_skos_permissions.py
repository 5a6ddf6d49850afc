"""Only the Commission imports vocabularies; only the working group reads the working copy."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied

from emn.glossary.services.skos_export import export_skos
from emn.glossary.services.skos_import import import_skos
from emn.glossary.tests.skos_sample import row_counts, sample_glossary, skos_file


@pytest.mark.parametrize("persona", ["anonymous", "reader", "coordinator", "glossary_editor"])
def test_only_the_commission_imports_a_vocabulary(personas, persona):
    before = row_counts()

    with pytest.raises(PermissionDenied):
        import_skos(personas[persona], skos_file("concepts.rdf"))

    assert row_counts() == before


@pytest.mark.parametrize("persona", ["anonymous", "reader", "partner"])
def test_the_working_copy_is_not_exported_to_readers(personas, persona):
    scheme, _records = sample_glossary()

    with pytest.raises(PermissionDenied):
        export_skos(personas[persona], scheme, None, "ttl")


def test_the_working_group_exports_the_working_copy(personas):
    scheme, _records = sample_glossary()

    assert b"skos:Concept" in export_skos(personas.glossary_editor, scheme, None, "ttl")
