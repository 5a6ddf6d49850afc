"""Helpers of the library's tests: a publication made through the service, uploads."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile

from emn.core.dissemination import DisseminationLevel
from emn.core.models import Theme
from emn.core.testing.factories import country
from emn.library import services
from emn.library.models import Publication, PublicationType


def publication(
    actor: Any,
    *,
    title: str = "Return of rejected asylum applicants",
    language: str = "en",
    type: str = PublicationType.STUDY,
    country_code: str | None = None,
    dissemination: str = DisseminationLevel.PUBLIC,
    published_on: datetime.date | None = None,
    summary: str = "A summary.",
    **kwargs: Any,
) -> Publication:
    """A publication created through `services.create_publication`."""
    return services.create_publication(
        actor,
        type=type,
        texts=[(language, title, summary)],
        country=country(country_code) if country_code else None,
        published_on=published_on or datetime.date(2025, 3, 1),
        dissemination=dissemination,
        themes=kwargs.pop("themes", [Theme.objects.get(code="return")]),
        **kwargs,
    )


def upload(name: str, content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content)
