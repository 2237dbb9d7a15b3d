"""Videos: the list, a video with its player and transcript, and its files."""

from django.http import Http404
from django.shortcuts import get_object_or_404, render

from .models import Video, VideoKind
from .responses import media_file_response


def _video(request, slug: str) -> Video:
    return get_object_or_404(Video.objects.visible_to(request.user), slug=slug)


def video_list(request):
    videos = list(Video.objects.published().order_by("kind", "role", "title"))
    groups = [(label, [v for v in videos if v.kind == kind]) for kind, label in VideoKind.choices]
    return render(request, "media_library/video_list.html", {"groups": [g for g in groups if g[1]]})


def video_detail(request, slug: str):
    return render(request, "media_library/video_detail.html", {"video": _video(request, slug)})


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
