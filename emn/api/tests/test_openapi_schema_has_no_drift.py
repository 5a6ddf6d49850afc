"""docs/openapi.yaml is what the code generates: the committed contract never drifts."""

from __future__ import annotations

import difflib

from emn.api.tests.schema import COMMITTED, generate


def test_the_committed_schema_matches_the_code():
    generated, _problems = generate()
    committed = COMMITTED.read_bytes() if COMMITTED.exists() else b""
    if generated == committed:
        return
    diff = "".join(
        list(
            difflib.unified_diff(
                committed.decode().splitlines(keepends=True),
                generated.decode().splitlines(keepends=True),
                "docs/openapi.yaml (committed)",
                "generated from the code",
            )
        )[:60]
    )
    raise AssertionError(
        "docs/openapi.yaml differs from the schema the code generates: run `make schema` "
        f"and commit the result.\n{diff}"
    )
