"""JSON-stat 2.0 in Eurostat's shape: sparse or dense values, status flags, labels, code."""

from __future__ import annotations

import json

from emn.stats.tests.format_support import FILES, count, flag_counts, stage, value

FILE = FILES / "migr_asyappctza_sample.json"


def test_it_stages_the_sparse_sample():
    staged, con = stage("jsonstat", FILE)
    assert count(con) == 16
    assert flag_counts(con) == {"p": 2, "e": 3, "ep": 2, "c": 1}
    assert staged.format == "jsonstat"
    assert staged.dimensions == ["freq", "citizen", "sex", "unit", "age", "asyl_app", "geo"]
    assert staged.dataset_code == "migr_asyappctza"
    assert staged.title.startswith("Asylum applicants by type")


def test_its_values_sit_where_the_flat_index_says():
    _staged, con = stage("jsonstat", FILE)
    assert value(con, "2021", citizen="TOTAL", geo="DE") == (190545.0, "")  # index 0
    assert value(con, "2023", citizen="TOTAL", geo="EL") == (64090.0, "p")  # index 5
    assert value(con, "2023", citizen="TOTAL", geo="EU27_2020") == (1129420.0, "ep")  # 8
    assert value(con, "2021", citizen="UA", geo="EL") == (None, "c")  # 12: status only
    assert value(con, "2023", citizen="UA", geo="EU27_2020") == (13960.5, "ep")  # 17
    missing = con.execute(
        "SELECT count(*) FROM staged WHERE citizen = 'UA' AND time_period = '2023' "
        "AND geo IN ('DE', 'EL')"
    ).fetchone()[0]
    assert missing == 0  # index 11 has status ':' only, index 14 nothing


def test_it_keeps_the_labels_the_file_carries():
    staged, _con = stage("jsonstat", FILE)
    assert staged.dimension_labels["geo"] == "Geopolitical entity (reporting)"
    assert staged.code_labels["geo"]["EL"] == "Greece"
    assert staged.code_labels["citizen"] == {"TOTAL": "Total", "UA": "Ukraine"}
    assert "time" not in staged.code_labels


def test_dense_arrays_role_time_and_href_give_the_same_observations(tmp_path):
    data = json.loads(FILE.read_text(encoding="utf-8"))
    total = 18
    data["value"] = [data["value"].get(str(index)) for index in range(total)]
    data["status"] = [data["status"].get(str(index)) for index in range(total)]
    data["id"][-1] = "period"
    data["dimension"]["period"] = data["dimension"].pop("time")
    data["role"] = {"time": ["period"], "geo": ["geo"]}
    del data["extension"]
    data["href"] = "https://example.org/statistics/1.0/data/MIGR_ASYAPPCTZA?lang=EN"
    path = tmp_path / "dense.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    staged, con = stage("jsonstat", path)
    assert count(con) == 16
    assert flag_counts(con) == {"p": 2, "e": 3, "ep": 2, "c": 1}
    assert staged.dataset_code == "migr_asyappctza"
    assert value(con, "2023", citizen="UA", geo="EU27_2020") == (13960.5, "ep")
