"""Code lists: what flags mean, how codes read in each language, which code a label names.

`flags` explains Eurostat's flag letters, `display` gives a code's label in a language,
`mapping` turns the labels some files carry back into codes, `store` keeps the code lists
of SDMX structure messages in the database.
"""
