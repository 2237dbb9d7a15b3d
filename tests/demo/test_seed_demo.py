import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.conf import settings
from django.core.management import call_command

from portal.accounts.models import User
from tests.accounts.factories import totp_code

pytestmark = pytest.mark.django_db

EXPECTED = {
    "admin@demo.invalid": "Administrator",
    "redaktoer@demo.invalid": "Fremfærd-redaktør",
    "facilitator@demo.invalid": "Facilitator",
    "konsulent@demo.invalid": "Intern konsulent",
    "tillidsvalgt@demo.invalid": "Tillidsvalgt",
    "leder@demo.invalid": "Leder",
    "topleder@demo.invalid": "Topleder",
    "medarbejder@demo.invalid": "Medarbejder",
}
MUNICIPAL = {"konsulent", "tillidsvalgt", "leder", "topleder", "medarbejder"}
MFA = {"admin", "redaktoer", "facilitator"}


def snapshot():
    return (
        sorted(
            (
                u.email,
                u.full_name,
                u.municipality_id,
                tuple(u.groups.values_list("name", flat=True)),
            )
            for u in User.objects.all()
        ),
        Authenticator.objects.count(),
        EmailAddress.objects.count(),
    )


def test_seed_demo_creates_one_user_per_role_and_is_idempotent():
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    first = snapshot()
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert snapshot() == first

    users = {u.email: u for u in User.objects.prefetch_related("groups")}
    assert set(users) == set(EXPECTED)
    for email, role in EXPECTED.items():
        user = users[email]
        local = email.split("@")[0]
        assert [g.name for g in user.groups.all()] == [role]
        assert user.is_demo
        assert user.check_password(settings.DEMO_PASSWORD)
        assert EmailAddress.objects.get(user=user).verified
        assert (user.municipality.name if user.municipality else None) == (
            "Langeland" if local in MUNICIPAL else None
        )
        totp = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
        if local in MFA:
            code = totp_code(settings.DEMO_TOTP_SECRET)
            assert TOTP(totp).validate_code(code)
        else:
            assert totp is None


def test_no_demo_data_without_seed_demo():
    assert not User.objects.filter(is_demo=True).exists()


def test_seed_demo_refuses_where_demo_data_is_off(settings):
    from django.core.management.base import CommandError

    settings.ALLOW_DEMO_DATA = False
    with pytest.raises(CommandError, match="ALLOW_DEMO_DATA"):
        call_command("seed_demo")
    assert not User.objects.exists()


def test_demo_users_cannot_log_in_where_demo_data_is_off(client, settings):
    from portal.demo.seed import seed_users

    seed_users()
    settings.ALLOW_DEMO_DATA = False
    response = client.post(
        "/konto/login/", {"login": "medarbejder@demo.invalid", "password": settings.DEMO_PASSWORD}
    )
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_seed_demo_courses_for_the_cluster_and_langeland():
    from municipalities.models import Course, Phase
    from municipalities.services import open_gate_items

    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    courses = {c.municipality.name: c for c in Course.objects.select_related("municipality")}
    assert {name: c.phase for name, c in courses.items()} == {
        "Langeland": Phase.STARTUP,
        "Glostrup": Phase.PREPARATION,
        "Nordfyns": Phase.FACILITATION,
        "Kolding": Phase.FOLLOW_UP,
    }
    assert all(c.is_demo and c.title.startswith("Demo:") for c in courses.values())
    facilitator = User.objects.get(email="facilitator@demo.invalid")
    for course in courses.values():
        assert course.members.filter(user=facilitator, role="ekstern_facilitator").exists()
        assert course.phase_changes.count() == course.phase + 1
    # Glostrup is one tick away from Fase 2 (the browser journey ticks it).
    assert len(open_gate_items(courses["Glostrup"])) == 1
    assert courses["Kolding"].challenges.filter(trial_actions__measurements__isnull=False).exists()
