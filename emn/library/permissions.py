"""Who may create, edit and delete publications, and set the archive rules.

Editors of the library are the Commission and the Service Provider for everything, and an
NCP (its coordinator and contributors) for the national publications of its own country.
Readers see what `Publication.objects.visible_to` gives them; reading has no predicate here.
"""

from __future__ import annotations

from typing import Any

from emn.accounts.roles import Kind, country_ids_for, is_commission, is_service_provider
from emn.library.models import Publication, PublicationFile


def _ncp_editor_country_ids(user: Any) -> frozenset[int]:
    """The countries whose national publications this user edits (coordinator, contributor)."""
    return country_ids_for(user, Kind.NCP_COORDINATOR, Kind.NCP_CONTRIBUTOR)


def is_library_editor(user: Any) -> bool:
    """The Commission and the Service Provider edit every publication."""
    return is_commission(user) or is_service_provider(user)


def can_create_publication(user: Any, country: Any = None) -> bool:
    """The Commission and the Service Provider; an NCP for a national publication of its
    own country (`country` a Country or its id). Without `country`: whether the user may
    create any publication at all (to show the "new publication" button)."""
    if is_library_editor(user):
        return True
    own = _ncp_editor_country_ids(user)
    if country is None:
        return bool(own)
    country_id = getattr(country, "pk", country)
    return country_id in own


def can_create_any_publication(user: Any) -> bool:
    """Whether the user may create a publication without a producing country."""
    return is_library_editor(user)


def can_edit_publication(user: Any, publication: Publication) -> bool:
    """The Commission, the Service Provider, and the NCP of the publication's country.

    An AHQ compilation's publication is kept in step with its query by the system; people
    may still correct it like any other publication."""
    if is_library_editor(user):
        return True
    return publication.country_id is not None and publication.country_id in _ncp_editor_country_ids(
        user
    )


def can_delete_publication(user: Any, publication: Publication) -> bool:
    """Only the Commission deletes: the archive keeps everything, so deleting is rare and
    reserved for mistakes (a duplicate, a wrong upload)."""
    return is_commission(user)


def can_manage_files(user: Any, publication: Publication) -> bool:
    """Whoever edits the publication adds and removes its files."""
    return can_edit_publication(user, publication)


def can_remove_file(user: Any, file: PublicationFile) -> bool:
    return can_edit_publication(user, file.publication)


def can_set_archive_policy(user: Any) -> bool:
    """The Commission sets how long each type of publication stays current."""
    return is_commission(user)
