"""Version numbers for what is shown about media and stories: every service that changes them
bumps its number, at once and again after its transaction commits (portal/fragment_cache.py)."""

from portal import fragment_cache

VERSION_KEY = "media_library:media-version"
STORIES_VERSION_KEY = "media_library:stories-version"


def media_version() -> int:
    return fragment_cache.content_version(VERSION_KEY)


def bump_media_version() -> None:
    fragment_cache.bump_now_and_after_commit(VERSION_KEY)


def bump_stories_version() -> None:
    fragment_cache.bump_now_and_after_commit(STORIES_VERSION_KEY)
