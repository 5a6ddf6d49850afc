from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QueriesConfig(AppConfig):
    name = "emn.queries"
    label = "queries"
    verbose_name = _("Ad-hoc queries")
