"""The map's classes: quantiles with readable bounds, every value in one class, the
largest alone when it must be, and labels in the reader's language."""

from emn.stats.charts import classes


def _contains(found, value):
    last = len(found) - 1
    return [
        i
        for i, c in enumerate(found)
        if c["min"] <= value and (value < c["max"] or (i == last and value <= c["max"]))
    ]


def test_quantile_classes_cover_every_value_once():
    values = [45, 80, 180, 545, 620, 1025, 1320, 2120, 4595, 6785, 12355, 24500, 84290, 243880]
    found = classes(values, "en")
    assert len(found) == 5
    assert found[0]["min"] == 45 and found[-1]["max"] == 243880
    for value in values:
        assert len(_contains(found, value)) == 1, value
    assert [c["label"] for c in found][1:3] == ["180 \u2013 1,000", "1,000 \u2013 4,600"]


def test_two_values_two_classes_and_one_value_one_class():
    assert [c["label"] for c in classes([28000, 61000], "en")] == ["28,000 \u2013 61,000", "61,000"]
    assert [c["label"] for c in classes([5, 5], "en")] == ["5"]
    assert classes([], "en") == []


def test_labels_in_the_readers_language():
    assert classes([1500.5, 2500], "de")[0]["label"] == "1.500,5 \u2013 2.500"
