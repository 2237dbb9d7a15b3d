"""Version numbers for cached content, and fragments cached under them.

Each kind of content (courses, tools, …) has a version number in the cache. Every service
that changes that content bumps it after its transaction commits, so a fragment keyed on the
version is never stale, and nothing has to know which cache keys exist.
"""

import hashlib
import time
from functools import partial

from django.core.cache import cache
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import get_language


def _fresh_version() -> int:
    # After an eviction the counter restarts from the clock, never from a number that old
    # fragments may still be cached under.
    return int(time.time() * 1000)


def content_version(key: str) -> int:
    version = cache.get(key)
    if version is None:
        cache.add(key, _fresh_version(), timeout=None)
        version = cache.get(key) or _fresh_version()
    return version


def bump_content_version(key: str) -> None:
    try:
        cache.incr(key)
    except ValueError:  # not set (evicted): start again from the clock
        cache.add(key, _fresh_version(), timeout=None)


def bump_now_and_after_commit(key: str) -> None:
    """For services that change content inside a transaction: the version moves at once, so
    the rest of the request (and a test) sees fresh pages, and again after the commit, so a
    page another request made from the old rows while the transaction was open is not kept.
    Outside a transaction both happen at once, which is harmless."""
    bump_content_version(key)
    transaction.on_commit(partial(bump_content_version, key))


def cached_fragment(
    request, *, name: str, template: str, build, vary=(), version_key: str, timeout=60 * 60
) -> str:
    """The rendered `template` (a partial), from the cache when the content's version,
    language and day are unchanged. `build` makes the context only on a miss; `vary` adds what
    else the fragment depends on (filters, the user, a permission). No CSRF tokens inside: the
    fragment is shared by everyone with the same key."""
    parts = [
        name,
        content_version(version_key),
        get_language(),
        timezone.localdate().isoformat(),
        *vary,
    ]
    # Hashed: the parts may hold spaces or Danish letters, which memcached-style keys refuse.
    digest = hashlib.sha256(":".join(str(part) for part in parts).encode()).hexdigest()
    key = f"fragment:{name}:{digest}"
    html = cache.get(key)
    if html is None:
        html = render_to_string(template, build(), request=request)
        cache.set(key, html, timeout=timeout)
    return html
