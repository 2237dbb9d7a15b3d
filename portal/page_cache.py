"""Whole public pages from the cache for anonymous visitors (quality.md P2).

A page is taken from the cache only for a visitor without a session or pending messages (so
for nobody logged in), for a GET or HEAD with only the query parameters the page knows. The key
holds the scheme, host and path, those parameters, the language and the version numbers of the
content the page shows: every service that changes that content bumps its number, so a cached
page is never stale and nothing has to know which pages exist.

The key also holds a hash of the templates, the translations and the static files' manifest, so
a deploy that changes how pages look never serves the old HTML.

The footer's language form needs a CSRF token, which is per visitor: it is stored as a
placeholder and filled in for each answer.
"""

import hashlib
import re
from collections.abc import Callable, Container, Mapping
from functools import cache as once
from functools import wraps
from pathlib import Path

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils.translation import get_language

from portal.fragment_cache import content_version

TOKEN_FIELD = re.compile(rb'(name="csrfmiddlewaretoken" value=")[^"]*(")')
PLACEHOLDER = b"\x00csrf\x00"
MAX_PARAM_LENGTH = 100
HEADER = "X-Page-Cache"


# A value rule: the values a query parameter may have (a container), or a test of one value.
Rule = Container[str] | Callable[[str], bool]
# `side=` and the like: a page number a real list could have.
page_number = re.compile(r"[1-9][0-9]{0,3}").fullmatch


def _accepts(rule: Rule, value: str) -> bool:
    return bool(rule(value)) if callable(rule) else value in rule


def _cacheable(request, params: Mapping[str, Rule]) -> bool:
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
        if not _accepts(params[name], values[0]):
            return False
    return True


@once
def build_version() -> str:
    """A hash of what shapes every page besides its content (computed once per process)."""
    root = Path(settings.BASE_DIR)
    files = [
        *sorted((root / "templates").rglob("*.html")),
        *sorted((root / "locale").rglob("*.mo")),
        Path(settings.STATIC_ROOT) / "staticfiles.json",
    ]
    digest = hashlib.sha256()
    for path in files:
        if path.is_file():
            digest.update(
                str(path.relative_to(root) if path.is_relative_to(root) else path).encode()
            )
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _key(request) -> str:
    """The page's key: everything it depends on besides the content versions."""
    # Feeds and the sitemap hold absolute addresses built from the request's scheme and host.
    parts = [
        request.scheme,
        request.get_host(),
        request.path,
        sorted(request.GET.items()),
        get_language(),
        build_version(),
    ]
    return "page:" + hashlib.sha256(repr(parts).encode()).hexdigest()


def _lookup(key: str, version_keys: tuple[str, ...]) -> tuple[list, tuple | None]:
    """The content's current versions and the cached page, in one round trip to Redis. The
    page counts only when it was made from these very versions."""
    found = cache.get_many([*version_keys, key])
    versions = [found[name] if name in found else content_version(name) for name in version_keys]
    entry = found.get(key)
    if entry is not None and entry[0] == versions:
        return versions, entry
    return versions, None


def public_page(
    *version_keys: str, params: Mapping[str, Rule] | None = None, timeout: int = 60 * 60
):
    """Serve the decorated view's 200 answers from the cache for anonymous visitors.

    `version_keys`: the content version numbers the page depends on; `params`: the query
    parameters it reads, each with the values it knows (any other parameter or value skips the
    cache, so made-up addresses cannot fill it)."""
    allowed = dict(params or {})

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not _cacheable(request, allowed):
                return view(request, *args, **kwargs)
            key = _key(request)
            # Read before the page is made: a change meanwhile leaves an entry that no longer
            # matches, so it is made again on the next request.
            versions, entry = _lookup(key, version_keys)
            if entry is not None:
                _versions, headers, body = entry
                if PLACEHOLDER in body:
                    body = body.replace(PLACEHOLDER, get_token(request).encode())
                response = HttpResponse(body, headers=headers)
                response[HEADER] = "hit"
                return response
            response = view(request, *args, **kwargs)
            if hasattr(response, "render") and callable(response.render):
                response = response.render()
            if response.status_code == 200 and not response.streaming and not response.cookies:
                body = TOKEN_FIELD.sub(rb"\1" + PLACEHOLDER + rb"\2", response.content)
                cache.set(key, (versions, dict(response.items()), body), timeout)
                response[HEADER] = "miss"
            return response

        return wrapped

    return decorator
