"""Free-text answers keep basic formatting and lose everything that could run."""

import pytest
from django.core.exceptions import ValidationError

from emn.queries.models import Question
from emn.queries.question_types import clean_value

QUESTION = Question(position=2, kind=Question.Kind.TEXT, text="Describe the procedure.")


def test_it_keeps_paragraphs_emphasis_lists_and_links():
    html = (
        "<p><strong>Yes</strong>, <em>mostly</em>:</p><ul><li>one</li></ul><ol><li>two</li></ol>"
        '<a href="https://example.org/law">law</a><br>'
    )
    cleaned = clean_value(QUESTION, html)
    for tag in ("<p>", "<strong>", "<em>", "<ul>", "<ol>", "<li>", "<br>"):
        assert tag in cleaned
    assert 'href="https://example.org/law"' in cleaned


def test_it_removes_scripts_event_handlers_and_images():
    cleaned = clean_value(
        QUESTION, '<p onclick="steal()">Hi<script>alert(1)</script><img src=x onerror=y></p>'
    )
    assert cleaned == "<p>Hi</p>"


def test_it_drops_javascript_links():
    cleaned = clean_value(QUESTION, '<a href="javascript:alert(1)">click</a>')
    assert "javascript" not in cleaned
    assert "click" in cleaned


def test_markup_without_text_is_unanswered():
    assert clean_value(QUESTION, "<p> </p><script>x</script>") is None


def test_it_rejects_an_answer_that_is_not_text():
    with pytest.raises(ValidationError) as error:
        clean_value(QUESTION, 42)
    assert error.value.messages == [
        "Question 2 (“Describe the procedure.”): expected text, got a number."
    ]
