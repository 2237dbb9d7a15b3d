"""Project-wide guards: migrations, deployment settings, security headers."""

import os
import subprocess
import sys
from html.parser import HTMLParser
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.django_db


def test_no_pending_migrations():
    out = StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=out, stderr=out)
    except SystemExit:
        pytest.fail(f"Models and migrations disagree:\n{out.getvalue()}")


def production_env() -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTEST")}
    env.update(
        DEBUG="false",
        SECRET_KEY="x" * 20 + "production-like-secret-key-with-enough-entropy-9f8e7d",
        ALLOWED_HOSTS="portal.example.dk",
        EMAIL_URL="smtp+tls://user:pass@smtp.example.dk:587",
        REDIS_URL="redis://127.0.0.1:6379/0",
        SITE_URL="https://portal.example.dk",
    )
    for key in ("SECURE_SSL_REDIRECT", "STATICFILES_STORAGE", "DJANGO_ALLOW_ASYNC_UNSAFE"):
        env.pop(key, None)
    return env


def test_check_deploy_is_clean_with_production_env():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=production_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("missing", "check_id"), [("REDIS_URL", "portal.W001"), ("SITE_URL", "portal.W003")]
)
def test_check_deploy_fails_without_shared_services(missing, check_id):
    env = production_env()
    del env[missing]
    env.pop("CELERY_BROKER_URL", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert check_id in result.stderr + result.stdout


def test_non_debug_server_refuses_to_start_without_secret_key():
    env = production_env()
    del env["SECRET_KEY"]
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_uses_cached_templates_and_persistent_connections():
    # The test run uses the production settings module with DEBUG off.
    assert not settings.DEBUG
    loaders = settings.TEMPLATES[0]["OPTIONS"]["loaders"]
    assert loaders[0][0] == "django.template.loaders.cached.Loader"
    assert settings.DATABASES["default"]["CONN_MAX_AGE"] == 600


EXPECTED_CSP = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "object-src": "'none'",
    "base-uri": "'none'",
    "frame-ancestors": "'none'",
    "form-action": "'self'",
}


def parse_csp(header: str) -> dict[str, str]:
    directives = {}
    for part in header.split(";"):
        name, _, value = part.strip().partition(" ")
        directives[name] = value
    return directives


@pytest.mark.parametrize("url", ["/", "/konto/login/", "/tilgaengelighed/", "/findes-ikke/"])
def test_security_headers_by_value(client, url):
    response = client.get(url, secure=True)
    csp = parse_csp(response["Content-Security-Policy"])
    for directive, value in EXPECTED_CSP.items():
        assert csp[directive] == value, directive
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


class ScriptCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.scripts: list[dict] = []
        self.inline_handlers: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script":
            self.scripts.append(attributes)
        self.inline_handlers += [name for name in attributes if name.startswith("on")]


@pytest.mark.parametrize("url", ["/", "/konto/login/", "/tilgaengelighed/"])
def test_no_inline_script(client, url):
    parser = ScriptCollector()
    parser.feed(client.get(url).content.decode())
    assert parser.scripts, "expected the site's own scripts"
    assert all(script.get("src", "").startswith("/static/") for script in parser.scripts)
    assert parser.inline_handlers == []


def test_session_and_csrf_cookies_are_secure(client, client_as):
    from portal.accounts.roles import Role

    client_as(Role.EMPLOYEE)
    session_cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    assert session_cookie["secure"] is True
    assert session_cookie["httponly"] is True
    assert session_cookie["samesite"] == "Lax"
    client.get(reverse("account_login"))
    assert client.cookies[settings.CSRF_COOKIE_NAME]["secure"] is True


def test_http_is_redirected_to_https_in_production(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    response = client.get("/")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/"
    # Behind the proxy the scheme comes from X-Forwarded-Proto.
    assert client.get("/", HTTP_X_FORWARDED_PROTO="https").status_code == 200
