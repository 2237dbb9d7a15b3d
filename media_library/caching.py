"""Version numbers for what is shown about media and stories: every service that changes them
bumps its number after its transaction commits (see portal/fragment_cache.py)."""

from portal import fragment_cache

VERSION_KEY = "media_library:media-version"
STORIES_VERSION_KEY = "media_library:stories-version"


def media_version() -> int:
    return fragment_cache.content_version(VERSION_KEY)


def bump_media_version() -> None:
    fragment_cache.bump_content_version(VERSION_KEY)


def bump_stories_version() -> None:
    fragment_cache.bump_content_version(STORIES_VERSION_KEY)
