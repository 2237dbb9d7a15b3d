"""Videos and the podcast: lists, players with captions or transcripts, and their files."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from portal.page_cache import public_page

from . import selectors
from .caching import VERSION_KEY
from .models import ARTWORK_FOLDER, AUDIO_FOLDER, Episode, PodcastShow, Video, VideoKind
from .responses import media_file_response


def _video(request, slug: str) -> Video:
    return get_object_or_404(Video.objects.visible_to(request.user), slug=slug)


@require_safe
@public_page(VERSION_KEY)
def video_list(request):
    videos = selectors.published_videos()
    groups = [(label, [v for v in videos if v.kind == kind]) for kind, label in VideoKind.choices]
    return render(request, "media_library/video_list.html", {"groups": [g for g in groups if g[1]]})


@require_safe
@public_page(VERSION_KEY)
def video_detail(request, slug: str):
    return render(request, "media_library/video_detail.html", {"video": _video(request, slug)})


@require_safe
@public_page(VERSION_KEY)
def video_transcript(request, slug: str):
    return render(request, "media_library/video_transcript.html", {"video": _video(request, slug)})


def video_file(request, slug: str):
    video = _video(request, slug)
    if not video.video_file:
        raise Http404
    content_type = video.video_type
    return media_file_response(
        request,
        video.video_file,
        content_type=content_type,
        filename=f"{video.slug}.{content_type.split('/')[1]}",
        public=video.is_published,
    )


def video_captions(request, slug: str):
    video = _video(request, slug)
    if not video.captions:
        raise Http404
    return media_file_response(
        request,
        video.captions,
        content_type="text/vtt",
        filename=f"{video.slug}.vtt",
        public=video.is_published,
    )


def video_poster(request, slug: str):
    video = _video(request, slug)
    if not video.poster:
        raise Http404
    content_type = video.poster_type
    return media_file_response(
        request,
        video.poster,
        content_type=content_type,
        filename=f"{video.slug}.{'png' if content_type == 'image/png' else 'jpg'}",
        public=video.is_published,
    )


# --- Podcast -----------------------------------------------------------------------------------


def _episode(request, slug: str) -> Episode:
    return get_object_or_404(
        Episode.objects.visible_to(request.user).select_related("show"), slug=slug
    )


@require_safe
@public_page(VERSION_KEY)
def podcast(request):
    show = PodcastShow.objects.first()
    episodes = list(Episode.objects.published().select_related("show")) if show else []
    return render(request, "media_library/podcast.html", {"show": show, "episodes": episodes})


@require_safe
@public_page(VERSION_KEY)
def episode_detail(request, slug: str):
    return render(request, "media_library/episode.html", {"episode": _episode(request, slug)})


def episode_audio(request, slug: str, name: str):
    episode = _episode(request, slug)
    if episode.audio_file.name != f"{AUDIO_FOLDER}/{name}":  # an old file's address: gone
        raise Http404
    content_type = episode.audio_type
    return media_file_response(
        request,
        episode.audio_file,
        content_type=content_type,
        filename=f"{episode.slug}.{'m4a' if content_type == 'audio/mp4' else 'mp3'}",
        public=episode.is_published,
    )


def episode_transcript_text(request, slug: str):
    """The transcript as plain text, for podcast apps (podcast:transcript)."""
    episode = _episode(request, slug)
    response = HttpResponse(episode.transcript, content_type="text/plain; charset=utf-8")
    response["Cache-Control"] = "public, max-age=3600" if episode.is_published else "private"
    return response


def podcast_artwork(request, name: str):
    show = get_object_or_404(PodcastShow.objects.exclude(artwork=""))
    if show.artwork.name != f"{ARTWORK_FOLDER}/{name}":
        raise Http404
    content_type = show.artwork_type
    return media_file_response(
        request,
        show.artwork,
        content_type=content_type,
        filename=f"podcast.{'png' if content_type == 'image/png' else 'jpg'}",
        public=True,
    )
