"""API plumbing: routing, authentication, schema."""
