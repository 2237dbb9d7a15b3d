from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from portal.demo.seed import DEMO_USERS, seed_all


class Command(BaseCommand):
    help = "Creates or refreshes the demo data (idempotent). Everything it makes is marked as demo."

    def handle(self, *args, **options):
        if not settings.ALLOW_DEMO_DATA:
            raise CommandError(
                "Demo data is off here (DEBUG is off). Set ALLOW_DEMO_DATA=true for a demo site."
            )
        counts = seed_all()
        summary = ", ".join(f"{count} {name}" for name, count in counts.items())
        self.stdout.write(self.style.SUCCESS(f"Demo data ready: {summary}."))
        self.stdout.write(f"Demo logins (password {settings.DEMO_PASSWORD}):")
        for spec in DEMO_USERS:
            self.stdout.write(f"  {spec.email:<28} {spec.role.label}")
        self.stdout.write(
            "Administrator, editor and facilitator also need a TOTP code; "
            f"add the secret {settings.DEMO_TOTP_SECRET} to an authenticator app."
        )
