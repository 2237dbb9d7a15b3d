from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from media_library.caching import STORIES_VERSION_KEY
from media_library.caching import VERSION_KEY as MEDIA_VERSION_KEY
from portal.page_cache import public_page
from portal.sitemaps import SITEMAPS
from toolkit.caching import VERSION_KEY as TOOLS_VERSION_KEY

# The admin's own login form would bypass allauth's rate limits and MFA: send it through allauth.
admin.site.login = secure_admin_login(admin.site.login)
admin.site.site_header = _("Samskabt styring – administration")
admin.site.site_title = _("Samskabt styring")

urlpatterns = [
    path("", include("portal.pages.urls")),
    path("forloeb/", include("municipalities.urls")),
    path("vaerktoejer/", include("toolkit.urls")),
    path("medier/", include("media_library.urls")),
    path("viden/", include("media_library.news.urls")),
    path("soeg/", include("portal.search.urls")),
    path("konto/", include("portal.accounts.urls")),
    path("konto/", include("allauth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path(
        "sitemap.xml",
        require_safe(
            public_page(STORIES_VERSION_KEY, MEDIA_VERSION_KEY, TOOLS_VERSION_KEY)(sitemap)
        ),
        {"sitemaps": SITEMAPS},
        name="sitemap",
    ),
]
