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
    # CELERY_TIMEZONE is Europe/Copenhagen: 07:00 local time, summer and winter.
    "send-weekly-course-digests": {
        "task": "municipalities.tasks.send_weekly_digests",
        "schedule": crontab(hour=7, minute=0, day_of_week="mon"),
    },
    # A new starter-pack version when a course's dates, people or chosen tools changed.
    "refresh-starter-packs": {
        "task": "toolkit.tasks.refresh_starter_packs",
        "schedule": crontab(minute="*/15"),
    },
    # Download counts move from Redis into ToolDownload rows.
    "flush-download-counts": {
        "task": "toolkit.tasks.flush_download_counts",
        "schedule": crontab(minute="*/5"),
    },
    # A PDF job whose message never reached a worker (the broker was down) is queued again.
    "requeue-stale-render-jobs": {
        "task": "toolkit.tasks.requeue_stale_render_jobs",
        "schedule": crontab(minute="*/10"),
    },
    # Scheduled stories come up, and stories with an unpublishing time come down, within a minute.
    "publish-due-stories": {
        "task": "media_library.tasks.publish_due_stories",
        "schedule": crontab(minute="*"),
    },
}

app.autodiscover_tasks()


@app.task(name="portal.ping")
def ping() -> str:
    """Round trip through broker, worker and result backend; used by health checks and tests."""
    return "pong"
