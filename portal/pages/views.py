from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView


class HomeView(TemplateView):
    template_name = "pages/home.html"


class AccessibilityStatementView(TemplateView):
    template_name = "pages/accessibility.html"


@require_safe
@never_cache
def healthz(request):
    """Liveness for the load balancer and the benchmark's `hello` yardstick: no database."""
    return HttpResponse("ok", content_type="text/plain; charset=utf-8")
