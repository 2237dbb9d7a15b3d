"""Deployment checks of our own, run by `manage.py check --deploy`."""

from django.conf import settings
from django.core import checks


@checks.register(checks.Tags.security, deploy=True)
def check_shared_services(app_configs, **kwargs):
    if settings.DEBUG:
        return []
    problems = []
    if not settings.CACHES["default"]["BACKEND"].endswith("RedisCache"):
        problems.append(
            checks.Warning(
                "The cache is per process: login rate limits are not shared between workers.",
                hint="Set REDIS_URL.",
                id="portal.W001",
            )
        )
    if settings.CELERY_TASK_ALWAYS_EAGER:
        problems.append(
            checks.Warning(
                "Celery tasks run inside web requests (no broker).",
                hint="Set REDIS_URL (or CELERY_BROKER_URL) and run a worker.",
                id="portal.W002",
            )
        )
    if not settings.SITE_URL.startswith("https://"):
        problems.append(
            checks.Warning(
                "SITE_URL is not an https address; links in e-mails and feeds would be wrong.",
                hint="Set SITE_URL to the portal's public https address.",
                id="portal.W003",
            )
        )
    return problems
