"""The differences between two editions: added, removed and changed, per field and language."""

import pytest

from emn.glossary import records, services
from emn.glossary.diff import diff
from emn.glossary.services._common import working_record
from emn.glossary.tests.glossary_support import approved


@pytest.mark.django_db
def test_it_lists_added_and_changed_concepts_per_field_and_language(personas):
    editor, commission = personas.glossary_editor, personas.commission
    scheme = services.default_scheme()
    ret = approved(editor, commission, en="return", fr="retour", definition="Going back.")
    first = services.publish_edition(commission, scheme)

    record = working_record(ret)
    record.labels = [lb for lb in record.labels if lb.language != "fr"]
    record.labels.append(type(record.labels[0])("pref", "fr", "retour forcé"))
    record.labels.append(type(record.labels[0])("pref", "lt", "grąžinimas"))
    services.save_concept(editor, scheme, record, ret)
    services.approve(commission, ret)
    removal = approved(editor, commission, en="removal", broader=[ret])
    second = services.publish_edition(commission, scheme)

    result = diff(records.load(scheme, first), records.load(scheme, second))
    assert [r.uri for r in result.added] == [removal.uri]
    assert result.removed == []
    (changed,) = result.changed
    by_field = {(c.field, c.language): (c.old, c.new) for c in changed.changes}
    assert by_field[("pref", "fr")] == (("retour",), ("retour forcé",))
    assert by_field[("pref", "lt")] == ((), ("grąžinimas",))
    assert ("pref", "en") not in by_field
    assert ("definition", "en") not in by_field


@pytest.mark.django_db
def test_two_equal_editions_have_no_difference(personas):
    scheme = services.default_scheme()
    approved(personas.glossary_editor, personas.commission, en="return")
    first = services.publish_edition(personas.commission, scheme)
    second = services.publish_edition(personas.commission, scheme)
    assert diff(records.load(scheme, first), records.load(scheme, second)).empty
