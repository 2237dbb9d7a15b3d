from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request) -> bool:
        # Accounts are created by administrators (invitations); public content needs no login.
        return False

    def authenticate(self, request, **credentials):
        user = super().authenticate(request, **credentials)
        # The demo logins are published in the README: they must not open a production site.
        if user is not None and user.is_demo and not settings.ALLOW_DEMO_DATA:
            return None
        return user
