"""Who may ingest statistics and see restricted datasets.

Reading follows the dataset's dissemination level (`Dataset.objects.visible_to`). Loading a
release replaces what everybody reads, so only the Commission (and the Service Provider,
which runs the platform for it) ingests; management commands run as the system.
"""

from __future__ import annotations

from typing import Any

from emn.accounts.roles import is_commission, is_service_provider


def can_ingest(user: Any) -> bool:
    """Load a Eurostat file or dataset code as a new release: Commission, Service Provider."""
    return is_commission(user) or is_service_provider(user)
