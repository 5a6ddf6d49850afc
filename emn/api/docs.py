"""Swagger UI for the API, from our own static files and within our Content-Security-Policy.

The files come from drf-spectacular-sidecar (no CDN: the platform runs in closed networks).
The split view loads its start-up script from a URL of its own instead of an inline
`<script>`, and our template drops the inline `<style>`, so the page works under the
site's `default-src 'self'` policy without loosening it.
"""

from drf_spectacular.views import SpectacularSwaggerSplitView


class SwaggerView(SpectacularSwaggerSplitView):
    template_name = "api/swagger_ui.html"
