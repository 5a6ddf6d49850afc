import pytest


@pytest.mark.django_db
def test_home_page_limits_content_to_our_own_origin(client):
    response = client.get("/")
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
def test_static_assets_are_served_by_the_app_not_a_cdn(client):
    body = client.get("/").content.decode()
    assert "/static/vendor/htmx.min.js" in body
    assert "https://" not in body.split("<main")[0]
