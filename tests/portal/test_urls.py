"""Every named URL of the project, as every role sees it (quality.md R1).

The table is the specification: a new URL pattern without a row fails
`test_every_project_url_is_in_the_table`. Later issues extend ACCESS.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from portal.accounts.roles import Role
from tests.accounts.factories import login_with_mfa, make_user

ANON = "anonymous"
ROLES = [ANON, *Role]

# The project's own packages; third-party URLs (allauth, admin) are covered by their own tests.
PROJECT_MODULES = ("portal.", "municipalities.", "toolkit.", "learning.", "media_library.")

LOGIN = "login"  # anonymous is sent to the login page
WRITES = ("INSERT", "UPDATE", "DELETE")


def everyone(status):
    return dict.fromkeys(ROLES, status)


def logged_in(status):
    return {ANON: LOGIN} | dict.fromkeys(Role, status)


# url name -> (kwargs, {role: expected status or LOGIN})
ACCESS = {
    "pages:home": ({}, everyone(200)),
    "pages:accessibility": ({}, everyone(200)),
    "pages:was": ({}, everyone(301)),
    "pages:healthz": ({}, everyone(200)),
    "accounts:profile": ({}, logged_in(200)),
}


def project_url_names(patterns=None, namespace=""):
    for entry in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from project_url_names(entry.url_patterns, inner)
        elif isinstance(entry, URLPattern) and entry.name:
            module = getattr(entry.callback, "__module__", "")
            if module.startswith(PROJECT_MODULES):
                yield f"{namespace}{entry.name}"


def test_every_project_url_is_in_the_table():
    missing = sorted(set(project_url_names()) - set(ACCESS))
    assert missing == [], f"add these URL names to ACCESS: {missing}"


CASES = [
    (name, role, expected)
    for name, (_, expectations) in ACCESS.items()
    for role, expected in expectations.items()
]


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "role", "expected"), CASES)
def test_access(client, name, role, expected):
    if role != ANON:
        login_with_mfa(client, make_user(role))
    url = reverse(name, kwargs=ACCESS[name][0])
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    writes = [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(WRITES)]
    assert writes == [], "a GET must not change any row (R9)"
    if expected == LOGIN:
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))
    else:
        assert response.status_code == expected
        if expected == 200 and response["Content-Type"].startswith("text/html"):
            assert response.content.decode().count("<h1") == 1, "one <h1> per page"


# allauth's own pages, restyled: each answers in Danish with one <h1>.
ALLAUTH_PAGES = [
    ("account_login", None),
    ("account_reset_password", None),
    ("account_signup", None),
    ("account_change_password", Role.EMPLOYEE),
    ("account_email", Role.EMPLOYEE),
    ("mfa_index", Role.FACILITATOR),
    ("usersessions_list", Role.EMPLOYEE),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "role"), ALLAUTH_PAGES)
def test_allauth_pages_are_restyled_and_danish(client, name, role):
    if role:
        login_with_mfa(client, make_user(role))
    response = client.get(reverse(name))
    content = response.content.decode()
    assert response.status_code == 200
    assert content.count("<h1") == 1
    assert '<html lang="da">' in content
    assert "vendor/bootstrap/css/bootstrap.min.css" in content
    assert 'href="#main"' in content  # the portal's own layout, not allauth's bare one


def test_table_covers_every_role():
    for name, (_, expectations) in ACCESS.items():
        assert set(expectations) == set(ROLES), name
