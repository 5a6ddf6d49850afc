"""Who may change indicators: the Commission, which answers for the figures the EMN shows."""

from __future__ import annotations

from typing import Any

from emn.accounts.roles import is_commission


def can_change_indicators(user: Any) -> bool:
    """Create, edit or reload indicator definitions: the Commission only."""
    return is_commission(user)
