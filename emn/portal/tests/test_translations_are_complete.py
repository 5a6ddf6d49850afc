"""Every UI language is complete: no string is left untranslated or fuzzy."""

from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings

LOCALE = Path(settings.BASE_DIR) / "emn" / "locale"
LANGUAGES = [code for code, _ in settings.LANGUAGES if code != "en"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_ui_string_is_translated(language):
    path = LOCALE / language / "LC_MESSAGES" / "django.po"
    assert path.exists(), f"{path} is missing: run make messages and translate it"
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=language)
    missing = [
        message.id
        for message in catalog
        if message.id
        and (not message.string or (isinstance(message.string, tuple) and not all(message.string)))
    ]
    fuzzy = [message.id for message in catalog if message.id and message.fuzzy]
    assert not missing, f"{path}: {len(missing)} untranslated, e.g. {missing[:5]}"
    assert not fuzzy, f"{path}: {len(fuzzy)} fuzzy, e.g. {fuzzy[:5]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_survive_translation(language):
    path = LOCALE / language / "LC_MESSAGES" / "django.po"
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=language)
    import re

    pattern = re.compile(r"%\(\w+\)s|\{\{ ?\w+ ?\}\}|%s")
    broken = []
    for message in catalog:
        if not message.id or not message.string:
            continue
        source = message.id[0] if isinstance(message.id, tuple) else message.id
        target = message.string[0] if isinstance(message.string, tuple) else message.string
        if sorted(pattern.findall(source)) != sorted(pattern.findall(target)):
            broken.append(source)
    assert not broken, f"{path}: placeholders differ in {broken[:5]}"
