"""Public pages: the home page and the shared layout (no models)."""
