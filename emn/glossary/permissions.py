"""Who may read the working copy, draft, propose, approve and publish the glossary.

The working group (a network-wide role) drafts and proposes; only the Commission approves,
deprecates, publishes editions and imports whole vocabularies. Everyone else, the public
included, reads published editions only.
"""

from __future__ import annotations

from typing import Any

from emn.accounts.roles import is_commission, is_glossary_editor, is_service_provider


def can_read_working_copy(user: Any) -> bool:
    """Drafts stay with the working group, the Commission and the Service Provider."""
    return is_commission(user) or is_glossary_editor(user) or is_service_provider(user)


def can_draft(user: Any) -> bool:
    """Create and edit concepts in the working copy, import a translation round."""
    return is_commission(user) or is_glossary_editor(user)


def can_propose(user: Any) -> bool:
    """Send a draft to the Commission for approval."""
    return is_commission(user) or is_glossary_editor(user)


def can_approve(user: Any) -> bool:
    """Approve or reject a proposal, deprecate a concept: the Commission alone."""
    return is_commission(user)


def can_publish_edition(user: Any) -> bool:
    return is_commission(user)


def can_import_vocabulary(user: Any) -> bool:
    """Loading a SKOS file rewrites many concepts at once: the Commission alone."""
    return is_commission(user)
