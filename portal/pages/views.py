from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView

from media_library.caching import STORIES_VERSION_KEY
from media_library.caching import VERSION_KEY as MEDIA_VERSION_KEY
from portal.page_cache import public_page
from toolkit.caching import VERSION_KEY as TOOLS_VERSION_KEY

from . import selectors
from .roles import ROLES, ROLES_BY_SLUG


@require_safe
@public_page(STORIES_VERSION_KEY, MEDIA_VERSION_KEY)
def home(request):
    return render(request, "pages/home.html", selectors.home_content() | {"roles": ROLES})


@require_safe
@public_page()
def roles(request):
    """ "Find din rolle": the four roles, each with a line on what it does."""
    return render(request, "pages/roles.html", {"roles": ROLES})


# A logged-in user may read restricted tools for their role, so only anonymous visitors get the
# cached page (public_page skips the cache for anyone with a session).
@require_safe
@public_page(STORIES_VERSION_KEY, MEDIA_VERSION_KEY, TOOLS_VERSION_KEY)
def role_page(request, slug: str):
    role = ROLES_BY_SLUG[slug]  # the URL patterns exist only for the known roles
    context = {"role": role, "roles": ROLES} | selectors.role_content(request.user, role)
    return render(request, "pages/role.html", context)


class AccessibilityStatementView(TemplateView):
    template_name = "pages/accessibility.html"


@require_safe
@never_cache
def healthz(request):
    """Liveness for the load balancer and the benchmark's `hello` yardstick: no database."""
    return HttpResponse("ok", content_type="text/plain; charset=utf-8")
