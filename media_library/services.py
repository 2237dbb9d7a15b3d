"""Writes for videos and podcast episodes. The admin and seed_demo call these."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.accounts.models import User

from .caching import bump_media_version
from .exceptions import CannotPublish, NotAllowed
from .models import Episode, PublishStatus, Video, VideoKind


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
    if video.status != PublishStatus.PUBLISHED:
        video.status = PublishStatus.PUBLISHED
        video.published_at = timezone.now()
        video.save(update_fields=["status", "published_at"])
        transaction.on_commit(bump_media_version)
    return video


@transaction.atomic
def video_unpublish(*, video: Video, actor: User) -> Video:
    if not actor.has_perm("media_library.change_video"):
        raise NotAllowed(_("You may not unpublish videos."))
    video = Video.objects.select_for_update().get(pk=video.pk)
    if video.status != PublishStatus.DRAFT:
        video.status = PublishStatus.DRAFT
        video.save(update_fields=["status"])
        transaction.on_commit(bump_media_version)
    return video


def video_saved(*, video: Video) -> None:
    """After the admin saved a video's content: what is shown about videos is refreshed."""
    transaction.on_commit(bump_media_version)


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
    if episode.status != PublishStatus.PUBLISHED:
        episode.status = PublishStatus.PUBLISHED
        episode.published_at = episode.published_at or timezone.now()
        episode.save(update_fields=["status", "published_at"])
        transaction.on_commit(bump_media_version)
    return episode


@transaction.atomic
def episode_unpublish(*, episode: Episode, actor: User) -> Episode:
    if not actor.has_perm("media_library.change_episode"):
        raise NotAllowed(_("You may not unpublish podcast episodes."))
    episode = Episode.objects.select_for_update().get(pk=episode.pk)
    if episode.status != PublishStatus.DRAFT:
        episode.status = PublishStatus.DRAFT
        episode.save(update_fields=["status"])
        transaction.on_commit(bump_media_version)
    return episode


def episode_saved(*, episode: Episode) -> None:
    """After the admin saved an episode: the feed's enclosure length follows the file."""
    size = episode.audio_file.size if episode.audio_file else 0
    if size != episode.audio_bytes:
        Episode.objects.filter(pk=episode.pk).update(audio_bytes=size)
    transaction.on_commit(bump_media_version)
