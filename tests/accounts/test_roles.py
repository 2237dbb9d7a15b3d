import pytest
from django.contrib.auth.models import Group

from portal.accounts.roles import ROLE_PERMISSIONS, Role
from portal.accounts.services import user_set_roles
from tests.accounts.factories import make_user

pytestmark = pytest.mark.django_db


def test_migration_creates_every_role_with_its_permissions():
    assert set(Group.objects.values_list("name", flat=True)) >= set(Role)
    for role, perms in ROLE_PERMISSIONS.items():
        group = Group.objects.get(name=role)
        held = {
            f"{p.content_type.app_label}.{p.codename}"
            for p in group.permissions.select_related("content_type")
        }
        assert held == set(perms), role


@pytest.mark.parametrize("role", list(Role))
def test_mfa_requirement_follows_the_role(role):
    user = make_user(role, mfa=False)
    assert user.has_perm("accounts.require_mfa") == (
        role in {Role.ADMINISTRATOR, Role.EDITOR, Role.FACILITATOR}
    )


def test_staff_status_follows_the_roles():
    user = make_user(Role.EMPLOYEE)
    assert not user.is_staff
    user = user_set_roles(user=user, roles=[Role.EDITOR])
    assert user.is_staff
    user = user_set_roles(user=user, roles=[Role.LEADER])
    assert not user.is_staff
    assert list(user.groups.values_list("name", flat=True)) == ["Leder"]


def test_unknown_role_is_refused():
    user = make_user(Role.EMPLOYEE)
    with pytest.raises(ValueError, match="Unknown roles"):
        user_set_roles(user=user, roles=["Superhelt"])
