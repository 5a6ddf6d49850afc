"""Background work of the accounts app: the e-mails that carry a link to set a password."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django_tasks import task

from emn.accounts.models import User

INVITATION = "invitation"
PASSWORD_RESET = "password_reset"
TEMPLATES = {
    INVITATION: ("accounts/invitation_subject.txt", "accounts/invitation_email.txt"),
    PASSWORD_RESET: ("accounts/password_reset_subject.txt", "accounts/password_reset_email.txt"),
}


def password_link_context(user: User) -> dict[str, Any]:
    """What the templates need to build the link, from SITE_URL since no request is at hand.

    The token is made here, in the worker, so the queue never stores a usable link.
    """
    site = urlsplit(settings.SITE_URL)
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return {
        "protocol": site.scheme,
        "domain": site.netloc,
        "uid": uid,
        "token": token,
        "user": user,
    }


@task()
def send_password_link(user_id: int, purpose: str) -> bool:
    """E-mail an active person a link to set their password, in their own language.

    Returns whether a message was sent: a person deactivated since the request gets none.
    """
    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is None:
        return False
    subject_template, body_template = TEMPLATES[purpose]
    with translation.override(user.language):
        context = password_link_context(user)
        subject = " ".join(render_to_string(subject_template, context).split())
        body = render_to_string(body_template, context)
    send_mail(subject, body, None, [user.email])
    return True
