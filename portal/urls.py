from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

# The admin's own login form would bypass allauth's rate limits and MFA: send it through allauth.
admin.site.login = secure_admin_login(admin.site.login)
admin.site.site_header = _("Samskabt styring – administration")
admin.site.site_title = _("Samskabt styring")

urlpatterns = [
    path("", include("portal.pages.urls")),
    path("forloeb/", include("municipalities.urls")),
    path("vaerktoejer/", include("toolkit.urls")),
    path("medier/", include("media_library.urls")),
    path("konto/", include("portal.accounts.urls")),
    path("konto/", include("allauth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]
