from django.urls import path
from django.views.decorators.http import require_safe

from portal.page_cache import public_page

from ..caching import STORIES_VERSION_KEY
from . import editor_views, views
from .feeds import StoryAtomFeed, StoryRssFeed

app_name = "news"

rss = require_safe(public_page(STORIES_VERSION_KEY)(StoryRssFeed()))
atom = require_safe(public_page(STORIES_VERSION_KEY)(StoryAtomFeed()))

urlpatterns = [
    path("", views.story_list, name="list"),
    path("feed/", rss, name="feed"),
    path("feed/atom/", atom, name="feed_atom"),
    path("feed/<slug:audience>/", rss, name="audience_feed"),
    path("feed/<slug:audience>/atom/", atom, name="audience_feed_atom"),
    # Editors (before <slug>: "redaktion" is not a story's address).
    path("redaktion/", editor_views.queue, name="editor_queue"),
    path("redaktion/ny/", editor_views.story_edit, name="story_new"),
    path("redaktion/<int:pk>/", editor_views.story_edit, name="story_edit"),
    path("redaktion/<int:pk>/forhaandsvisning/", editor_views.preview, name="story_preview"),
    path("redaktion/<int:pk>/historik/", editor_views.history, name="story_history"),
    path(
        "redaktion/<int:pk>/historik/<int:number>/",
        editor_views.revision,
        name="story_revision",
    ),
    path("redaktion/<int:pk>/send/", editor_views.submit, name="story_submit"),
    path("redaktion/<int:pk>/godkend/", editor_views.approve, name="story_approve"),
    path("redaktion/<int:pk>/send-tilbage/", editor_views.reject, name="story_reject"),
    path("redaktion/<int:pk>/afpublicer/", editor_views.unpublish, name="story_unpublish"),
    path(
        "redaktion/<int:pk>/afpublicering/",
        editor_views.set_unpublish_at,
        name="story_unpublish_at",
    ),
    # A facilitator suggests a success story from a course they run.
    path("forloeb/<int:course_pk>/", editor_views.course_stories, name="course_stories"),
    path("<slug:slug>/", views.story_detail, name="story"),
]
