"""Users, login, roles, API tokens and language preference."""
