"""URLs of the drafting part of the ad-hoc queries."""

from django.urls import URLPattern

urlpatterns: list[URLPattern] = []
