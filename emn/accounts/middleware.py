"""Language preference of logged-in users."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import translation


class UserLanguageMiddleware:
    """Show a logged-in user's preferred language on a browser that has not chosen one.

    The language cookie wins when present (the reader chose it on this browser); otherwise
    the preference stored on the account follows the user to any browser, and is then
    remembered in the cookie.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        apply = (
            user is not None
            and user.is_authenticated
            and settings.LANGUAGE_COOKIE_NAME not in request.COOKIES
            and user.language in dict(settings.LANGUAGES)
        )
        if apply:
            translation.activate(user.language)  # type: ignore[union-attr]
            request.LANGUAGE_CODE = user.language  # type: ignore[union-attr]
        response = self.get_response(request)
        if apply:
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                user.language,  # type: ignore[union-attr]
                max_age=settings.LANGUAGE_COOKIE_AGE,
                samesite="Lax",
            )
        return response
