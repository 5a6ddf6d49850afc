"""People and roles in the admin, for the Commission; every write goes through the services.

Accounts are identified by e-mail (there is no username), are invited from the people page
(which sends the link to set a password) and are deactivated rather than deleted, so the
audit log keeps naming who did what. Roles are given and removed, never edited in place.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest
from rest_framework.authtoken.models import TokenProxy

from emn.accounts import services
from emn.accounts.models import Role, User

# Roles replace Django's groups, and API tokens are issued by their holders on the profile
# page (the admin would show every key and let one person act as another).
for model in (Group, TokenProxy):
    if admin.site.is_registered(model):
        admin.site.unregister(model)


class RoleInline(admin.TabularInline):
    """A person's roles, shown on their page; given and removed on the role pages."""

    model = Role
    fields = ("kind", "country", "expert_group", "granted_at")
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(User)
class UserAdmin(admin.ModelAdmin):
    """E-mail, name, language and active state, changed through `services.update_user`."""

    list_display = ("email", "full_name", "language", "is_active", "is_staff", "last_login")
    list_filter = ("is_active", "is_staff", "roles__kind", "roles__country")
    search_fields = ("email", "full_name")
    ordering = ("email",)
    fields = (
        "email",
        "full_name",
        "language",
        "is_active",
        "is_staff",
        "is_superuser",
        "last_login",
        "date_joined",
    )
    readonly_fields = ("is_staff", "is_superuser", "last_login", "date_joined")
    inlines = (RoleInline,)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def save_model(self, request: HttpRequest, obj: User, form: Any, change: bool) -> None:
        changes = {
            name: form.cleaned_data[name]
            for name in form.changed_data
            if name in services.USER_AUDIT_FIELDS
        }
        if changes:
            services.update_user(request.user, User.objects.get(pk=obj.pk), **changes)


class RoleAdminForm(forms.ModelForm):
    """Checks the role's place with the service's own rule, so errors show on the form."""

    class Meta:
        model = Role
        fields = ("user", "kind", "country", "expert_group")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        try:
            services.validate_role_scope(
                data.get("kind", ""), data.get("country"), data.get("expert_group")
            )
        except ValidationError as error:
            raise ValidationError(error.message_dict) from error
        return data


@admin.register(Role)
class RoleAdmin(admin.ModelAdmin):
    """Give a role (`services.grant_role`) or remove it (`services.revoke_role`)."""

    form = RoleAdminForm
    list_display = ("user", "kind", "country", "expert_group", "granted_at")
    list_filter = ("kind", "country", "expert_group")
    search_fields = ("user__email", "user__full_name")
    list_select_related = ("user", "country", "expert_group")
    autocomplete_fields = ("user",)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        # A role is given or removed, never edited: viewing an existing one is read-only.
        return obj is None and super().has_change_permission(request, obj)

    def save_model(self, request: HttpRequest, obj: Role, form: Any, change: bool) -> None:
        role = services.grant_role(
            request.user, obj.user, obj.kind, country=obj.country, expert_group=obj.expert_group
        )
        # The admin logs the addition and redirects using the object it holds.
        obj.pk = role.pk
        obj.granted_at = role.granted_at
        obj._state.adding = False

    def delete_model(self, request: HttpRequest, obj: Role) -> None:
        services.revoke_role(request.user, obj)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Role]) -> None:
        for role in queryset.select_related("user"):
            services.revoke_role(request.user, role)
