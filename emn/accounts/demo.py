"""Invented demo users, one or more per role, for local demonstrations only."""

from __future__ import annotations

from typing import Any, NamedTuple

from emn.accounts import services
from emn.accounts.models import Role, User
from emn.core import audit
from emn.core.demo import DEMO_DOMAIN, DEMO_PASSWORD, Output
from emn.network.models import Country, ExpertGroup


class DemoUser(NamedTuple):
    local: str
    name: str
    language: str
    roles: tuple[tuple[str, str | None], ...]  # (kind, country code or group acronym)


K = Role.Kind
DEMO_USERS: tuple[DemoUser, ...] = (
    DemoUser("commission", "Clara Novak", "en", ((K.COMMISSION, None), (K.STEERING_BOARD, None))),
    DemoUser("provider", "Pieter Smit", "en", ((K.SERVICE_PROVIDER, None),)),
    DemoUser("coordinator.si", "Maja Kovač", "sl", ((K.NCP_COORDINATOR, "SI"),)),
    DemoUser("contributor.si", "Luka Zupan", "sl", ((K.NCP_CONTRIBUTOR, "SI"),)),
    DemoUser("reader.si", "Ana Horvat", "sl", ((K.NCP_READER, "SI"),)),
    DemoUser("coordinator.lt", "Rūta Petraitė", "lt", ((K.NCP_COORDINATOR, "LT"),)),
    DemoUser("contributor.lt", "Tomas Kazlauskas", "lt", ((K.NCP_CONTRIBUTOR, "LT"),)),
    DemoUser("coordinator.fr", "Camille Martin", "fr", ((K.NCP_COORDINATOR, "FR"),)),
    DemoUser("coordinator.de", "Jonas Becker", "de", ((K.NCP_COORDINATOR, "DE"),)),
    DemoUser("board.si", "Janez Kranjc", "sl", ((K.STEERING_BOARD, "SI"),)),
    DemoUser("board.de", "Sabine Vogel", "de", ((K.STEERING_BOARD, "DE"),)),
    DemoUser("board.no", "Ingrid Berg", "en", ((K.STEERING_BOARD, "NO"),)),
    DemoUser(
        "expert.return", "Elena Rossi", "en", ((K.EXPERT_GROUP, "REG"), (K.NCP_CONTRIBUTOR, "IT"))
    ),
    DemoUser("partner.lt", "Domas Jankauskas", "lt", ((K.NETWORK_PARTNER, "LT"),)),
    DemoUser(
        "glossary.lt",
        "Eglė Vaitkienė",
        "lt",
        ((K.NCP_CONTRIBUTOR, "LT"), (K.GLOSSARY_EDITOR, None)),
    ),
)


def email_of(local: str) -> str:
    return f"{local}@{DEMO_DOMAIN}"


def bootstrap_commission(out: Output) -> User:
    """The first Commission user, whom nobody could grant a role yet: created directly and
    recorded in the audit log as a system action."""
    user = User.objects.filter(email=email_of("commission")).first()
    if user is None:
        user = User.objects.create_user(
            email_of("commission"), DEMO_PASSWORD, full_name="Clara Novak", is_staff=True
        )
        role = Role.objects.create(user=user, kind=K.COMMISSION)
        audit.record(None, "accounts.grant_role", role, after=audit.snapshot(role))
        user._demo_created = True  # type: ignore[attr-defined]
        out.write(f"Created the demo Commission user {user.email}.")
    return user


def _place(kind: str, where: str | None) -> dict[str, Any]:
    if where is None:
        return {}
    if kind == K.EXPERT_GROUP:
        return {"expert_group": ExpertGroup.objects.get(acronym=where)}
    return {"country": Country.objects.get(code=where)}


def _ensure_user(actor: User, demo: DemoUser) -> tuple[User, bool]:
    email = email_of(demo.local)
    if email == actor.email:
        return actor, bool(getattr(actor, "_demo_created", False))
    user = User.objects.filter(email=email).first()
    if user is not None:
        return user, False
    return services.create_user(
        actor, email=email, full_name=demo.name, language=demo.language, password=DEMO_PASSWORD
    ), True


def load(actor: User, out: Output) -> None:
    created = 0
    for demo in DEMO_USERS:
        user, is_new = _ensure_user(actor, demo)
        if not is_new:
            continue  # Roles only for users made in this run: a revoked role stays revoked.
        created += 1
        for kind, where in demo.roles:
            place = _place(kind, where)
            if not Role.objects.filter(user=user, kind=kind, **place).exists():
                services.grant_role(actor, user, kind, **place)
    out.write(f"Demo users: {created} created, {len(DEMO_USERS) - created} kept as they were.")
