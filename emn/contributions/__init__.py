"""The country-contribution engine: a request to countries, one contribution per country."""
