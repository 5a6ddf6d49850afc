"""The one settings module of EMN Exchange: every value comes from the environment.

Each variable is listed in .env.example and docs/configuration.md. Defaults suit a single
machine with SQLite; with DEBUG off the defaults are the production-safe ones.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from django.utils.translation import gettext_lazy as _

from emn import config

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(config.env_str("EMN_VAR_DIR", str(BASE_DIR / "var")))

DEBUG = config.env_bool("DEBUG", False)
SECRET_KEY = config.secret_key(DEBUG)
ALLOWED_HOSTS = config.env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = config.env_list("CSRF_TRUSTED_ORIGINS", [])
SITE_URL = config.env_str("SITE_URL", "http://127.0.0.1:8000")

INSTALLED_APPS = [
    "emn.core.admin_site.EmnAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "csp",
    "emn.core",
    "emn.accounts",
    "emn.network",
    "emn.contributions",
    "emn.queries",
    "emn.library",
    "emn.glossary",
    "emn.stats",
    "emn.search",
    "emn.portal",
    "emn.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "emn.accounts.middleware.UserLanguageMiddleware",
    "emn.core.middleware.AuditRequestMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "emn.urls"
WSGI_APPLICATION = "emn.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "emn.portal.context_processors.site",
            ],
        },
    },
]

DATABASES = {"default": config.database(f"sqlite:///{VAR_DIR / 'emn.sqlite3'}")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
FORMS_URLFIELD_ASSUME_HTTPS = True  # Django 6 behaviour: a bare host name means https

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "portal:home"
LOGOUT_REDIRECT_URL = "portal:home"

# Login throttling: after AXES_FAILURE_LIMIT failures for one e-mail from one address,
# that pair is locked out for AXES_COOLOFF_MINUTES.
AXES_FAILURE_LIMIT = config.env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=config.env_int("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_FORM_FIELD = "username"
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False

LANGUAGE_CODE = "en"
_LANGUAGE_NAMES = {
    "en": _("English"),
    "fr": _("French"),
    "de": _("German"),
    "sl": _("Slovenian"),
    "lt": _("Lithuanian"),
}
LANGUAGES = [
    (code, _LANGUAGE_NAMES.get(code, code))
    for code in config.env_list("LANGUAGES", list(_LANGUAGE_NAMES))
]
LOCALE_PATHS = [BASE_DIR / "emn" / "locale"]
LANGUAGE_COOKIE_NAME = "emn_language"
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600
TIME_ZONE = config.env_str("TIME_ZONE", "Europe/Brussels")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(config.env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
# Statistics: one Parquet file of observations per release, read and written by DuckDB.
STATS_ROOT = Path(config.env_str("STATS_ROOT", str(VAR_DIR / "stats")))
STATS_DUCKDB_MEMORY = config.env_str("STATS_DUCKDB_MEMORY", "1GB")
STATS_DUCKDB_THREADS = config.env_int("STATS_DUCKDB_THREADS", 0)
# Memory of each web thread's DuckDB connection (pages, API, SDMX, JSON-stat): a large answer's
# sort spills to disk beyond it, so a server's memory does not grow with answers or threads.
STATS_DUCKDB_READ_MEMORY = config.env_str("STATS_DUCKDB_READ_MEMORY", "256MB")
# Disk kept for SDMX and JSON-stat answers served again as files (0: keep none).
STATS_ANSWER_CACHE_MB = config.env_int("STATS_ANSWER_CACHE_MB", 1024)
# Where `ingest_eurostat CODE` downloads from (Eurostat's dissemination API).
STATS_EUROSTAT_API = config.env_str(
    "STATS_EUROSTAT_API", "https://ec.europa.eu/eurostat/api/dissemination"
)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        # Hashed, compressed files need `collectstatic`; development and tests read the
        # files where they are.
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if config.env_bool("STATIC_MANIFEST", not DEBUG)
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = DEBUG

_email = config.email("console://" if DEBUG else "file://" + str(VAR_DIR / "mail"))
EMAIL_BACKEND = _email["EMAIL_BACKEND"]
EMAIL_HOST = _email.get("EMAIL_HOST", "localhost")
EMAIL_PORT = _email.get("EMAIL_PORT", 25)
EMAIL_HOST_USER = _email.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = _email.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = _email.get("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = _email.get("EMAIL_USE_SSL", False)
EMAIL_FILE_PATH = "/" + _email["EMAIL_FILE_PATH"] if _email.get("EMAIL_FILE_PATH") else ""
DEFAULT_FROM_EMAIL = config.env_str("DEFAULT_FROM_EMAIL", "EMN Exchange <no-reply@localhost>")

# Days before a contribution's deadline to remind the country (negative: after it).
EMN_REMINDER_OFFSETS = [int(d) for d in config.env_list("EMN_REMINDER_OFFSETS", ["5", "1", "-1"])]
# Largest file accepted as an attachment to an ad-hoc query answer, in megabytes.
EMN_ATTACHMENT_MAX_MB = config.env_int("EMN_ATTACHMENT_MAX_MB", 20)

# Largest file accepted in the library, in megabytes.
EMN_LIBRARY_MAX_MB = config.env_int("EMN_LIBRARY_MAX_MB", 50)
# Languages whose lemmatiser dictionaries a query is analysed in, besides the reader's own and
# the languages of indexed content (each dictionary takes memory once loaded; see docs).
EMN_SEARCH_LANGUAGES = config.env_list("EMN_SEARCH_LANGUAGES", ["en", "fr", "de", "sl", "lt"])

TASKS = {
    "default": {
        "BACKEND": config.env_str("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default"],
    }
}

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.LimitOffsetPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "emn.api.exceptions.exception_handler",
    "DEFAULT_THROTTLE_RATES": {"anon": "600/minute", "user": "3000/minute"},
}
SPECTACULAR_SETTINGS = {
    "TITLE": "EMN Exchange API",
    "DESCRIPTION": "The information exchange system of the European Migration Network.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "COMPONENT_SPLIT_REQUEST": True,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # Several models have a `kind` or `status`: name each choice set after its owner.
    "ENUM_NAME_OVERRIDES": {
        "OrganisationKindEnum": "emn.network.models.Organisation.Kind",
        "RoleKindEnum": "emn.accounts.models.Role.Kind",
        "CountryStatusEnum": "emn.network.models.Country.Status",
        "ThemeCodeEnum": "emn.core.themes.ThemeCode",
        "StatsDatasetSourceEnum": "emn.stats.models.Dataset.Source",
        "StatsReleaseStateEnum": "emn.stats.models.Release.State",
        "StatsIndicatorFormulaEnum": "emn.stats.indicators.models.Indicator.Formula",
        "StatsIndicatorUnitEnum": "emn.stats.indicators.models.Indicator.Unit",
    },
}

# Security: safe by default, relaxed only by DEBUG.
SESSION_COOKIE_SECURE = config.env_bool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = config.env_bool("CSRF_COOKIE_SECURE", not DEBUG)
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_HSTS_SECONDS = config.env_int("SECURE_HSTS_SECONDS", 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HSTS_SECONDS > 0
SECURE_SSL_REDIRECT = config.env_bool("SECURE_SSL_REDIRECT", False)
if config.env_bool("BEHIND_TLS_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": config.env_str("LOG_LEVEL", "INFO")},
    "loggers": {"axes": {"level": "WARNING"}},
}
