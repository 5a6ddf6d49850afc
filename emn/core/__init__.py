"""Base models, the audit log and the permission plumbing every app shares."""
