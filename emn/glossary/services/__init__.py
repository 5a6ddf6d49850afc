"""Every write to the glossary: drafting, the approval workflow, editions, imports."""

from emn.glossary.services.concepts import save_concept
from emn.glossary.services.editions import publish_edition
from emn.glossary.services.schemes import default_scheme
from emn.glossary.services.workflow import approve, deprecate, propose, reject

__all__ = [
    "approve",
    "default_scheme",
    "deprecate",
    "propose",
    "publish_edition",
    "reject",
    "save_concept",
]
