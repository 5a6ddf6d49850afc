"""Every write to ad-hoc queries: permission check, validation, transaction, audit, tasks.

Drafting (`drafting`), the query's lifecycle (`lifecycle`), the countries' answers
(`answers`) and exports of the compilation (`exports`); the per-country workflow itself is
the contribution engine's.
"""

from emn.contributions.services import StaleContribution
from emn.queries.services.answers import (
    add_attachment,
    remove_attachment,
    return_response,
    save_answers,
    stored_answers,
    submit_response,
)
from emn.queries.services.drafting import (
    add_question,
    create_query,
    remove_question,
    reorder_questions,
    update_query,
    update_question,
)
from emn.queries.services.exports import downloadable_file, readable_export, request_export
from emn.queries.services.lifecycle import (
    add_clarification,
    close_query,
    compile_query,
    launch_query,
    publish_query,
    withdraw_query,
)

__all__ = [
    "StaleContribution",
    "add_attachment",
    "add_clarification",
    "add_question",
    "close_query",
    "compile_query",
    "create_query",
    "downloadable_file",
    "launch_query",
    "publish_query",
    "readable_export",
    "remove_attachment",
    "remove_question",
    "reorder_questions",
    "request_export",
    "return_response",
    "save_answers",
    "stored_answers",
    "submit_response",
    "update_query",
    "update_question",
    "withdraw_query",
]
