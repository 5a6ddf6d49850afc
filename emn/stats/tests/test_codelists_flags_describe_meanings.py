"""Flags read as Eurostat's meanings, letter by letter, in the reader's language."""

from __future__ import annotations

from emn.stats.codelists.flags import FLAGS, describe, flag_for_meaning, meanings
from emn.stats.formats.common import FLAG_LETTERS


def test_every_eurostat_flag_has_a_meaning():
    assert set(FLAGS) == set(FLAG_LETTERS) == set("bcdefinprsuz")


def test_a_combined_flag_reads_as_each_letter_in_order():
    assert describe("ep", "en") == "estimated, provisional"
    assert describe("bep") == "break in time series, estimated, provisional"
    assert describe("") == ""
    assert meanings("c") == [("c", "confidential")]


def test_a_letter_eurostat_does_not_use_is_shown_as_it_is():
    assert describe("px", "en") == "provisional, x"


def test_an_unknown_language_falls_back_to_english():
    assert describe("p", "xx") == "provisional"


def test_a_meaning_written_out_gives_its_letter():
    assert flag_for_meaning("Provisional") == "p"
    assert flag_for_meaning("estimated value") == "e"
    assert flag_for_meaning("no such meaning") is None
