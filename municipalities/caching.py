"""A version number for everything shown about courses in bulk (the portfolio board).

Every service that changes a course bumps it after its transaction commits, so cached pages
keyed on it are never stale, and nothing has to know which cache keys exist.
"""

import time

from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import get_language

VERSION_KEY = "municipalities:courses-version"


def _fresh_version() -> int:
    # After an eviction the counter restarts from the clock, never from a number that old
    # fragments may still be cached under.
    return int(time.time() * 1000)


def courses_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, _fresh_version(), timeout=None)
        version = cache.get(VERSION_KEY) or _fresh_version()
    return version


def bump_courses_version() -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # not set (evicted): start again from the clock
        cache.add(VERSION_KEY, _fresh_version(), timeout=None)


def cached_fragment(request, *, name: str, template: str, build, vary=()) -> str:
    """The rendered `template` (a partial), from the cache when the course data, language
    and day are unchanged. `build` makes the context only on a miss; `vary` adds what else the
    fragment depends on (the filters, the user, a permission). No CSRF tokens inside: the
    fragment is shared by everyone with the same key."""
    parts = [
        name,
        courses_version(),
        get_language(),
        timezone.localdate().isoformat(),
        *vary,
    ]
    key = "municipalities:fragment:" + ":".join(str(part) for part in parts)
    html = cache.get(key)
    if html is None:
        html = render_to_string(template, build(), request=request)
        cache.set(key, html, timeout=60 * 60)
    return html
