import time

import factory
import pyotp
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.urls import reverse

from portal.accounts.models import User
from portal.accounts.roles import Role
from portal.accounts.services import user_set_roles

PASSWORD = "korrekt-hest-batteri-42"
TOTP_SECRET = "NBSWY3DPO5XXE3DEEBQW4ZDTORUGK4TF"  # 160 bits
MFA_ROLES = {Role.ADMINISTRATOR, Role.EDITOR, Role.FACILITATOR}


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@kommune.example")
    full_name = factory.Faker("name", locale="da_DK")
    job_title = "Pædagog"

    @factory.post_generation
    def password(self, create, extracted, **kwargs):
        self.set_password(extracted or PASSWORD)
        if create:
            self.save(update_fields=["password"])


def make_user(role: Role | None = None, *, verified=True, mfa=None, **fields) -> User:
    """A user with an e-mail address, the given role and, when the role needs it, TOTP."""
    user = UserFactory(**fields)
    EmailAddress.objects.create(user=user, email=user.email, verified=verified, primary=True)
    if role:
        user = user_set_roles(user=user, roles=[role])
    if mfa if mfa is not None else role in MFA_ROLES:
        TOTP.activate(user, TOTP_SECRET)
    return user


class _TOTP(pyotp.TOTP):
    # The documented demo secret is 80 bits, below pyotp's default floor of 112.
    min_secret_length_bits = 80


def totp_code(secret: str = TOTP_SECRET) -> str:
    """The current code, computed independently of allauth (pyotp). allauth accepts only the
    current 30-second step, so a code about to expire is not handed out: wait for the next."""
    left = 30 - time.time() % 30
    if left < 1.5:
        time.sleep(left + 0.05)
    return _TOTP(secret).now()


def login_with_mfa(client, user: User, password: str = PASSWORD) -> None:
    """Logs in through the real allauth flow: password, then the TOTP code when MFA is on."""
    response = client.post(reverse("account_login"), {"login": user.email, "password": password})
    assert response.status_code == 302, response.content[:2000]
    if Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        response = client.post(reverse("mfa_authenticate"), {"code": totp_code()})
        assert response.status_code == 302, response.content[:2000]
