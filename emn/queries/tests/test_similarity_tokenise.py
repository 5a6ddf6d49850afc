"""Texts are compared by their meaningful words, whatever their accents or language."""

from emn.queries.similarity import snippet, tokenise


def test_words_are_lower_cased_and_lose_their_accents():
    assert tokenise("Mineurs NON accompagnés, Überprüfung") == (
        "mineurs",
        "non",
        "accompagnes",
        "uberprufung",
    )


def test_short_words_numbers_and_stop_words_are_dropped():
    assert tokenise("Do the states of the EU in 2024 check the age?") == ("check", "age")
    assert tokenise("Les demandes pour les mineurs") == ("demandes", "mineurs")
    assert tokenise("Die Anträge und der Familiennachzug") == ("antrage", "familiennachzug")


def test_markup_is_not_a_word():
    assert tokenise("<p><strong>Detention</strong></p>") == ("detention",)


def test_a_snippet_starts_near_the_first_matching_word():
    text = "Introduction. " * 20 + "Age assessment of unaccompanied minors is done by doctors."
    shown = snippet(text, {"assessment"}, length=60)
    assert shown.startswith("…")
    assert "Age assessment" in shown
    assert len(shown) <= 62
