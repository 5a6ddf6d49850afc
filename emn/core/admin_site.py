"""The Django admin, opened to the Commission, which manages the network."""

from __future__ import annotations

from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _


class EmnAdminSite(admin.AdminSite):
    """Admin site that lets in the Commission (and superusers), nobody else."""

    site_header = _("EMN Exchange administration")
    site_title = _("EMN Exchange administration")

    def has_permission(self, request: HttpRequest) -> bool:
        from emn.accounts.roles import is_commission

        user = request.user
        return bool(user.is_active and (is_commission(user) or user.is_superuser))


class EmnAdminConfig(AdminConfig):
    """Makes `admin.site` our site, so every app's admin registers with it."""

    default_site = "emn.core.admin_site.EmnAdminSite"
