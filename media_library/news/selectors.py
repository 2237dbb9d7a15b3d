"""Reads for stories: the public lists and feeds, and the editors' queue."""

from django.db.models import Prefetch, QuerySet

from ..models import Story, StoryAudience, StoryKind, StoryQuote, StoryStatus

FEED_SIZE = 20


def _for_lists(queryset: QuerySet) -> QuerySet:
    return queryset.select_related("municipality").prefetch_related("audience_rows")


def published_stories(*, audience: str = "", kind: str = "") -> QuerySet:
    """Published stories, newest first, optionally for one audience and of one kind."""
    stories = Story.objects.published()
    if audience in StoryAudience.values:
        stories = stories.for_audience(audience)
    if kind in StoryKind.values:
        stories = stories.filter(kind=kind)
    return _for_lists(stories).order_by("-published_at", "-pk")


def latest_stories(*, limit: int = 3, audience: str = "") -> list[Story]:
    return list(published_stories(audience=audience)[:limit])


def feed_stories(*, audience: str = "") -> list[Story]:
    return list(published_stories(audience=audience)[:FEED_SIZE])


def story_for_reader(user, **lookup) -> Story | None:
    """The story (by slug or pk) as the user may read it (drafts only for editors), with what
    its page shows, in a few queries."""
    return (
        Story.objects.visible_to(user)
        .select_related("municipality", "course", "video", "episode")
        .prefetch_related(
            "audience_rows", Prefetch("quotes", StoryQuote.objects.order_by("position"))
        )
        .filter(**lookup)
        .first()
    )


# The queue lists the latest published and unpublished stories; the administration's story list
# finds the older ones (with search) and links back here.
EDITOR_DONE_LIMIT = 20


def editor_queue(user) -> dict[str, list[Story]]:
    """The editors' overview: what awaits approval, what facilitators suggested, drafts and
    scheduled stories (all), and the latest published and unpublished ones."""
    stories = (
        Story.objects.editable_by(user)
        .select_related("municipality", "submitted_by", "created_by", "course")
        .order_by("-updated_at", "-pk")
    )
    done = (StoryStatus.PUBLISHED, StoryStatus.UNPUBLISHED)
    working = list(stories.exclude(status__in=done))
    finished = list(stories.filter(status__in=done)[:EDITOR_DONE_LIMIT])
    return {
        "pending": [s for s in working if s.status == StoryStatus.PENDING],
        "suggested": [
            s for s in working if s.status == StoryStatus.DRAFT and s.submitted_by_id is not None
        ],
        "drafts": [
            s for s in working if s.status == StoryStatus.DRAFT and s.submitted_by_id is None
        ],
        "scheduled": [s for s in working if s.status == StoryStatus.SCHEDULED],
        "published": [s for s in finished if s.status == StoryStatus.PUBLISHED],
        "unpublished": [s for s in finished if s.status == StoryStatus.UNPUBLISHED],
    }


def stories_of_course(course) -> list[Story]:
    """The stories suggested from or about a course, for its page."""
    return list(Story.objects.filter(course=course).order_by("-created_at"))
