"""The Celery application. Configuration comes from Django settings (CELERY_*)."""

import os

from celery import Celery
from celery.schedules import crontab

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")

app = Celery("portal")
app.config_from_object("django.conf:settings", namespace="CELERY")

# The beat schedule is code, reviewed like code. Later apps add their periodic jobs here.
app.conf.beat_schedule = {
    "clear-expired-sessions": {
        "task": "portal.accounts.tasks.clear_expired_sessions",
        "schedule": crontab(hour=3, minute=17),
    },
}

app.autodiscover_tasks()


@app.task(name="portal.ping")
def ping() -> str:
    """Round trip through broker, worker and result backend; used by health checks and tests."""
    return "pong"
