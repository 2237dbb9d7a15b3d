import pytest
from django.contrib.auth import SESSION_KEY
from django.urls import reverse

from portal.accounts.roles import Role
from tests.accounts.factories import PASSWORD, login_with_mfa, make_user

pytestmark = pytest.mark.django_db


def test_admin_login_page_sends_to_allauth(client):
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_posting_credentials_to_the_admin_login_logs_nobody_in(client):
    # The admin's own form would skip allauth's rate limits and MFA: it must not work.
    user = make_user(Role.ADMINISTRATOR)
    response = client.post(
        "/admin/login/", {"username": user.email, "password": PASSWORD, "next": "/admin/"}
    )
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert SESSION_KEY not in client.session


def test_administrator_with_mfa_reaches_the_admin(client):
    login_with_mfa(client, make_user(Role.ADMINISTRATOR))
    assert client.get("/admin/").status_code == 200


def test_non_staff_user_is_refused_by_the_admin(client):
    login_with_mfa(client, make_user(Role.EMPLOYEE))
    response = client.get("/admin/", follow=True)
    assert response.status_code == 403
    assert "Adgang nægtet" in response.content.decode()
