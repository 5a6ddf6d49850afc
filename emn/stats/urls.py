"""Statistics pages under /stats/: datasets and indicators, and the Commission's ingestion."""

from emn.stats.views.urls_collections import urlpatterns as collection_urls
from emn.stats.views.urls_indicators import urlpatterns as indicator_urls
from emn.stats.views.urls_ingestion import urlpatterns as ingestion_urls
from emn.stats.views.urls_pages import urlpatterns as page_urls

app_name = "stats"

urlpatterns = [*collection_urls, *page_urls, *indicator_urls, *ingestion_urls]
