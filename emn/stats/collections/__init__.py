"""National data collections: templates of variables that every NCP fills in for its country.

The per-country cycle (draft, ready, submit, return, extensions, reminders) is the
contribution engine's (`emn.contributions`); this package owns the template, the collection
that asks the countries, the data rows of each country's contribution, and publishing the
submitted rows as a statistics dataset.
"""
