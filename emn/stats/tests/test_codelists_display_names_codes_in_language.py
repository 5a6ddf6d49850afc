"""Codes read in the reader's language: countries from CLDR, aggregates from our table."""

from __future__ import annotations

from emn.stats.codelists.display import code_label


def test_countries_are_named_by_cldr_in_the_language_with_eurostat_codes():
    assert code_label("geo", "EL", "en") == "Greece"
    assert code_label("geo", "EL", "de") == "Griechenland"
    assert code_label("citizen", "UK", "fr") == "Royaume-Uni"
    assert code_label("partner", "XK", "en") == "Kosovo"
    assert code_label("c_birth", "SY", "sl") == "Sirija"
    assert code_label("geo", "DE", "pt-br") == "Alemanha"


def test_a_country_name_wins_over_a_stored_label():
    assert code_label("geo", "CZ", "en", {"en": "Czech Republic"}) == "Czechia"


def test_aggregates_read_as_eurostat_labels():
    assert code_label("geo", "EU27_2020", "en") == "European Union - 27 countries (from 2020)"
    assert code_label("citizen", "EXT_EU28", "en") == "Extra-EU28 (2013-2020)"
    assert code_label("sex", "TOTAL", "en") == "Total"
    assert code_label("geo", "EA20", "en") == "Euro area - 20 countries (from 2023)"


def test_an_untranslated_aggregate_gives_way_to_a_stored_label_in_the_language():
    stored = {"en": "EU 27", "de": "Europäische Union - 27 Länder (ab 2020)"}
    assert code_label("geo", "EU27_2020", "de", stored) == stored["de"]
    assert code_label("geo", "EU27_2020", "it", {"en": "EU 27"}) == (  # no Italian catalogue
        "European Union - 27 countries (from 2020)"
    )


def test_codes_outside_geographic_dimensions_are_not_countries():
    assert code_label("unit", "NR", "en", {"en": "Number"}) == "Number"  # not Nauru
    assert code_label("geo", "EA", "en", {"en": "Euro area"}) == "Euro area"  # not Ceuta


def test_the_chain_ends_with_english_then_the_shared_name_then_the_code():
    assert code_label("asyl_app", "ASY_APP", "it", {"en": "Asylum seeker"}) == "Asylum seeker"
    assert code_label("asyl_app", "ASY_APP", "fr", {"fr": "Demandeur"}) == "Demandeur"
    # Eurostat's shared name, translated, before a stored English label; then in English
    assert code_label("asyl_app", "ASY_APP", "fr", {"en": "Asylum seeker"}) == "Demandeur d'asile"
    assert code_label("asyl_app", "ASY_APP", "it") == "Asylum applicant"
    assert code_label("asyl_app", "XYZ", "fr") == "XYZ"
