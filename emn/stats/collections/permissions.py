"""Who defines and launches national data collections, who fills a country's rows, who reads.

The Commission and the members of the owning expert group define templates and launch
collections. A country's rows follow the contribution engine's rules, as the answers to an
ad-hoc query do: its NCP drafts them, its coordinator submits, the asker (the Commission or
the person who launched) returns them. The submitted data is read through the collection's
dataset, at the dissemination level the asker chose.
"""

from __future__ import annotations

from typing import Any

from emn.accounts.roles import expert_group_ids, is_commission, is_service_provider
from emn.contributions import permissions as engine
from emn.contributions.models import Contribution
from emn.network.models import ExpertGroup
from emn.stats.collections.models import Collection, CollectionTemplate


def is_group_member(user: Any, group: ExpertGroup | None) -> bool:
    """A member of `group` (never true for a template the Commission owns)."""
    return group is not None and group.pk in expert_group_ids(user)


def can_define_template(user: Any, group: ExpertGroup | None = None) -> bool:
    """The Commission defines any template; an expert group's members define their group's."""
    return is_commission(user) or is_group_member(user, group)


def can_define_any_template(user: Any) -> bool:
    """The Commission, or a member of at least one expert group."""
    return is_commission(user) or bool(expert_group_ids(user))


def can_edit_template(user: Any, template: CollectionTemplate) -> bool:
    """The Commission and the members of the owning group change a template."""
    return can_define_template(user, template.expert_group)


def can_launch_collection(user: Any, template: CollectionTemplate) -> bool:
    """Those who may change a template launch collections from it."""
    return can_edit_template(user, template)


def can_follow_collection(user: Any, collection: Collection) -> bool:
    """The per-country status: the Commission, the Service Provider, the owning group's
    members and the person who launched the collection."""
    return (
        is_commission(user)
        or is_service_provider(user)
        or is_group_member(user, collection.template.expert_group)
        or engine.is_asker(user, collection.request)
    )


def can_fill_row(user: Any, contribution: Contribution) -> bool:
    """The country's NCP coordinator and contributors, while the collection is open and the
    row not submitted (the engine's `can_write_contribution`)."""
    return engine.can_write_contribution(user, contribution)


def can_submit_row(user: Any, contribution: Contribution) -> bool:
    """Only the country's coordinator submits (the engine's `can_submit_contribution`)."""
    return engine.can_submit_contribution(user, contribution)


def can_return_row(user: Any, contribution: Contribution) -> bool:
    """The asker returns a submitted row for changes (the engine's `can_return_contribution`)."""
    return engine.can_return_contribution(user, contribution)


def can_view_row(user: Any, contribution: Contribution, collection: Collection) -> bool:
    """Whoever the engine lets read the contribution, and the owning group's members once
    the country has settled it."""
    if engine.can_view_contribution(user, contribution):
        return True
    return contribution.state in engine.SETTLED and is_group_member(
        user, collection.template.expert_group
    )
