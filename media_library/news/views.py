"""The public side of "Viden og historier": the list (by audience and kind) and a story's page.
Both come from the page cache for anonymous visitors (quality.md P2)."""

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe

from portal.page_cache import page_number, public_page

from ..caching import STORIES_VERSION_KEY, VERSION_KEY
from ..models import StoryAudience, StoryKind
from . import selectors

PAGE_SIZE = 12


@require_safe
@public_page(
    STORIES_VERSION_KEY,
    params={
        "maalgruppe": StoryAudience.values,
        "type": StoryKind.values,
        "side": page_number,
    },
)
def story_list(request):
    audience = request.GET.get("maalgruppe", "")
    kind = request.GET.get("type", "")
    if audience not in StoryAudience.values:
        audience = ""
    if kind not in StoryKind.values:
        kind = ""
    page = Paginator(selectors.published_stories(audience=audience, kind=kind), PAGE_SIZE).get_page(
        request.GET.get("side")
    )
    return render(
        request,
        "news/story_list.html",
        {
            "page": page,
            "stories": page.object_list,
            "audience": audience,
            "kind": kind,
            "audiences": StoryAudience.choices,
            "kinds": StoryKind.choices,
            "audience_label": dict(StoryAudience.choices).get(audience, ""),
            "rss_url": reverse("news:audience_feed", args=[audience])
            if audience
            else reverse("news:feed"),
            "atom_url": reverse("news:audience_feed_atom", args=[audience])
            if audience
            else reverse("news:feed_atom"),
        },
    )


@require_safe
@public_page(STORIES_VERSION_KEY, VERSION_KEY)
def story_detail(request, slug: str):
    story = selectors.story_for_reader(request.user, slug=slug)
    if story is None:
        raise Http404
    response = render(request, "news/story_detail.html", {"story": story, "preview": False})
    if not story.is_published:
        # An editor reading a draft at its address: never cached or indexed.
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex"
    return response
