"""The version number for what is shown about videos: every video service bumps it."""

from portal import fragment_cache

VERSION_KEY = "media_library:media-version"


def media_version() -> int:
    return fragment_cache.content_version(VERSION_KEY)


def bump_media_version() -> None:
    fragment_cache.bump_content_version(VERSION_KEY)
