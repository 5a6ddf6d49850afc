"""JSON-stat 2.0 in the shape of Eurostat's dissemination API (`/statistics/1.0/data/...`)."""
