"""Your own account: details, language, roles and API token."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST
from rest_framework.authtoken.models import Token

from emn.accounts import services
from emn.accounts.forms import ProfileForm
from emn.accounts.models import User
from emn.accounts.querysets import with_roles
from emn.accounts.views.common import add_service_error, current_user, post_or_none
from emn.accounts.views.session import remember_language

# The session carries a new token's key from the POST that made it to the one page that
# shows it; reading it removes it, so the key is shown once.
NEW_TOKEN_KEY = "accounts.new_api_token"


def _initial(user: Any) -> dict[str, str]:
    return {"full_name": user.full_name, "email": user.email, "language": user.language}


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def profile(request: HttpRequest) -> HttpResponse:
    """Change your name, e-mail address and language; see your roles and your API token."""
    form = ProfileForm(post_or_none(request), initial=_initial(request.user))
    if form.is_bound and form.is_valid():
        response = _save_profile(request, form)
        if response is not None:
            return response
    return render(request, "accounts/profile.html", _context(request, form))


def _save_profile(request: HttpRequest, form: ProfileForm) -> HttpResponse | None:
    """Save what changed, through the service, on a fresh copy of the account so a refused
    change leaves the logged-in user as it was."""
    changes = {name: form.cleaned_data[name] for name in form.changed_data}
    if not changes:
        messages.info(request, _("Nothing to save: your details are as they were."))
        return redirect("accounts:profile")
    try:
        user = current_user(request)
        saved = services.update_user(user, User.objects.get(pk=user.pk), **changes)
    except ValidationError as error:
        add_service_error(form, error)
        return None
    for name in changes:
        # The rest of this request (the language middleware, the header) sees the new values.
        setattr(request.user, name, getattr(saved, name))
    language = changes.get("language")
    if language:
        translation.activate(language)
    messages.success(request, _("Your details are saved."))
    response = redirect("accounts:profile")
    return remember_language(response, language) if language else response


def _context(request: HttpRequest, form: ProfileForm) -> dict[str, Any]:
    user = current_user(request)
    return {
        "form": form,
        "person": with_roles(User.objects.filter(pk=user.pk)).get(),
        # Only the date: the key itself is never put in a page after it was first shown.
        "token_created": Token.objects.filter(user_id=user.pk)
        .values_list("created", flat=True)
        .first(),
        "new_token": request.session.pop(NEW_TOKEN_KEY, None),
    }


@login_required
@require_POST
def token_issue(request: HttpRequest) -> HttpResponse:
    """Create or replace your API token; its key is shown once, on the next page."""
    token = services.issue_api_token(request.user)
    request.session[NEW_TOKEN_KEY] = token.key
    return redirect("accounts:profile")


@login_required
@require_POST
def token_revoke(request: HttpRequest) -> HttpResponse:
    """Delete your API token, so no program can use it any more."""
    if services.revoke_api_token(request.user):
        messages.success(request, _("Your API token is revoked."))
    else:
        messages.info(request, _("You had no API token."))
    return redirect("accounts:profile")
