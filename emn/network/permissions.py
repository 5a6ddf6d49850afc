"""Who may change what in the network.

The Commission manages the network; a coordinator manages their own NCP (its details,
its organisations and partners, its financing is read-only for them).
"""

from __future__ import annotations

from typing import Any

from emn.accounts.roles import coordinated_country_ids, is_commission, is_emn_member
from emn.network.models import NationalContactPoint, Organisation, Researcher


def can_create_organisation(user: Any, country_id: int | None) -> bool:
    """The Commission adds any organisation; a coordinator adds those of their own country."""
    return is_commission(user) or (
        country_id is not None and country_id in coordinated_country_ids(user)
    )


def can_change_organisation(user: Any, organisation: Organisation) -> bool:
    return can_create_organisation(user, organisation.country_id)


def can_create_ncp(user: Any) -> bool:
    """Only the Commission records a new NCP (designation is between it and the Member State)."""
    return is_commission(user)


def can_change_ncp(user: Any, ncp: NationalContactPoint) -> bool:
    return is_commission(user) or ncp.country_id in coordinated_country_ids(user)


def can_change_funding(user: Any, ncp: NationalContactPoint) -> bool:
    """Financing follows the Commission's grant agreements, so only the Commission records it."""
    return is_commission(user)


def can_manage_directory(user: Any) -> bool:
    """Entries of the researchers' directory are kept by the Commission."""
    return is_commission(user)


def can_export_researcher(user: Any, researcher: Researcher) -> bool:
    """Exporting a person's data on request is the Commission's task as data controller."""
    return is_commission(user)


def can_erase_researcher(user: Any, researcher: Researcher) -> bool:
    return is_commission(user) and not researcher.is_erased


def can_see_legal_basis(user: Any) -> bool:
    """The legal basis of a directory entry is the data controller's record, not public."""
    return is_commission(user)


def can_see_member_names(user: Any) -> bool:
    """Names of Steering Board and expert group members are personal data shared inside the
    network only (as `User.objects.visible_to`); the public sees seats and countries."""
    return is_emn_member(user)


def can_see_researcher_email(user: Any) -> bool:
    """The public directory lists a researcher's work and web page; the e-mail address,
    collected to put people in the network in touch, is shown to EMN members only."""
    return is_emn_member(user)
