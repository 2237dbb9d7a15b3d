"""A version number for everything shown about courses in bulk (the portfolio board).

Every service that changes a course bumps it after its transaction commits, so cached pages
keyed on it are never stale, and nothing has to know which cache keys exist.
"""

from django.core.cache import cache

VERSION_KEY = "municipalities:courses-version"


def courses_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, 1, timeout=None)
        version = cache.get(VERSION_KEY, 1)
    return version


def bump_courses_version() -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # not set yet (or evicted): any new value invalidates
        cache.add(VERSION_KEY, 1, timeout=None)
