"""Pages of the accounts app: login and language, people and roles, your own account."""

from emn.accounts.views.people import people, person_deactivate, person_detail, person_invite
from emn.accounts.views.profile import profile, token_issue, token_revoke
from emn.accounts.views.roles import role_grant, role_revoke
from emn.accounts.views.session import LoginView, set_language

__all__ = [
    "LoginView",
    "people",
    "person_deactivate",
    "person_detail",
    "person_invite",
    "profile",
    "role_grant",
    "role_revoke",
    "set_language",
    "token_issue",
    "token_revoke",
]
