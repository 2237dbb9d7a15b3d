"""Whole public pages from the cache for anonymous visitors (quality.md P2).

A page is taken from the cache only for a visitor without a session or pending messages (so
for nobody logged in), for a GET or HEAD with only the query parameters the page knows. The key
holds the path, those parameters, the language and the version numbers of the content the page
shows: every service that changes that content bumps its number, so a cached page is never
stale and nothing has to know which pages exist.

The footer's language form needs a CSRF token, which is per visitor: it is stored as a
placeholder and filled in for each answer.
"""

import hashlib
import re
from functools import wraps

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils.translation import get_language

from portal.fragment_cache import content_version

TOKEN_FIELD = re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]*(")')
PLACEHOLDER = "\x00csrf\x00"
MAX_PARAM_LENGTH = 100
HEADER = "X-Page-Cache"


def _cacheable(request, params: frozenset[str]) -> bool:
    if request.method not in ("GET", "HEAD"):
        return False
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or CookieStorage.cookie_name in cookies:
        return False
    if request.headers.get("HX-Request"):
        return False
    for name, values in request.GET.lists():
        if name not in params or len(values) != 1 or len(values[0]) > MAX_PARAM_LENGTH:
            return False
    return True


def _versions(keys: tuple[str, ...]) -> list:
    found = cache.get_many(keys)
    return [found[key] if key in found else content_version(key) for key in keys]


def _key(request, version_keys: tuple[str, ...]) -> str:
    query = sorted(request.GET.items())
    parts = [request.path, query, get_language(), _versions(version_keys)]
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()
    return f"page:{digest}"


def public_page(*version_keys: str, params: tuple[str, ...] = (), timeout: int = 60 * 60):
    """Serve the decorated view's 200 answers from the cache for anonymous visitors.

    `version_keys`: the content version numbers the page depends on; `params`: the query
    parameters it reads (any other parameter skips the cache, so made-up addresses cannot fill
    it)."""
    allowed = frozenset(params)

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not _cacheable(request, allowed):
                return view(request, *args, **kwargs)
            key = _key(request, version_keys)
            cached = cache.get(key)
            if cached is not None:
                headers, body = cached
                if PLACEHOLDER in body:
                    body = body.replace(PLACEHOLDER, get_token(request))
                response = HttpResponse(body, headers=headers)
                response[HEADER] = "hit"
                return response
            response = view(request, *args, **kwargs)
            if hasattr(response, "render") and callable(response.render):
                response = response.render()
            if response.status_code == 200 and not response.streaming and not response.cookies:
                body = TOKEN_FIELD.sub(
                    lambda m: m.group(1) + PLACEHOLDER + m.group(2), response.content.decode()
                )
                cache.set(key, (dict(response.items()), body), timeout)
                response[HEADER] = "miss"
            return response

        return wrapped

    return decorator
