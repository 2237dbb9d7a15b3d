"""`make run` without Redis: runserver, with the beat schedule's jobs in a thread of the serving
process (portal/demo/periodic.py).

The embedded default keeps its cache in the process's memory (LocMemCache), so the jobs must
run in the process that serves the pages: a scheduled story that a job publishes then bumps
the same content version the page cache reads, and the home page shows it at once.
"""

import threading

from django.contrib.staticfiles.management.commands.runserver import Command as RunserverCommand

from portal.demo.periodic import run_forever


class Command(RunserverCommand):
    help = "runserver, and the periodic jobs in a thread of the serving process (no Redis)."

    def inner_run(self, *args, **options):
        # inner_run is the process that serves (the autoreloader's child): the jobs go there.
        threading.Thread(
            target=run_forever, args=(self.stdout,), name="periodic-jobs", daemon=True
        ).start()
        self.stdout.write("Running the periodic jobs in this process (no Redis, no beat).")
        super().inner_run(*args, **options)
