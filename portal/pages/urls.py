from django.urls import path
from django.views.generic import RedirectView

from . import views
from .roles import ROLES

app_name = "pages"

urlpatterns = [
    path("", views.home, name="home"),
    path("roller/", views.roles, name="roles"),
    # One pattern per role (`pages:role_<slug>`, from the table in roles.py): an unknown role
    # matches nothing and answers 404.
    *(
        path(f"roller/{role.slug}/", views.role_page, {"slug": role.slug}, name=role.url_name)
        for role in ROLES
    ),
    path("tilgaengelighed/", views.AccessibilityStatementView.as_view(), name="accessibility"),
    # /was is the address Danish public sites use for their accessibility statement.
    path(
        "was", RedirectView.as_view(pattern_name="pages:accessibility", permanent=True), name="was"
    ),
    path("healthz", views.healthz, name="healthz"),
]
