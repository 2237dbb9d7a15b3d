"""`make run` without Redis: runserver, with the beat schedule's jobs in a thread of the serving
process.

The embedded default keeps its cache in the process's memory (LocMemCache), so the jobs must
run in the process that serves the pages: a scheduled story that a job publishes then bumps
the same content version the page cache reads, and the home page shows it at once.
"""

import threading
import time

from django.contrib.staticfiles.management.commands.runserver import Command as RunserverCommand
from django.db import close_old_connections

from .run_periodic_jobs import run_due

INTERVAL = 20.0


def _run_jobs_forever(stdout) -> None:
    from portal.celery import app

    app.loader.import_default_modules()
    last_run = dict.fromkeys(app.conf.beat_schedule, app.now())
    while True:
        time.sleep(INTERVAL)
        try:
            for name in run_due(app, last_run):
                stdout.write(f"ran {name}")
        except Exception as error:  # a failing job must not stop the others or the server
            stdout.write(f"periodic job failed: {error!r}")
        finally:
            close_old_connections()


class Command(RunserverCommand):
    help = "runserver, and the periodic jobs in a thread of the serving process (no Redis)."

    def inner_run(self, *args, **options):
        # inner_run is the process that serves (the autoreloader's child): the jobs go there.
        threading.Thread(
            target=_run_jobs_forever, args=(self.stdout,), name="periodic-jobs", daemon=True
        ).start()
        self.stdout.write("Running the periodic jobs in this process (no Redis, no beat).")
        super().inner_run(*args, **options)
