"""Every write to people, roles and API tokens: permission check, validation, transaction,
audit, then tasks once the transaction has committed."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from rest_framework.authtoken.models import Token

from emn.accounts import permissions, tasks
from emn.accounts.models import Role, User
from emn.accounts.roles import coordinated_country_ids, forget_roles
from emn.core import audit

USER_AUDIT_FIELDS = ("email", "full_name", "language", "is_active")


def validate_role_scope(kind: str, country: Any, expert_group: Any) -> None:
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


def _validate_language(language: str) -> None:
    if language not in dict(settings.LANGUAGES):
        raise ValidationError({"language": _("Unknown language “%(code)s”.") % {"code": language}})


def _check_grant(actor: Any, kind: str, country: Any) -> None:
    """Refuse a role the actor may not give, naming the role and the place in the message."""
    if permissions.can_grant_role(actor, kind, country.pk if country is not None else None):
        return
    label = Role.Kind(kind).label if kind in Role.Kind.values else kind
    place = country if country is not None else _("the whole network")
    raise PermissionDenied(
        _("You may not give the role “%(role)s” in %(place)s.") % {"role": label, "place": place}
    )


def _audit_country_id(person: User, actor: Any) -> int | None:
    """The country whose coordinators see an entry about `person`: one the actor coordinates
    where the person works, else the first country the person works in."""
    countries = {role.country_id for role in person.roles.all() if role.country_id is not None}
    preferred = countries & coordinated_country_ids(actor)
    candidates = preferred or countries
    return min(candidates) if candidates else None


def grant_role(
    actor: Any, person: User, kind: str, *, country: Any = None, expert_group: Any = None
) -> Role:
    """Give `person` a role.

    Rule: each role names the place it needs and is held once. Permission:
    `can_grant_role` (the Commission; a coordinator within their own NCP). Audit: `accounts.grant_role`.
    """
    _check_grant(actor, kind, country)
    validate_role_scope(kind, country, expert_group)
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
        raise PermissionDenied(
            _("You may not remove the role “%(role)s”.") % {"role": role.get_kind_display()}
        )
    with transaction.atomic():
        audit.record(actor, "accounts.revoke_role", role, before=audit.snapshot(role))
        person = role.user
        role.delete()
        if role.kind == Role.Kind.COMMISSION and not person.roles.filter(kind=role.kind).exists():
            person.is_staff = person.is_superuser
            person.save(update_fields=["is_staff"])
    forget_roles(person)


def create_user(
    actor: Any,
    *,
    email: str,
    full_name: str,
    language: str = "en",
    password: str | None = None,
    audit_country_id: int | None = None,
) -> User:
    """Create an account; without a password the person sets one through the reset e-mail.

    Rule: e-mail addresses are unique, compared without case. Permission: `can_invite_user`.
    Audit: `accounts.create_user`, scoped to `audit_country_id` (the inviting NCP's country)
    so that country's coordinators see it.
    """
    if actor is not None and not permissions.can_invite_user(actor):
        raise PermissionDenied(_("You may not create accounts."))
    _validate_language(language)
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
            actor,
            "accounts.create_user",
            user,
            after=audit.snapshot(user, USER_AUDIT_FIELDS),
            country_id=audit_country_id,
        )
    return user


def invite_person(
    actor: Any,
    *,
    email: str,
    full_name: str,
    language: str,
    kind: str,
    country: Any = None,
    expert_group: Any = None,
) -> User:
    """Create an account with its first role and e-mail the person a link to set a password.

    Rule: nobody joins without a role, and the account and its role are stored together or
    not at all; the e-mail leaves only once both are stored. Permission: `can_invite_user`
    and `can_grant_role` for the first role. Audit: `accounts.create_user` and
    `accounts.grant_role`, which share the request's id and so read as one change.
    """
    _check_grant(actor, kind, country)
    validate_role_scope(kind, country, expert_group)
    with transaction.atomic():
        person = create_user(
            actor,
            email=email,
            full_name=full_name,
            language=language,
            audit_country_id=country.pk if country is not None else None,
        )
        grant_role(actor, person, kind, country=country, expert_group=expert_group)
        person_id = person.pk
        transaction.on_commit(lambda: tasks.send_password_link.enqueue(person_id, tasks.INVITATION))
    return person


def update_user(actor: Any, person: User, **changes: Any) -> User:
    """Change name, e-mail, language or active state of an account.

    Rule: e-mail addresses stay unique without case; the language is one the site offers.
    Permission: `can_change_user`. Audit: `accounts.update_user`.
    """
    if not permissions.can_change_user(actor, person):
        raise PermissionDenied(_("You may not change this account."))
    unknown = set(changes) - set(USER_AUDIT_FIELDS)
    if unknown:
        raise ValidationError(
            _("These fields cannot be changed here: %s") % ", ".join(sorted(unknown))
        )
    if "language" in changes:
        _validate_language(changes["language"])
    if "email" in changes:
        changes["email"] = User.objects.normalize_email(changes["email"]).strip().lower()
        taken = User.objects.filter(email__iexact=changes["email"]).exclude(pk=person.pk)
        if taken.exists():
            raise ValidationError(
                {"email": _("An account with this e-mail address already exists.")}
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
            country_id=_audit_country_id(person, actor),
        )
    return person


def deactivate_user(actor: Any, person: User) -> User:
    """Close an account: the person can no longer log in or use an API token.

    Rule: roles stay, as the record of what the person did; nobody deactivates themselves.
    Permission: `can_deactivate_user`. Audit: `accounts.deactivate_user`.
    """
    if not permissions.can_deactivate_user(actor, person):
        raise PermissionDenied(_("You may not deactivate this account."))
    with transaction.atomic():
        person.is_active = False
        person.save(update_fields=["is_active"])
        audit.record(
            actor,
            "accounts.deactivate_user",
            person,
            before={"is_active": True},
            after={"is_active": False},
            country_id=_audit_country_id(person, actor),
        )
    return person


def set_language(actor: Any, language: str) -> None:
    """Remember the reader's language on their account. Audit: `accounts.set_language`."""
    _validate_language(language)
    if not actor.is_authenticated or actor.language == language:
        return
    before = {"language": actor.language}
    with transaction.atomic():
        actor.language = language
        actor.save(update_fields=["language"])
        audit.record(
            actor,
            "accounts.set_language",
            actor,
            before=before,
            after={"language": language},
            country_id=_audit_country_id(actor, actor),
        )


def _token_facts(token: Token | None) -> dict[str, Any]:
    """What the log keeps about a token: that it exists and since when, never its key."""
    if token is None:
        return {"api_token": None}
    return {"api_token": "issued", "created": token.created.isoformat()}


def issue_api_token(actor: Any) -> Token:
    """Give the actor a new API token, replacing any earlier one so an old key stops working.

    Permission: `can_issue_api_token`. Audit: `accounts.issue_api_token`, recording that a
    token was issued and when, never its key.
    """
    if not permissions.can_issue_api_token(actor):
        raise PermissionDenied(_("You may not hold an API token."))
    with transaction.atomic():
        previous = Token.objects.filter(user=actor).first()
        before = _token_facts(previous)
        if previous is not None:
            previous.delete()
        token = Token.objects.create(user=actor)
        audit.record(
            actor,
            "accounts.issue_api_token",
            actor,
            before=before,
            after=_token_facts(token),
            country_id=_audit_country_id(actor, actor),
        )
    return token


def revoke_api_token(actor: Any) -> bool:
    """Delete the actor's API token, if any; returns whether there was one.

    Permission: the holder (an anonymous actor holds none). Audit: `accounts.revoke_api_token`.
    """
    if not actor.is_authenticated:
        raise PermissionDenied(_("You may not hold an API token."))
    with transaction.atomic():
        token = Token.objects.filter(user=actor).first()
        if token is None:
            return False
        before = _token_facts(token)
        token.delete()
        audit.record(
            actor,
            "accounts.revoke_api_token",
            actor,
            before=before,
            after=_token_facts(None),
            country_id=_audit_country_id(actor, actor),
        )
    return True
