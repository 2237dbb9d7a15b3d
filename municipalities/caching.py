"""The version number for everything shown about courses in bulk (board, dashboards, the
course overview): every course service bumps it after its transaction commits."""

from functools import partial

from portal import fragment_cache

VERSION_KEY = "municipalities:courses-version"


def courses_version() -> int:
    return fragment_cache.content_version(VERSION_KEY)


def bump_courses_version() -> None:
    fragment_cache.bump_content_version(VERSION_KEY)


cached_fragment = partial(fragment_cache.cached_fragment, version_key=VERSION_KEY)
