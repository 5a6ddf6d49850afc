"""The translators' spreadsheet: one row per concept, one column per language, CSV or XLSX.

`export_sheet` writes it for a translation round; `read_sheet` reads back whatever the
translators' tool saved, and `validation` checks its shape. Storing the translations is the
service `emn.glossary.services.translation_round.import_translations`.
"""

from emn.glossary.sheets.layout import Column, headers, ordered_languages
from emn.glossary.sheets.reading import SheetRows, SheetUnreadable, read_sheet
from emn.glossary.sheets.validation import SheetError
from emn.glossary.sheets.writing import SheetInfo, export_sheet, languages_of

__all__ = [
    "Column",
    "SheetError",
    "SheetInfo",
    "SheetRows",
    "SheetUnreadable",
    "export_sheet",
    "headers",
    "languages_of",
    "ordered_languages",
    "read_sheet",
]
