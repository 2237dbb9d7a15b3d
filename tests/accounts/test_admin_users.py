import pytest
from django.urls import reverse

from portal.accounts.models import User
from portal.accounts.roles import Role
from tests.accounts.factories import login_with_mfa, make_user

pytestmark = pytest.mark.django_db


def _change(client, user, **fields):
    data = {
        "email": user.email,
        "full_name": user.full_name,
        "job_title": user.job_title,
        "municipality": "",
        "is_active": "on",
        "roles": [],
        "date_joined_0": "2026-01-01",
        "date_joined_1": "00:00:00",
    } | fields
    return client.post(reverse("admin:accounts_user_change", args=[user.pk]), data)


def test_administrator_sets_roles_through_the_role_service(client):
    login_with_mfa(client, make_user(Role.ADMINISTRATOR))
    person = make_user(Role.EMPLOYEE)
    response = _change(client, person, roles=[Role.EDITOR.value])
    assert response.status_code == 302, response.content[:3000]
    person.refresh_from_db()
    assert list(person.groups.values_list("name", flat=True)) == ["Fremfærd-redaktør"]
    assert person.is_staff  # follows from the role


def test_administrator_cannot_make_a_superuser(client):
    admin_user = make_user(Role.ADMINISTRATOR)
    login_with_mfa(client, admin_user)
    page = client.get(reverse("admin:accounts_user_change", args=[admin_user.pk]))
    assert 'name="is_superuser"' not in page.content.decode()
    _change(client, admin_user, roles=[Role.ADMINISTRATOR.value], is_superuser="on")
    assert not User.objects.get(pk=admin_user.pk).is_superuser
