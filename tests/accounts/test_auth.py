import pytest
from django.contrib.auth import SESSION_KEY
from django.urls import reverse

from portal.accounts.roles import Role
from tests.accounts.factories import PASSWORD, login_with_mfa, make_user, totp_code

pytestmark = pytest.mark.django_db


def test_login_page_is_danish(client):
    response = client.get(reverse("account_login"))
    content = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="da">' in content
    assert "Log ind" in content
    assert "Adgangskode" in content


def test_login_rotates_the_session_and_logout_ends_it(client):
    user = make_user(Role.EMPLOYEE)
    client.get(reverse("account_login"))
    anonymous_key = client.session.session_key
    login_with_mfa(client, user)
    assert client.session[SESSION_KEY] == str(user.pk)
    assert client.session.session_key != anonymous_key

    response = client.post(reverse("account_logout"))
    assert response.status_code == 302
    assert SESSION_KEY not in client.session
    assert client.get(reverse("accounts:profile")).status_code == 302


def test_wrong_password_gives_a_danish_error_and_keeps_the_email(client):
    user = make_user(Role.EMPLOYEE)
    response = client.post(reverse("account_login"), {"login": user.email, "password": "forkert"})
    content = response.content.decode()
    assert response.status_code == 200
    assert (
        "er ikke korrekt" in content
    )  # allauth: "E-mailadressen og/eller adgangskoden er ikke korrekt"
    assert f'value="{user.email}"' in content
    assert SESSION_KEY not in client.session


def test_unverified_email_cannot_log_in(client, mailoutbox):
    user = make_user(Role.EMPLOYEE, verified=False)
    response = client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    assert SESSION_KEY not in client.session
    # A verification mail goes out instead.
    assert [message.to for message in mailoutbox] == [[user.email]]


def test_facilitator_without_mfa_must_set_it_up_first(client):
    user = make_user(Role.FACILITATOR, mfa=False)
    login_with_mfa(client, user)
    for url in [reverse("accounts:profile"), reverse("pages:home"), "/admin/"]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("mfa_activate_totp")), url
    # Setting up MFA asks for the password once more (R10), then shows the QR code.
    response = client.get(reverse("mfa_activate_totp"))
    assert response["Location"].startswith(reverse("account_reauthenticate"))
    response = client.post(response["Location"], {"password": PASSWORD})
    assert response["Location"] == reverse("mfa_activate_totp")
    response = client.get(reverse("mfa_activate_totp"))
    assert response.status_code == 200
    assert 'id="authenticator_secret"' in response.content.decode()
    # Public statements stay reachable meanwhile.
    assert client.get(reverse("pages:accessibility")).status_code == 200


@pytest.mark.parametrize("role", [Role.ADMINISTRATOR, Role.EDITOR, Role.FACILITATOR])
def test_roles_that_require_mfa_get_in_after_totp(client, role):
    user = make_user(role)
    response = client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    assert response["Location"] == reverse("mfa_authenticate")
    assert SESSION_KEY not in client.session  # the password alone is not enough
    response = client.post(reverse("mfa_authenticate"), {"code": totp_code()})
    assert response.status_code == 302
    assert client.get(reverse("accounts:profile")).status_code == 200


@pytest.mark.parametrize(
    "role",
    [Role.EMPLOYEE, Role.SHOP_STEWARD, Role.LEADER, Role.TOP_LEADER, Role.INTERNAL_CONSULTANT],
)
def test_municipal_roles_need_no_mfa(client, role):
    user = make_user(role)
    login_with_mfa(client, user)
    assert client.get(reverse("accounts:profile")).status_code == 200


def test_superuser_is_held_to_mfa_too(client):
    user = make_user(None, is_staff=True, is_superuser=True)
    login_with_mfa(client, user)
    response = client.get(reverse("accounts:profile"))
    assert response["Location"].startswith(reverse("mfa_activate_totp"))


def test_staff_without_an_mfa_role_is_held_to_mfa(client):
    # e.g. somebody whose Administrator role was taken away in the admin but kept is_staff.
    user = make_user(Role.EMPLOYEE)
    user.is_staff = True
    user.save(update_fields=["is_staff"])
    login_with_mfa(client, user)
    response = client.get("/admin/accounts/user/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("mfa_activate_totp"))


def test_signup_is_closed(client):
    response = client.get(reverse("account_signup"))
    assert response.status_code == 200
    assert b'name="password1"' not in response.content


def test_password_reset_sends_a_mail(client, mailoutbox):
    user = make_user(Role.EMPLOYEE)
    response = client.post(reverse("account_reset_password"), {"email": user.email})
    assert response.status_code == 302
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == [user.email]
    assert "/konto/password/reset/key/" in mailoutbox[0].body


def test_login_records_the_session_so_it_can_be_ended_later(client):
    from allauth.usersessions.models import UserSession

    user = make_user(Role.EMPLOYEE)
    login_with_mfa(client, user)
    sessions = UserSession.objects.filter(user=user)
    assert list(sessions.values_list("session_key", flat=True)) == [client.session.session_key]
    sessions.get().end()
    assert client.get(reverse("accounts:profile")).status_code == 302
