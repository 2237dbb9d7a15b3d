"""Demo data for `manage.py seed_demo`. Every row made here is marked as demo data.

Idempotent: running it again brings the demo rows back to this state and creates no duplicates.
"""

from dataclasses import dataclass

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP
from django.conf import settings
from django.db import transaction

from municipalities.models import Municipality
from portal.accounts.models import User
from portal.accounts.roles import Role
from portal.accounts.services import user_set_roles

DEMO_MUNICIPALITY_CODE = "0482"  # Langeland, which has asked for help to start


@dataclass(frozen=True)
class DemoUser:
    email: str
    full_name: str
    job_title: str
    role: Role
    in_municipality: bool


DEMO_USERS = [
    DemoUser(
        "admin@demo.invalid", "Demo Administrator", "Administrator", Role.ADMINISTRATOR, False
    ),
    DemoUser("redaktoer@demo.invalid", "Demo Redaktør", "Redaktør, Fremfærd", Role.EDITOR, False),
    DemoUser(
        "facilitator@demo.invalid",
        "Demo Facilitator",
        "Ekstern facilitator",
        Role.FACILITATOR,
        False,
    ),
    DemoUser(
        "konsulent@demo.invalid",
        "Demo Konsulent",
        "Udviklingskonsulent",
        Role.INTERNAL_CONSULTANT,
        True,
    ),
    DemoUser(
        "tillidsvalgt@demo.invalid",
        "Demo Tillidsvalgt",
        "Tillidsrepræsentant",
        Role.SHOP_STEWARD,
        True,
    ),
    DemoUser("leder@demo.invalid", "Demo Leder", "Institutionsleder", Role.LEADER, True),
    DemoUser("topleder@demo.invalid", "Demo Topleder", "Direktør", Role.TOP_LEADER, True),
    DemoUser("medarbejder@demo.invalid", "Demo Medarbejder", "Medarbejder", Role.EMPLOYEE, True),
]


@transaction.atomic
def seed_users() -> list[User]:
    municipality = Municipality.objects.get(code=DEMO_MUNICIPALITY_CODE)
    users = []
    for spec in DEMO_USERS:
        user, _ = User.objects.update_or_create(
            email=spec.email,
            defaults={
                "full_name": spec.full_name,
                "job_title": spec.job_title,
                "municipality": municipality if spec.in_municipality else None,
                "is_demo": True,
                "is_active": True,
            },
        )
        user.set_password(settings.DEMO_PASSWORD)
        user.save(update_fields=["password"])
        EmailAddress.objects.update_or_create(
            user=user, email=spec.email, defaults={"verified": True, "primary": True}
        )
        user = user_set_roles(user=user, roles=[spec.role])
        if user.has_perm("accounts.require_mfa"):
            _ensure_demo_totp(user)
        users.append(user)
    return users


def _ensure_demo_totp(user: User) -> None:
    # The documented demo secret, so anyone trying the demo can add it to an authenticator app.
    Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).delete()
    TOTP.activate(user, settings.DEMO_TOTP_SECRET)
    RecoveryCodes.activate(user)


def seed_all() -> dict[str, int]:
    """Every app's demo data, in dependency order. Later apps add their seeders here."""
    return {"users": len(seed_users())}
