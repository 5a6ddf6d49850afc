"""People and the roles they hold in the network."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class UserManager(BaseUserManager["User"]):
    """Creates users identified by e-mail; used by services and `createsuperuser`."""

    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **extra: Any) -> User:
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **extra: Any) -> User:
        extra.setdefault("is_staff", True)
        extra.setdefault("is_superuser", True)
        return self.create_user(email, password, **extra)

    def visible_to(self, user: Any) -> models.QuerySet[User]:
        """People a user may see: EMN members see each other, the public sees nobody."""
        from emn.accounts.roles import is_emn_member

        if is_emn_member(user):
            return self.get_queryset().filter(is_active=True)
        return self.get_queryset().none()


class User(AbstractBaseUser, PermissionsMixin):
    """A person who logs in with an e-mail address and a password.

    Rule: what a user may do comes from their `Role` rows, not from Django's permission
    tables; the Commission role also opens the Django admin.
    """

    email = models.EmailField(_("e-mail address"), unique=True)
    full_name = models.CharField(_("full name"), max_length=200)
    # No `choices`: the UI languages come from the environment (LANGUAGES), and a migration
    # must not change when a deployment offers one more; services validate the code.
    language = models.CharField(_("preferred language"), max_length=10, default="en")
    is_active = models.BooleanField(_("active"), default=True)
    is_staff = models.BooleanField(_("staff status"), default=False)
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    class Meta:
        ordering = ["full_name", "email"]
        verbose_name = _("user")

    def __str__(self) -> str:
        return self.full_name or self.email

    def get_full_name(self) -> str:
        return self.full_name

    def get_short_name(self) -> str:
        return self.full_name.split(" ")[0] if self.full_name else self.email

    def has_perm(self, perm: str, obj: Any = None) -> bool:
        """The Commission manages the network, so it may use the whole Django admin."""
        from emn.accounts.roles import is_commission

        return (self.is_active and is_commission(self)) or super().has_perm(perm, obj)

    def has_module_perms(self, app_label: str) -> bool:
        from emn.accounts.roles import is_commission

        return (self.is_active and is_commission(self)) or super().has_module_perms(app_label)


class Role(models.Model):
    """One role a user holds: network-wide, in one country, or in one expert group.

    Rules: country roles (NCP coordinator, contributor, reader, network partner) name a
    country; expert-group membership names a group; Commission and Service Provider name
    neither. A Steering Board role names the country represented; without a country it is
    the Commission's seat, which chairs the Board. A user may hold many roles.
    """

    class Kind(models.TextChoices):
        COMMISSION = "commission", _("European Commission")
        SERVICE_PROVIDER = "service_provider", _("Service Provider")
        NCP_COORDINATOR = "ncp_coordinator", _("NCP coordinator")
        NCP_CONTRIBUTOR = "ncp_contributor", _("NCP contributor")
        NCP_READER = "ncp_reader", _("NCP reader")
        STEERING_BOARD = "steering_board", _("Steering Board member")
        EXPERT_GROUP = "expert_group", _("Expert group member")
        NETWORK_PARTNER = "network_partner", _("National network partner")
        GLOSSARY_EDITOR = "glossary_editor", _("Glossary working group member")

    COUNTRY_KINDS = frozenset(
        {Kind.NCP_COORDINATOR, Kind.NCP_CONTRIBUTOR, Kind.NCP_READER, Kind.NETWORK_PARTNER}
    )
    NCP_KINDS = frozenset({Kind.NCP_COORDINATOR, Kind.NCP_CONTRIBUTOR, Kind.NCP_READER})
    NETWORK_KINDS = frozenset({Kind.COMMISSION, Kind.SERVICE_PROVIDER, Kind.GLOSSARY_EDITOR})

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="roles")
    kind = models.CharField(_("role"), max_length=30, choices=Kind.choices)
    country = models.ForeignKey(
        "network.Country",
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="roles",
    )
    expert_group = models.ForeignKey(
        "network.ExpertGroup",
        verbose_name=_("expert group"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="roles",
    )
    granted_at = models.DateTimeField(_("granted at"), default=timezone.now)

    objects = models.Manager()

    class Meta:
        ordering = ["kind", "country__code"]
        verbose_name = _("role")
        constraints = [
            # Three conditional constraints instead of one, because NULLs are distinct in a
            # plain unique index on SQLite.
            models.UniqueConstraint(
                fields=["user", "kind"],
                condition=Q(country__isnull=True, expert_group__isnull=True),
                name="role_unique_network_wide",
            ),
            models.UniqueConstraint(
                fields=["user", "kind", "country"],
                condition=Q(country__isnull=False, expert_group__isnull=True),
                name="role_unique_per_country",
            ),
            models.UniqueConstraint(
                fields=["user", "expert_group"],
                condition=Q(expert_group__isnull=False),
                name="role_unique_per_group",
            ),
            models.CheckConstraint(
                name="role_scope_matches_kind",
                condition=(
                    Q(
                        kind__in=[
                            "ncp_coordinator",
                            "ncp_contributor",
                            "ncp_reader",
                            "network_partner",
                        ],
                        country__isnull=False,
                        expert_group__isnull=True,
                    )
                    | Q(
                        kind__in=["commission", "service_provider", "glossary_editor"],
                        country__isnull=True,
                        expert_group__isnull=True,
                    )
                    | Q(kind="steering_board", expert_group__isnull=True)
                    | Q(kind="expert_group", expert_group__isnull=False)
                ),
            ),
        ]

    def __str__(self) -> str:
        place = self.expert_group or self.country
        return f"{self.get_kind_display()} ({place})" if place else str(self.get_kind_display())

    @property
    def audit_country_id(self) -> int | None:
        return self.country_id
