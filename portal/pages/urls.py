from django.urls import path
from django.views.generic import RedirectView

from . import views

app_name = "pages"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("tilgaengelighed/", views.AccessibilityStatementView.as_view(), name="accessibility"),
    # /was is the address Danish public sites use for their accessibility statement.
    path(
        "was", RedirectView.as_view(pattern_name="pages:accessibility", permanent=True), name="was"
    ),
    path("healthz", views.healthz, name="healthz"),
]
