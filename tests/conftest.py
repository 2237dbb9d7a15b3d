"""Shared fixtures. Test settings come from the environment (pyproject: [tool.pytest] env)."""

import pytest
from django.core.cache import cache

from tests.accounts.factories import login_with_mfa, make_user


@pytest.fixture(autouse=True)
def _test_settings(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    # allauth's limits are tested on purpose in tests/accounts/test_rate_limits.py.
    settings.ACCOUNT_RATE_LIMITS = False
    # One step of clock drift, so a login on a loaded machine does not fail when the code's
    # 30-second step ends between typing and checking it (production keeps allauth's 0).
    settings.MFA_TOTP_TOLERANCE = 1
    # Hashing strength is Django's concern; a fast hasher keeps hundreds of logins quick.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}


@pytest.fixture(autouse=True)
def _clear_cache():
    # Only the test key prefix is ever used here, so clearing never touches other data
    # (the Celery broker keeps its own keys without the cache's prefix).
    yield
    _delete_test_cache_keys()


def _delete_test_cache_keys() -> None:
    from django.conf import settings

    if settings.CACHES["default"]["BACKEND"].endswith("RedisCache"):
        client = cache._cache.get_client(write=True)
        prefix = settings.CACHES["default"].get("KEY_PREFIX", "")
        keys = list(client.scan_iter(match=f"{prefix}:*"))
        if keys:
            client.delete(*keys)
    else:
        cache.clear()


@pytest.fixture
def client_as(client, db):
    """`client_as(role)` logs the client in as a fresh user with that role (MFA done if needed)."""

    def _login(role, **kwargs):
        user = make_user(role, **kwargs)
        login_with_mfa(client, user)
        return user

    return _login


@pytest.fixture
def require_redis(settings):
    """Skips without Redis in development; in CI (REQUIRE_SERVICES=1) a missing Redis fails."""
    import os

    if not settings.REDIS_URL:
        message = "REDIS_URL is not set: this test needs the real Redis"
        if os.environ.get("REQUIRE_SERVICES") == "1":
            pytest.fail(message)
        pytest.skip(message)


def pytest_sessionstart(session):
    import os

    if os.environ.get("REQUIRE_SERVICES") == "1":
        from django.conf import settings

        engine = settings.DATABASES["default"]["ENGINE"]
        if "postgresql" not in engine or not settings.REDIS_URL:
            raise pytest.UsageError(
                "REQUIRE_SERVICES=1 needs DATABASE_URL (PostgreSQL) and REDIS_URL to be set"
            )


@pytest.fixture
def celery_eager():
    """Runs tasks in-process for the test, whatever the broker (for tests of what a task does,
    not of the worker: tests/portal/test_celery.py has the real worker)."""
    from portal.celery import app

    previous = app.conf.task_always_eager
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = previous


def pytest_collection_modifyitems(config, items):
    # A test argument named like a Playwright fixture (`page`, `browser`, …) silently turns a
    # plain test into a browser test, which reorders it among the transactional tests and
    # runs it on an emptied database.
    strays = [
        item.nodeid
        for item in items
        if "browser_name" in getattr(getattr(item, "callspec", None), "params", {})
        and "/browser/" not in str(item.path)
    ]
    if strays:
        raise pytest.UsageError(f"Playwright fixtures used outside tests/browser: {strays[:3]}")
