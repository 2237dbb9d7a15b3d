"""Writes for videos and podcast episodes. The admin and seed_demo call these."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.accounts.models import User

from .caching import bump_media_version
from .exceptions import CannotPublish, NotAllowed
from .models import Episode, PublishStatus, Video, VideoKind


def _set_status(item, status: str):
    """The one status flip of videos and episodes (locked by the caller). The first
    publication's time is kept, and what is shown about media is refreshed after commit."""
    if item.status != status:
        item.status = status
        if status == PublishStatus.PUBLISHED:
            item.published_at = item.published_at or timezone.now()
        item.save(update_fields=["status", "published_at"])
        bump_media_version()
    return item


@transaction.atomic
def video_publish(*, video: Video, actor: User) -> Video:
    """Publishes a video. Captions come first (WCAG 2.1 AA: captions for prerecorded video),
    and a video must have something to play or link to."""
    if not actor.has_perm("media_library.change_video"):
        raise NotAllowed(_("You may not publish videos."))
    video = Video.objects.select_for_update().get(pk=video.pk)
    if not video.captions:
        raise CannotPublish(_("Add Danish captions (WebVTT) before publishing the video."))
    if not video.video_file and not video.external_url:
        raise CannotPublish(_("Upload the video or give a link to it before publishing."))
    if video.kind == VideoKind.ROLE:
        other = (
            Video.objects.published()
            .filter(kind=VideoKind.ROLE, role=video.role)
            .exclude(pk=video.pk)
        )
        if other.exists():
            raise CannotPublish(
                _("%(video)s is already the published video for this role; unpublish it first.")
                % {"video": other.first()}
            )
    return _set_status(video, PublishStatus.PUBLISHED)


@transaction.atomic
def video_unpublish(*, video: Video, actor: User) -> Video:
    if not actor.has_perm("media_library.change_video"):
        raise NotAllowed(_("You may not unpublish videos."))
    return _set_status(Video.objects.select_for_update().get(pk=video.pk), PublishStatus.DRAFT)


def media_changed() -> None:
    """After the admin saved the podcast's settings or deleted media: what is shown about
    media (pages, feeds) is refreshed."""
    bump_media_version()


def video_saved(*, video: Video) -> None:
    """After the admin saved a video's content: what is shown about videos is refreshed."""
    media_changed()


@transaction.atomic
def episode_publish(*, episode: Episode, actor: User) -> Episode:
    """Publishes a podcast episode. The transcript comes first (WCAG 2.1 AA: a text
    alternative for prerecorded audio)."""
    if not actor.has_perm("media_library.change_episode"):
        raise NotAllowed(_("You may not publish podcast episodes."))
    episode = Episode.objects.select_for_update().get(pk=episode.pk)
    if not episode.transcript.strip():
        raise CannotPublish(_("Add the transcript before publishing the episode."))
    if not episode.audio_file:
        raise CannotPublish(_("Upload the audio file before publishing the episode."))
    return _set_status(episode, PublishStatus.PUBLISHED)


@transaction.atomic
def episode_unpublish(*, episode: Episode, actor: User) -> Episode:
    if not actor.has_perm("media_library.change_episode"):
        raise NotAllowed(_("You may not unpublish podcast episodes."))
    episode = Episode.objects.select_for_update().get(pk=episode.pk)
    return _set_status(episode, PublishStatus.DRAFT)


def episode_saved(*, episode: Episode) -> None:
    """After the admin saved an episode: the feed's enclosure length and type follow the file
    (read once here, not by every feed request)."""
    size = episode.audio_file.size if episode.audio_file else 0
    kind = episode.detected_audio_type() if episode.audio_file else episode.audio_type
    if (size, kind) != (episode.audio_bytes, episode.audio_type):
        episode.audio_bytes, episode.audio_type = size, kind
        Episode.objects.filter(pk=episode.pk).update(audio_bytes=size, audio_type=kind)
    bump_media_version()
