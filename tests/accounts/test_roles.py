import pytest
from django.contrib.auth.models import Group

from portal.accounts.roles import Role
from portal.accounts.services import user_set_roles
from tests.accounts.factories import make_user

pytestmark = pytest.mark.django_db


# The accounts permissions each role holds (other apps' permissions are tested there).
ACCOUNTS_PERMISSIONS = {
    Role.ADMINISTRATOR: {
        "accounts.require_mfa",
        "accounts.manage_users",
        "accounts.view_user",
        "accounts.add_user",
        "accounts.change_user",
        "auth.view_group",
    },
    Role.EDITOR: {"accounts.require_mfa"},
    Role.FACILITATOR: {"accounts.require_mfa"},
    Role.EMPLOYEE: set(),
    Role.SHOP_STEWARD: set(),
    Role.LEADER: set(),
    Role.TOP_LEADER: set(),
    Role.INTERNAL_CONSULTANT: set(),
}


def test_migration_creates_every_role_with_its_permissions():
    assert set(Group.objects.values_list("name", flat=True)) == set(Role)
    for role, perms in ACCOUNTS_PERMISSIONS.items():
        group = Group.objects.get(name=role)
        held = {
            f"{p.content_type.app_label}.{p.codename}"
            for p in group.permissions.select_related("content_type")
            if p.content_type.app_label in ("accounts", "auth")
        }
        assert held == perms, role


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
