import pytest
from django.conf import settings as django_settings
from django.contrib.auth import SESSION_KEY
from django.test import Client
from django.urls import reverse

from portal.accounts.roles import Role
from tests.accounts.factories import PASSWORD, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def rate_limits_on(settings):
    del settings.ACCOUNT_RATE_LIMITS  # back to allauth's defaults, as in production


def _fail(client, email, **extra):
    return client.post(
        reverse("account_login"), {"login": email, "password": "forkert-kode"}, **extra
    )


def test_account_is_locked_after_repeated_failures_even_for_the_right_password(
    client, rate_limits_on
):
    user = make_user(Role.EMPLOYEE)
    for _ in range(5):
        assert _fail(client, user.email).status_code == 200
    response = client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    assert response.status_code == 200
    assert "for mange mislykkede logonforsøg" in response.content.decode()
    assert SESSION_KEY not in client.session


def test_lock_is_shared_across_clients_and_spoofed_forwarded_for(rate_limits_on):
    # Different clients and X-Forwarded-For values stand for requests spread over gunicorn
    # workers and spoofed proxies: the count lives in the shared cache, keyed by account.
    user = make_user(Role.EMPLOYEE)
    for attempt in range(5):
        _fail(Client(), user.email, HTTP_X_FORWARDED_FOR=f"10.0.0.{attempt}")
    response = Client().post(
        reverse("account_login"),
        {"login": user.email, "password": PASSWORD},
        HTTP_X_FORWARDED_FOR="10.9.9.9",
    )
    assert "for mange mislykkede logonforsøg" in response.content.decode()


def test_unknown_and_known_addresses_answer_alike(client, rate_limits_on):
    user = make_user(Role.EMPLOYEE)
    known = _fail(client, user.email)
    unknown = _fail(client, "ingen@kommune.example")
    assert known.status_code == unknown.status_code == 200
    assert "er ikke korrekt" in known.content.decode()
    assert "er ikke korrekt" in unknown.content.decode()


def test_failed_logins_are_counted_in_redis_when_configured(client, rate_limits_on, require_redis):
    from django.core.cache import cache

    user = make_user(Role.EMPLOYEE)
    _fail(client, user.email)
    redis = cache._cache.get_client()
    prefix = django_settings.CACHES["default"]["KEY_PREFIX"]
    keys = [key.decode() for key in redis.scan_iter(match=f"{prefix}:*login_failed*")]
    assert keys, "allauth's failed-login counter is not in the shared Redis cache"


def test_behind_the_proxy_one_client_cannot_lock_out_everybody(rate_limits_on, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    attacker = Client()
    for n in range(12):
        # The leftmost entry is the attacker's invention; the proxy appends the real address.
        attacker.post(
            reverse("account_login"),
            {"login": f"nobody{n}@kommune.example", "password": "gæt"},
            HTTP_X_FORWARDED_FOR=f"198.18.0.{n}, 203.0.113.5",
            **proxy,
        )
    blocked = attacker.post(
        reverse("account_login"),
        {"login": "nobody@kommune.example", "password": "gæt"},
        HTTP_X_FORWARDED_FOR="198.18.9.9, 203.0.113.5",
        **proxy,
    )
    assert "for mange mislykkede logonforsøg" in blocked.content.decode()

    victim = make_user(Role.EMPLOYEE)
    response = Client().post(
        reverse("account_login"),
        {"login": victim.email, "password": PASSWORD},
        HTTP_X_FORWARDED_FOR="198.51.100.7",
        **proxy,
    )
    assert response.status_code == 302
