"""Writes for users and roles. Views, admin and commands call these; nothing else does."""

from collections.abc import Iterable

from django.contrib.auth.models import Group
from django.db import transaction

from . import mfa_gate
from .models import User
from .roles import STAFF_ROLES, Role


def user_update_profile(
    *, user: User, full_name: str, job_title: str, wants_course_digest: bool
) -> User:
    """The user's own name and job title, as shown to colleagues in the portal, and
    whether they want the weekly digest of their courses."""
    user.full_name = full_name.strip()
    user.job_title = job_title.strip()
    user.wants_course_digest = wants_course_digest
    user.save(update_fields=["full_name", "job_title", "wants_course_digest"])
    return user


@transaction.atomic
def user_set_roles(*, user: User, roles: Iterable[Role]) -> User:
    """Gives the user exactly these roles; staff status follows from them."""
    wanted = set(roles)
    groups = list(Group.objects.filter(name__in=wanted))
    missing = wanted - {group.name for group in groups}
    if missing:
        raise ValueError(f"Unknown roles: {sorted(missing)}")
    user = User.objects.select_for_update().get(pk=user.pk)
    required_before = mfa_gate.mfa_required(user)
    user.groups.set(groups)
    is_staff = bool(wanted & STAFF_ROLES)
    if user.is_staff != is_staff:
        user.is_staff = is_staff
        user.save(update_fields=["is_staff"])
    user = User.objects.get(pk=user.pk)  # fresh permission cache
    if not required_before and not mfa_gate.gate_passed(user):
        # Sessions that passed the MFA gate under the old role must not keep working:
        # the person logs in again and sets up MFA first.
        transaction.on_commit(lambda: mfa_gate.end_sessions(user))
    return user
