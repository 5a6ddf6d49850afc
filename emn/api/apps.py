from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    name = "emn.api"
    label = "api"
    verbose_name = _("API")

    def ready(self) -> None:
        # Schema extensions take effect once imported.
        from emn.api import schema  # noqa: F401
