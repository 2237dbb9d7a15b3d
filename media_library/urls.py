from django.urls import path
from django.views.decorators.http import require_safe

from portal.page_cache import public_page

from . import views
from .caching import VERSION_KEY
from .feeds import PodcastFeed

app_name = "media_library"

urlpatterns = [
    path("videoer/", views.video_list, name="videos"),
    path("videoer/<slug:slug>/", views.video_detail, name="video"),
    path("videoer/<slug:slug>/udskrift/", views.video_transcript, name="video_transcript"),
    path("videoer/<slug:slug>/video/", views.video_file, name="video_file"),
    path("videoer/<slug:slug>/undertekster.vtt", views.video_captions, name="video_captions"),
    path("videoer/<slug:slug>/plakat/", views.video_poster, name="video_poster"),
    path("podcast/", views.podcast, name="podcast"),
    path(
        "podcast/feed.xml",
        require_safe(public_page(VERSION_KEY)(PodcastFeed())),
        name="podcast_feed",
    ),
    # Stored (generated) file names in the addresses: a new file gets a new address, so an
    # episode's file URL is never reused for other audio, and apps see the file's extension.
    path("podcast/billede/<str:name>", views.podcast_artwork, name="podcast_artwork"),
    path("podcast/<slug:slug>/", views.episode_detail, name="episode"),
    path("podcast/<slug:slug>/lyd/<str:name>", views.episode_audio, name="episode_audio"),
    path(
        "podcast/<slug:slug>/udskrift.txt",
        views.episode_transcript_text,
        name="episode_transcript_text",
    ),
]
