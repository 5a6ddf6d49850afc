"""Bad JSON-stat: the message names the JSON path (or the line and column of broken JSON)."""

from __future__ import annotations

import json

import pytest

from emn.stats.formats.common import SourceError
from emn.stats.tests.format_support import FILES, stage

FILE = FILES / "migr_asyappctza_sample.json"


def _error(tmp_path, change) -> SourceError:
    data = json.loads(FILE.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SourceError) as caught:
        stage("jsonstat", path, name="api.json")
    return caught.value


def test_it_rejects_a_value_that_is_not_a_number(tmp_path):
    error = _error(tmp_path, lambda data: data["value"].update({"4": "37,275"}))
    assert error.column == 'value["4"]'
    assert '"37,275" is not a number' in str(error)


def test_it_rejects_sizes_that_disagree_with_the_categories(tmp_path):
    error = _error(tmp_path, lambda data: data["size"].__setitem__(6, 4))
    assert error.column == "dimension.geo.category"
    assert "3 categories where 'size' says 4" in error.message


def test_it_rejects_a_dense_array_of_the_wrong_length(tmp_path):
    error = _error(tmp_path, lambda data: data.update(value=[1, 2, 3]))
    assert "'value' has 3 entries where the sizes give 18" in error.message


def test_it_rejects_an_index_outside_the_cube(tmp_path):
    error = _error(tmp_path, lambda data: data["value"].update({"18": 1}))
    assert error.column == "value"


def test_it_rejects_an_unknown_flag(tmp_path):
    error = _error(tmp_path, lambda data: data["status"].update({"3": "x"}))
    assert error.column == "status[3]"
    assert "unknown flag 'x'" in error.message


def test_it_rejects_a_period_it_cannot_read(tmp_path):
    def change(data):
        data["dimension"]["time"]["category"]["index"] = {"2021": 0, "2022": 1, "soon": 2}

    error = _error(tmp_path, change)
    assert error.column == "dimension.time.category.index"


def test_it_rejects_truncated_json_with_line_and_column(tmp_path):
    path = tmp_path / "cut.json"
    path.write_text(FILE.read_text(encoding="utf-8")[:700], encoding="utf-8")
    with pytest.raises(SourceError) as caught:
        stage("jsonstat", path, name="cut.json")
    assert caught.value.line is not None and caught.value.line > 1
    assert caught.value.column is not None
