"""Every endpoint is fully described: drf-spectacular has nothing to guess or warn about."""

from __future__ import annotations

from emn.api.tests.schema import generate


def test_the_schema_generates_without_warnings_or_errors():
    _schema, problems = generate()
    assert not problems, "drf-spectacular warned while generating the schema:\n" + "\n".join(
        problems
    )
