"""While drafting, earlier queries and questions like the one being typed are suggested."""

from emn.queries.models import Question
from emn.queries.similarity import similar_queries
from emn.queries.tests.matrix_support import make_query

Kind = Question.Kind


def earlier_queries():
    age = make_query(
        title="Age assessment of unaccompanied minors",
        background="Which medical methods are used to assess the age of unaccompanied minors?",
        questions=[{"kind": Kind.TEXT, "text": "Do you use X-rays of the wrist?"}],
    )
    detention = make_query(
        title="Alternatives to detention",
        background="Reporting duties and electronic monitoring before return.",
        questions=[
            {"kind": Kind.YES_NO, "text": "Is electronic tagging used as an alternative?"},
            {"kind": Kind.TEXT, "text": "How long may a person be detained pending removal?"},
        ],
    )
    visas = make_query(title="Digital visas", background="Applications online for Schengen visas.")
    return age, detention, visas


def test_the_most_similar_query_comes_first(personas):
    age, _detention, _visas = earlier_queries()

    matches = similar_queries(personas.contributor, "Assessing the age of unaccompanied children")

    assert matches[0].query == age
    assert matches[0].question is None
    assert matches[0].snippet.startswith("Age assessment of unaccompanied minors — ")
    assert 0 < matches[0].score <= 1


def test_a_matching_question_is_pointed_to(personas):
    _age, detention, _visas = earlier_queries()

    [match] = similar_queries(personas.contributor, "electronic tagging", limit=1)

    assert match.query == detention
    assert match.question is not None
    assert match.question.text == "Is electronic tagging used as an alternative?"
    assert match.snippet == "Is electronic tagging used as an alternative?"


def test_each_query_is_suggested_once(personas):
    earlier_queries()
    matches = similar_queries(personas.contributor, "detention alternative detained removal")
    assert len({match.query.pk for match in matches}) == len(matches)


def test_unrelated_or_empty_text_suggests_nothing(personas):
    earlier_queries()
    assert similar_queries(personas.contributor, "fishing quotas") == []
    assert similar_queries(personas.contributor, "") == []
    assert similar_queries(personas.contributor, "the and of") == []


def test_the_query_being_drafted_is_left_out(personas):
    age, _detention, _visas = earlier_queries()
    matches = similar_queries(personas.contributor, "age assessment", exclude_id=age.pk)
    assert age not in [match.query for match in matches]


def test_the_limit_is_kept(personas):
    for n in range(4):
        make_query(title=f"Family reunification rules {n}")
    assert len(similar_queries(personas.contributor, "family reunification", limit=2)) == 2
