"""URLs of the compilation part of the ad-hoc queries."""

from django.urls import URLPattern

urlpatterns: list[URLPattern] = []
