"""SKOS for the glossary: reading files into `ConceptData` records and writing records as RDF.

`reading.read` parses a file (Turtle, N-Triples, RDF/XML, JSON-LD; `formats` recognises
which) with pyoxigraph, `building` turns the triples into records and reports what it cannot
represent; `writing` states the mapping once and writes it through `terms`. None of them
touches the database: the services `skos_import` and `skos_export` do, with the permission
check, the integrity check, the transaction and the audit entry. `vocab` holds every property
of the mapping, which docs/glossary.md describes.
"""
