"""The accounts part of the REST API: who am I, and granting and revoking roles."""
