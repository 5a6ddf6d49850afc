"""Closed questions are summarised for the compilation: counts, or figures for numbers."""

from emn.queries.models import Question
from emn.queries.question_types import summarise

Kind = Question.Kind


def test_yes_no_answers_are_counted():
    question = Question(position=1, kind=Kind.YES_NO, text="Q")
    values = [{"answer": True, "comment": ""}, {"answer": False, "comment": "x"}, True, None]
    assert summarise(question, values) == {
        "kind": "yes_no",
        "answered": 3,
        "counts": {"yes": 2, "no": 1},
    }


def test_single_choices_are_counted_for_every_choice():
    question = Question(position=1, kind=Kind.SINGLE, text="Q", choices=["A", "B", "C"])
    summary = summarise(question, ["A", "B", "A", None])
    assert summary["counts"] == {"A": 2, "B": 1, "C": 0}
    assert summary["answered"] == 3


def test_multiple_choices_count_each_country_once_per_choice():
    question = Question(position=1, kind=Kind.MULTIPLE, text="Q", choices=["A", "B"])
    summary = summarise(question, [["A", "B"], ["A"], None])
    assert summary["counts"] == {"A": 2, "B": 1}
    assert summary["answered"] == 2


def test_numbers_get_min_max_mean_median_and_count():
    question = Question(position=1, kind=Kind.NUMBER, text="Q", unit="persons")
    values = [{"value": 1, "unit": "persons"}, {"value": 3}, {"value": 8}, {"value": 4}, None]
    summary = summarise(question, values)
    assert summary == {
        "kind": "number",
        "answered": 4,
        "count": 4,
        "unit": "persons",
        "min": 1,
        "max": 8,
        "mean": 4.0,
        "median": 3.5,
    }


def test_numbers_without_answers_have_no_figures():
    question = Question(position=1, kind=Kind.NUMBER, text="Q")
    summary = summarise(question, [None])
    assert summary["count"] == 0
    assert summary["mean"] is None


def test_open_questions_have_no_summary():
    for kind in (Kind.TEXT, Kind.DATE, Kind.TABLE):
        assert summarise(Question(position=1, kind=kind, text="Q"), ["x"]) == {}
