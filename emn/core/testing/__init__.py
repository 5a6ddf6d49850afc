"""Test support shared by every app: personas, factories, the permission matrix."""
