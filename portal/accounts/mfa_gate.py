"""Who must use MFA, and remembering in the session that this session's user passed the gate.

The gate is checked on every request (RequireMFAMiddleware). Passing it costs three queries
(two for permissions, one for the authenticator), so the session remembers a pass from the
moment of login, or of adding an authenticator. Whatever could undo a pass ends the affected
sessions instead: gaining an MFA role without MFA (user_set_roles) or removing an authenticator.
"""

from allauth.mfa.signals import authenticator_added, authenticator_removed
from allauth.mfa.utils import is_mfa_enabled
from allauth.usersessions.models import UserSession
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

SESSION_KEY = "_portal_mfa_gate"


def mfa_required(user) -> bool:
    return user.is_staff or user.is_superuser or user.has_perm("accounts.require_mfa")


def gate_passed(user) -> bool:
    return not mfa_required(user) or is_mfa_enabled(user)


def end_sessions(user, *, except_key: str | None = None) -> None:
    for user_session in UserSession.objects.filter(user=user).exclude(session_key=except_key):
        user_session.end()


@receiver(user_logged_in, dispatch_uid="portal.accounts.mfa_gate.login")
def _remember_pass_at_login(sender, request, user, **kwargs):
    session = getattr(request, "session", None)
    if session is not None and gate_passed(user):
        session[SESSION_KEY] = user.pk


@receiver(authenticator_added, dispatch_uid="portal.accounts.mfa_gate.added")
def _remember_pass_when_mfa_is_added(sender, request, user, **kwargs):
    if request is not None and gate_passed(user):
        request.session[SESSION_KEY] = user.pk


@receiver(authenticator_removed, dispatch_uid="portal.accounts.mfa_gate.removed")
def _forget_pass_when_mfa_is_removed(sender, request, user, **kwargs):
    if request is not None:
        request.session.pop(SESSION_KEY, None)
        if not gate_passed(user):
            end_sessions(user, except_key=request.session.session_key)
