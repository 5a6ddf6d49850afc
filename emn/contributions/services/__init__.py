"""Every write to requests and contributions: permission check, validation, transaction,
audit, then tasks once the transaction has committed.

Asking countries (`asking`), the per-country workflow and content saves (`workflow`, on the
transition table of `core`), and extensions (`extensions`).
"""

from emn.contributions.services.asking import (
    address_request,
    close_request,
    open_request,
    withdraw_request,
)
from emn.contributions.services.core import TRANSITIONS, StaleContribution
from emn.contributions.services.extensions import decide_extension, request_extension
from emn.contributions.services.workflow import (
    decline_contribution,
    mark_no_information,
    mark_ready,
    return_contribution,
    start_drafting,
    submit_contribution,
    touch_contribution,
)

__all__ = [
    "TRANSITIONS",
    "StaleContribution",
    "address_request",
    "close_request",
    "decide_extension",
    "decline_contribution",
    "mark_no_information",
    "mark_ready",
    "open_request",
    "request_extension",
    "return_contribution",
    "start_drafting",
    "submit_contribution",
    "touch_contribution",
    "withdraw_request",
]
