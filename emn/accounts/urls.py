from django.contrib.auth import views as auth_views
from django.urls import URLPattern, path, reverse_lazy

from emn.accounts import views
from emn.accounts.forms import PasswordResetForm

app_name = "accounts"

urlpatterns: list[URLPattern] = [
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("language/", views.set_language, name="set_language"),
    path("profile/", views.profile, name="profile"),
    path("profile/token/", views.token_issue, name="token_issue"),
    path("profile/token/revoke/", views.token_revoke, name="token_revoke"),
    path("people/", views.people, name="people"),
    path("people/invite/", views.person_invite, name="person_invite"),
    path("people/<int:pk>/", views.person_detail, name="person_detail"),
    path("people/<int:pk>/roles/", views.role_grant, name="role_grant"),
    path("people/<int:pk>/deactivate/", views.person_deactivate, name="person_deactivate"),
    path("roles/<int:pk>/revoke/", views.role_revoke, name="role_revoke"),
    path(
        "password-reset/",
        auth_views.PasswordResetView.as_view(
            form_class=PasswordResetForm,
            template_name="accounts/password_reset_form.html",
            success_url=reverse_lazy("accounts:password_reset_done"),
        ),
        name="password_reset",
    ),
    path(
        "password-reset/sent/",
        auth_views.PasswordResetDoneView.as_view(template_name="accounts/password_reset_done.html"),
        name="password_reset_done",
    ),
    path(
        "reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            template_name="accounts/password_reset_confirm.html",
            success_url=reverse_lazy("accounts:password_reset_complete"),
        ),
        name="password_reset_confirm",
    ),
    path(
        "reset/done/",
        auth_views.PasswordResetCompleteView.as_view(
            template_name="accounts/password_reset_complete.html"
        ),
        name="password_reset_complete",
    ),
]
