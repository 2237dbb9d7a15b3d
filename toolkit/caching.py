"""The version number for everything shown about tools (the library, tool pages): every tool
service bumps it, at once and again after its transaction commits."""

from functools import partial

from portal import fragment_cache

VERSION_KEY = "toolkit:tools-version"


def tools_version() -> int:
    return fragment_cache.content_version(VERSION_KEY)


def bump_tools_version() -> None:
    fragment_cache.bump_now_and_after_commit(VERSION_KEY)


cached_fragment = partial(fragment_cache.cached_fragment, version_key=VERSION_KEY)
