"""Login and the language switcher."""

from __future__ import annotations

from typing import cast

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import AuthenticationForm
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from emn.accounts import services
from emn.accounts.forms import EmailAuthenticationForm
from emn.accounts.models import User


def remember_language(response: HttpResponse, language: str) -> HttpResponse:
    """Keep the language on this browser, where LocaleMiddleware looks first."""
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite="Lax",
    )
    return response


class LoginView(auth_views.LoginView):
    """Django's login, which also brings the user's preferred language to this browser."""

    template_name = "accounts/login.html"
    redirect_authenticated_user = True
    authentication_form = EmailAuthenticationForm

    def form_valid(self, form: AuthenticationForm) -> HttpResponse:
        response = super().form_valid(form)
        language = cast(User, form.get_user()).language
        if language in dict(settings.LANGUAGES):
            remember_language(response, language)
        return response


def _safe_next(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.META.get("HTTP_REFERER") or "/"
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return "/"


@require_POST
def set_language(request: HttpRequest) -> HttpResponse:
    """Switch the UI language, remember it on this browser and, when logged in, on the account."""
    language = request.POST.get("language", "")
    if language not in dict(settings.LANGUAGES):
        return HttpResponseBadRequest(_("Unknown language “%(code)s”.") % {"code": language})
    if request.user.is_authenticated:
        services.set_language(request.user, language)
    return remember_language(HttpResponseRedirect(_safe_next(request)), language)
