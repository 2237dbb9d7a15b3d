"""The MFA gate remembers a pass in the session, and whatever could undo it ends sessions."""

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.signals import authenticator_removed
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from portal.accounts.mfa_gate import SESSION_KEY
from portal.accounts.roles import Role
from portal.accounts.services import user_set_roles
from tests.accounts.factories import login_with_mfa, make_user

pytestmark = pytest.mark.django_db


def test_after_login_with_mfa_the_gate_costs_no_query(client):
    user = make_user(Role.FACILITATOR)
    login_with_mfa(client, user)
    assert client.session[SESSION_KEY] == user.pk
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("accounts:profile")).status_code == 200
    assert not any("mfa_authenticator" in q["sql"] for q in queries)


def test_a_facilitator_without_mfa_gets_no_pass(client):
    user = make_user(Role.FACILITATOR, mfa=False)
    login_with_mfa(client, user)
    assert SESSION_KEY not in client.session


def test_gaining_an_mfa_role_ends_the_sessions(client, django_capture_on_commit_callbacks):
    user = make_user(Role.EMPLOYEE)
    login_with_mfa(client, user)
    assert client.get(reverse("accounts:profile")).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        user_set_roles(user=user, roles=[Role.FACILITATOR])
    response = client.get(reverse("accounts:profile"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_removing_the_authenticator_forgets_the_pass(client):
    user = make_user(Role.FACILITATOR)
    login_with_mfa(client, user)
    Authenticator.objects.filter(user=user).delete()
    request = RequestFactory().get("/")
    request.session = client.session
    authenticator_removed.send(sender=Authenticator, request=request, user=user, authenticator=None)
    request.session.save()
    response = client.get(reverse("accounts:profile"))
    assert response["Location"].startswith(reverse("mfa_activate_totp"))
