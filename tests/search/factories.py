"""Podcast episodes for the search tests, made the way the admin makes them (the podcast's own
tests keep their factory in the test module), and rows in bulk for the query-count tests."""

import itertools

from django.core.files.base import ContentFile
from django.utils import timezone

from media_library.models import (
    Episode,
    PodcastShow,
    PublishStatus,
    Story,
    StoryKind,
    StoryStatus,
    Video,
    VideoKind,
)
from media_library.services import episode_publish, episode_saved
from tests.media_library.factories import png_bytes, video_editor
from toolkit.models import Tool, ToolStatus, Visibility

MP3_BYTES = b"ID3\x04\x00\x00\x00\x00\x00\x0a" + bytes(i % 251 for i in range(500))
_numbers = itertools.count(1)


def _show() -> PodcastShow:
    show = PodcastShow.objects.first()
    if show is None:
        show = PodcastShow(
            title="Samskabt styring – podcasten",
            description="Samtaler om bøvl og styring.",
            owner_name="Fremfærds sekretariat",
            owner_email="podcast@fremfaerd.example",
        )
        show.artwork.save("cover.png", ContentFile(png_bytes((16, 16))), save=True)
    return show


def make_episode(*, publish: bool = True, **fields) -> Episode:
    number = next(_numbers)
    values = {
        "show": _show(),
        "title": f"Afsnit {number}",
        "slug": f"soeg-afsnit-{number}",
        "number": number,
        "summary": f"Resumé af afsnit {number}.",
        "transcript": "Velkommen til podcasten.",
        "duration_seconds": 600,
    } | fields
    episode = Episode(**values)
    episode.audio_file.save("afsnit.mp3", ContentFile(MP3_BYTES), save=False)
    episode.save()
    episode_saved(episode=episode)
    if publish:
        episode = episode_publish(episode=episode, actor=video_editor())
    return episode


def grow(count: int, word: str) -> None:
    """`count` published tools, stories, videos and episodes, each with `word` in its text, made in
    bulk (the query-count tests need hundreds; what the search reads is all there)."""
    start = next(_numbers) * 10_000
    now = timezone.now()
    numbers = range(start, start + count)
    Tool.objects.bulk_create(
        Tool(
            title=f"Værktøj {n}",
            slug=f"soeg-vaerktoej-{n}",
            purpose=f"Om {word} nummer {n}.",
            search_text=f"Om {word} nummer {n}. Mere tekst om metoden.",
            duration_minutes=30,
            participants="Alle",
            status=ToolStatus.PUBLISHED,
            visibility=Visibility.PUBLIC,
            updated_at=now,
            content_hash=f"{n}".ljust(64, "0"),
        )
        for n in numbers
    )
    Video.objects.bulk_create(
        Video(
            title=f"Video {n}",
            slug=f"soeg-video-{n}",
            summary=f"En video om {word}.",
            transcript=f"Her fortæller vi om {word}.",
            kind=VideoKind.METHOD,
            status=PublishStatus.PUBLISHED,
            published_at=now,
        )
        for n in numbers
    )
    show = _show()
    Episode.objects.bulk_create(
        Episode(
            show=show,
            title=f"Afsnit {n}",
            slug=f"soeg-afsnit-{n}",
            summary=f"Et afsnit om {word}.",
            transcript=f"Vi taler om {word}.",
            audio_file="podcast/findes-ikke.mp3",
            duration_seconds=60,
            status=PublishStatus.PUBLISHED,
            published_at=now,
        )
        for n in numbers
    )
    Story.objects.bulk_create(
        Story(
            kind=StoryKind.ARTICLE,
            title=f"Historie {n}",
            slug=f"soeg-historie-{n}",
            summary=f"En historie om {word}.",
            body=f"<p>Her skete der noget med {word}.</p>",
            status=StoryStatus.PUBLISHED,
            published_at=now,
        )
        for n in numbers
    )
