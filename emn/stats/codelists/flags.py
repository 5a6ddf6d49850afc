"""What Eurostat's observation flags mean, in the reader's language.

Rule: the letters and meanings are Eurostat's (code list OBS_FLAG); a combined flag such
as 'ep' reads as each letter's meaning in the order written; letters Eurostat does not
use are shown as they are.
"""

from __future__ import annotations

from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

FLAGS: dict[str, Promise] = {
    "b": _("break in time series"),
    "c": _("confidential"),
    "d": _("definition differs (see metadata)"),
    "e": _("estimated"),
    "f": _("forecast"),
    "i": _("see metadata"),
    "n": _("not significant"),
    "p": _("provisional"),
    "r": _("revised"),
    "s": _("Eurostat estimate"),
    "u": _("low reliability"),
    "z": _("not applicable"),
}

# Eurostat's older English wordings (CL_OBS_FLAG of earlier structure files), for files
# that write a flag's meaning instead of its letter.
_OLD_WORDINGS = {
    "break in series": "b",
    "estimated value": "e",
    "provisional value": "p",
    "revised value": "r",
    "eurostat estimate": "s",
    "extremely unreliable data": "u",
    "see explanatory notes": "i",
    "definition differs, see metadata": "d",
}


def meanings(flag: str, language: str = "en") -> list[tuple[str, str]]:
    """(letter, meaning) for each letter of `flag`, for footnotes under a table."""
    with translation.override(language):
        return [(letter, str(FLAGS.get(letter, letter))) for letter in flag.strip().lower()]


def describe(flag: str, language: str = "en") -> str:
    """'ep' -> 'estimated, provisional' in `language`; '' for no flag."""
    return ", ".join(meaning for _letter, meaning in meanings(flag, language))


def flag_for_meaning(text: str) -> str | None:
    """The letter whose English meaning `text` is ('provisional' -> 'p'), or None."""
    wanted = " ".join(text.strip().lower().split())
    with translation.override("en"):
        for letter, meaning in FLAGS.items():
            if str(meaning).lower() == wanted:
                return letter
    return _OLD_WORDINGS.get(wanted)
