"""The site search at /soeg/: one GET form, results for what the user may read."""

from django.shortcuts import render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from . import backends
from .forms import MAX_QUERY_LENGTH, SearchForm


@require_safe
# The hits depend on the user's roles (restricted tools): never in a shared cache.
@cache_control(private=True)
def search(request):
    form = SearchForm(request.GET or None)
    args = form.search_args() if form.is_bound else None
    result = backends.search(user=request.user, **args) if args else None
    return render(
        request,
        "search/search.html",
        {
            "form": form,
            "query": args["text"] if args else "",
            "result": result,
            "limit": backends.MAX_RESULTS,
            "max_length": MAX_QUERY_LENGTH,
        },
    )
