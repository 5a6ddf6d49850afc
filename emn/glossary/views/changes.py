"""The edition diff in words: each change's field and language named in the UI language."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.translation import gettext as _

from emn.core.themes import ThemeCode
from emn.glossary.diff import Change
from emn.glossary.integrity import split_tag
from emn.glossary.models import LabelKind, NoteKind, Status
from emn.glossary.views.common import tag_name


@dataclass(frozen=True)
class ShownChange:
    field: str
    language: str  # its name, with the country of a national variant
    tag: str  # the BCP 47 tag of the values, for their `lang` attribute
    old: tuple[str, ...]
    new: tuple[str, ...]


def field_name(field: str) -> str:
    if field in LabelKind.values:
        return str(LabelKind(field).label)
    if field.startswith("note:") and field[5:] in NoteKind.values:
        return str(NoteKind(field[5:]).label)
    names = {
        "definition": _("Definition"),
        "broader": _("Broader"),
        "related": _("Related"),
        "mapping": _("In other vocabularies"),
        "theme": _("Theme"),
        "status": _("Status"),
        "replaced_by": _("Use instead"),
    }
    return str(names.get(field, field))


def _values(field: str, values: tuple[str, ...]) -> tuple[str, ...]:
    """Status and theme codes as words; everything else as stored."""
    if field == "status":
        return tuple(str(Status(v).label) if v in Status.values else v for v in values)
    if field == "theme":
        return tuple(str(ThemeCode(v).label) if v in ThemeCode.values else v for v in values)
    return values


def shown_changes(changes: Sequence[Change]) -> list[ShownChange]:
    shown = []
    for change in changes:
        language = tag_name(*split_tag(change.language)) if change.language else ""
        shown.append(
            ShownChange(
                field_name(change.field),
                language,
                change.language,
                _values(change.field, change.old),
                _values(change.field, change.new),
            )
        )
    return shown
