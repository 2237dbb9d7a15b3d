"""Reads for the home page and the role pages: each section is one query (stories two, tools
three, with their rows), whatever the number of rows. No side effects."""

from django.db.models import Case, IntegerField, Value, When

from media_library.models import Episode, Video, VideoKind
from media_library.news.selectors import latest_stories
from media_library.selectors import role_video
from toolkit.models import Tool, Variant
from toolkit.selectors import library_tools

from .roles import RolePage

HOME_STORIES = 3
HOME_VIDEOS = 3
ROLE_TOOLS = 12
ROLE_STORIES = 4


def featured_videos(*, limit: int = HOME_VIDEOS) -> list[Video]:
    """The published method videos: the home page's "Udvalgte videoer"."""
    return list(Video.objects.published().filter(kind=VideoKind.METHOD).order_by("title")[:limit])


def latest_episode() -> Episode | None:
    return Episode.objects.published().order_by("-published_at", "-pk").first()


def home_content() -> dict:
    return {
        "stories": latest_stories(limit=HOME_STORIES),
        "videos": featured_videos(),
        "episode": latest_episode(),
    }


def role_tools(user, role: RolePage, *, limit: int = ROLE_TOOLS) -> list[Tool]:
    """The library's tools for the role as the user may read them (restricted ones only for
    their roles), the simplified versions first: they are the ones written for the role."""
    simplified_first = Case(
        When(variant=Variant.SIMPLIFIED, then=Value(0)),
        default=Value(1),
        output_field=IntegerField(),
    )
    tools = library_tools(user, audience=role.tool_audience)
    return list(tools.order_by(simplified_first, "first_step", "title")[:limit])


def role_content(user, role: RolePage) -> dict:
    return {
        "video": role_video(role.tool_audience),
        "tools": role_tools(user, role),
        "stories": latest_stories(limit=ROLE_STORIES, audience=role.story_audience),
    }
