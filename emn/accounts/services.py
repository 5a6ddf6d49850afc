"""Every write to people and roles: permission check, validation, transaction, audit."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from emn.accounts import permissions
from emn.accounts.models import Role, User
from emn.accounts.roles import forget_roles
from emn.core import audit

USER_AUDIT_FIELDS = ("email", "full_name", "language", "is_active")


def _validate_scope(kind: str, country: Any, expert_group: Any) -> None:
    """Each kind of role names exactly the place it needs, with a message saying which."""
    if kind not in Role.Kind.values:
        raise ValidationError({"kind": _("Unknown role “%(kind)s”.") % {"kind": kind}})
    if kind in Role.COUNTRY_KINDS and country is None:
        raise ValidationError({"country": _("This role needs a country.")})
    if kind in Role.COUNTRY_KINDS and not country.is_participating:
        raise ValidationError(
            {"country": _("%(country)s does not take part in the network.") % {"country": country}}
        )
    if kind in Role.NETWORK_KINDS and country is not None:
        raise ValidationError(
            {"country": _("This role applies to the whole network, not to a country.")}
        )
    if kind == Role.Kind.EXPERT_GROUP and expert_group is None:
        raise ValidationError({"expert_group": _("Expert group membership needs an expert group.")})
    if kind != Role.Kind.EXPERT_GROUP and expert_group is not None:
        raise ValidationError({"expert_group": _("Only expert group membership names a group.")})


def grant_role(
    actor: Any, person: User, kind: str, *, country: Any = None, expert_group: Any = None
) -> Role:
    """Give `person` a role.

    Rule: each role names the place it needs and is held once. Permission:
    `can_grant_role` (the Commission; a coordinator within their own NCP). Audit: `accounts.grant_role`.
    """
    country_id = country.pk if country is not None else None
    if not permissions.can_grant_role(actor, kind, country_id):
        raise PermissionDenied(_("You may not give this role in this country."))
    _validate_scope(kind, country, expert_group)
    with transaction.atomic():
        exists = Role.objects.filter(
            user=person, kind=kind, country=country, expert_group=expert_group
        ).exists()
        if exists:
            raise ValidationError(
                {"kind": _("%(person)s already holds this role.") % {"person": person}}
            )
        role = Role.objects.create(
            user=person, kind=kind, country=country, expert_group=expert_group
        )
        audit.record(actor, "accounts.grant_role", role, after=audit.snapshot(role))
        if kind == Role.Kind.COMMISSION and not person.is_staff:
            # The Commission manages the network through the Django admin too.
            person.is_staff = True
            person.save(update_fields=["is_staff"])
    forget_roles(person)
    return role


def revoke_role(actor: Any, role: Role) -> None:
    """Take a role away. Permission: `can_revoke_role`. Audit: `accounts.revoke_role`."""
    if not permissions.can_revoke_role(actor, role):
        raise PermissionDenied(_("You may not remove this role."))
    with transaction.atomic():
        audit.record(actor, "accounts.revoke_role", role, before=audit.snapshot(role))
        person = role.user
        role.delete()
        if role.kind == Role.Kind.COMMISSION and not person.roles.filter(kind=role.kind).exists():
            person.is_staff = person.is_superuser
            person.save(update_fields=["is_staff"])
    forget_roles(person)


def create_user(
    actor: Any, *, email: str, full_name: str, language: str = "en", password: str | None = None
) -> User:
    """Create an account; without a password the person sets one through the reset e-mail.

    Rule: e-mail addresses are unique, compared without case. Permission: `can_invite_user`.
    Audit: `accounts.create_user`.
    """
    if actor is not None and not permissions.can_invite_user(actor):
        raise PermissionDenied(_("You may not create accounts."))
    email = User.objects.normalize_email(email).strip().lower()
    user = User(email=email, full_name=full_name.strip(), language=language)
    user.set_password(password) if password else user.set_unusable_password()
    user.full_clean()
    with transaction.atomic():
        if User.objects.filter(email__iexact=email).exists():
            raise ValidationError(
                {"email": _("An account with this e-mail address already exists.")}
            )
        user.save()
        audit.record(
            actor, "accounts.create_user", user, after=audit.snapshot(user, USER_AUDIT_FIELDS)
        )
    return user


def update_user(actor: Any, person: User, **changes: Any) -> User:
    """Change name, e-mail, language or active state of an account.

    Permission: `can_change_user`. Audit: `accounts.update_user`.
    """
    if not permissions.can_change_user(actor, person):
        raise PermissionDenied(_("You may not change this account."))
    unknown = set(changes) - set(USER_AUDIT_FIELDS)
    if unknown:
        raise ValidationError(
            _("These fields cannot be changed here: %s") % ", ".join(sorted(unknown))
        )
    before = audit.snapshot(person, USER_AUDIT_FIELDS)
    for field, value in changes.items():
        setattr(person, field, value)
    person.full_clean()
    with transaction.atomic():
        person.save()
        audit.record(
            actor,
            "accounts.update_user",
            person,
            before=before,
            after=audit.snapshot(person, USER_AUDIT_FIELDS),
        )
    return person


def set_language(actor: Any, language: str) -> None:
    """Remember the reader's language on their account. Audit: `accounts.set_language`."""
    if language not in dict(settings.LANGUAGES):
        raise ValidationError({"language": _("Unknown language “%(code)s”.") % {"code": language}})
    if not actor.is_authenticated or actor.language == language:
        return
    before = {"language": actor.language}
    with transaction.atomic():
        actor.language = language
        actor.save(update_fields=["language"])
        audit.record(
            actor, "accounts.set_language", actor, before=before, after={"language": language}
        )
