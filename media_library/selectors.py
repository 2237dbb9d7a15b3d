"""Reads for videos; other apps (the tool library, starter packs) ask here."""

from collections.abc import Iterable

from .models import Episode, Video, VideoKind, VideoRole

# The tool library's audiences that have a role video of their own.
AUDIENCE_ROLES = {
    "medarbejder": VideoRole.EMPLOYEE,
    "tillidsvalgt": VideoRole.SHOP_STEWARD,
    "leder": VideoRole.INSTITUTION_LEADER,
    "topleder": VideoRole.TOP_LEADER,
}


def published_videos() -> list[Video]:
    return list(Video.objects.published().order_by("kind", "role", "title"))


def videos_for(steps: Iterable[int], audiences: Iterable[str]) -> list[Video]:
    """The method videos about any of the steps and the role videos of the audiences, in one
    query (there are a handful of videos; the step match is done here, portably)."""
    steps = set(steps)
    roles = {AUDIENCE_ROLES[a] for a in audiences if a in AUDIENCE_ROLES}
    return [
        video
        for video in Video.objects.published().filter(kind__in=[VideoKind.METHOD, VideoKind.ROLE])
        if (video.kind == VideoKind.METHOD and steps & set(video.steps))
        or (video.kind == VideoKind.ROLE and video.role in roles)
    ]


def role_video(audience: str) -> Video | None:
    role = AUDIENCE_ROLES.get(audience)
    if role is None:
        return None
    return Video.objects.published().filter(kind=VideoKind.ROLE, role=role).first()


def starter_pack_videos() -> list[Video]:
    """The method videos and the role videos, for the starter pack's QR codes."""
    return list(
        Video.objects.published()
        .filter(kind__in=[VideoKind.METHOD, VideoKind.ROLE])
        .order_by("kind", "role", "title")
    )


def episodes_for(steps: Iterable[int]) -> list[Episode]:
    """The published podcast episodes about any of the steps, newest first (one query)."""
    steps = set(steps)
    return [episode for episode in Episode.objects.published() if steps & set(episode.steps)]
