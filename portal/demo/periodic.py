"""The beat schedule's jobs, run in this process when they are due: development without Redis.

With REDIS_URL set, Celery beat sends these jobs to the worker. The embedded default has no
broker and no beat, so `manage.py serve` (what `make run` uses without Redis) runs them in a
thread of the serving process, which shares its in-memory cache: without them scheduled stories
would never come up (or down) and starter packs would never be refreshed on a developer's
machine. Production never runs this.
"""

import time

from django.db import close_old_connections

INTERVAL = 20.0


def run_due(app, last_run: dict) -> list[str]:
    """Runs (eagerly, here) every job of the beat schedule that is due since its last run;
    returns their names."""
    ran = []
    for name, entry in app.conf.beat_schedule.items():
        due, _next_check = entry["schedule"].is_due(last_run[name])
        if due:
            app.tasks[entry["task"]].apply()
            last_run[name] = app.now()
            ran.append(name)
    return ran


def run_forever(stdout, interval: float = INTERVAL) -> None:
    from portal.celery import app

    app.loader.import_default_modules()  # registers every app's tasks
    last_run = dict.fromkeys(app.conf.beat_schedule, app.now())
    while True:
        time.sleep(interval)
        try:
            for name in run_due(app, last_run):
                stdout.write(f"ran {name}")
        except Exception as error:  # a failing job must not stop the others or the server
            stdout.write(f"periodic job failed: {error!r}")
        finally:
            close_old_connections()
