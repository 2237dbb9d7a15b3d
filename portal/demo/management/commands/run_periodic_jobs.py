"""The beat schedule's jobs, run in this process when they are due (development without Redis).

With REDIS_URL set, Celery beat sends these jobs to the worker. The embedded default has no
broker and no beat, so without this scheduled stories would never come up (or down) and starter
packs would never be refreshed on a developer's machine. `manage.py serve` (what `make run`
uses without Redis) runs `run_due` in a thread of the serving process, which shares its
in-memory cache; this command runs the same loop on its own. Production never runs either.
"""

import time

from django.core.management.base import BaseCommand


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


class Command(BaseCommand):
    help = "Runs the beat schedule's jobs in this process (development without Redis)."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=20.0, help="seconds between checks")

    def handle(self, *args, interval: float, **options):
        from portal.celery import app

        app.loader.import_default_modules()  # registers every app's tasks
        last_run = dict.fromkeys(app.conf.beat_schedule, app.now())
        self.stdout.write("Running the periodic jobs in this process (no Redis, no beat).")
        while True:
            for name in run_due(app, last_run):
                self.stdout.write(f"ran {name}")
            time.sleep(interval)
