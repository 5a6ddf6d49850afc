"""The API's documentation pages load from our own static files, under our CSP."""

from __future__ import annotations

import re

from django.contrib.staticfiles import finders

from emn.api.tests.matrix import EVERYONE
from emn.core.testing.matrix import PermissionMatrix


class TestSwaggerUi(PermissionMatrix):
    expected = EVERYONE

    def url(self, target):
        return "/api/v1/docs/"

    def check(self, response, persona, target):
        html = response.content.decode()
        sources = re.findall(r'(?:src|href)="([^"]+)"', html)
        assert any("drf_spectacular_sidecar/swagger-ui-dist" in s for s in sources), sources
        assert not [s for s in sources if s.startswith(("http:", "https:", "//"))], sources
        # No inline script or style: the site's Content-Security-Policy would block them.
        assert "<script>" not in html
        assert "<style" not in html


class TestSwaggerUiScript(PermissionMatrix):
    expected = EVERYONE

    def url(self, target):
        return "/api/v1/docs/?script"

    def check(self, response, persona, target):
        assert response["Content-Type"].startswith("application/javascript")
        assert "/api/v1/schema/" in response.content.decode()


class TestSchemaEndpoint(PermissionMatrix):
    expected = EVERYONE

    def url(self, target):
        return "/api/v1/schema/"

    def check(self, response, persona, target):
        assert b"/api/v1/organisations/" in response.content


def test_the_static_files_exist(client, db):
    html = client.get("/api/v1/docs/").content.decode()
    for path in re.findall(r'(?:src|href)="(/static/[^"]+)"', html):
        assert finders.find(path.removeprefix("/static/")), path
