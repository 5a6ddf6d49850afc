"""Pages of the core app: the audit log."""

from emn.core.views.audit_log import audit_log

__all__ = ["audit_log"]
