from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils.http import urlencode

from .mfa_gate import SESSION_KEY, gate_passed

# What a user who still has to set up MFA may reach: the set-up itself, logging out,
# re-authenticating for the set-up, and public pages that concern everyone.
MFA_SETUP_URL_NAMES = frozenset(
    {
        "mfa_activate_totp",
        "mfa_reauthenticate",
        "account_reauthenticate",
        "account_logout",
        "account_confirm_email",
        "account_email_verification_sent",
        "set_language",
        "pages:accessibility",
        "pages:was",
        "pages:healthz",
    }
)


class RequireMFAMiddleware:
    """Sends users who must use MFA to the TOTP set-up until they have it.

    Required for the permission ``accounts.require_mfa`` (administrators, editors,
    facilitators) and for anyone who can reach the Django admin (staff, superusers), whatever
    their role says.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if (
            user.is_authenticated
            and request.session.get(SESSION_KEY) != user.pk
            and not self._is_exempt(request.path_info)
            and not gate_passed(user)
        ):
            url = reverse("mfa_activate_totp")
            return redirect(f"{url}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)

    @staticmethod
    def _is_exempt(path: str) -> bool:
        from django.conf import settings

        if path.startswith(settings.STATIC_URL):
            return True
        try:
            match = resolve(path)
        except Resolver404:
            return True
        return match.view_name in MFA_SETUP_URL_NAMES
