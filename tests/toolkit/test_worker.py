"""The PDF pipeline through a real Celery worker (quality.md R5, R13).

Each test starts `celery worker` as a subprocess on a queue of its own, pointed at the test
database (committed rows: `transaction=True`) and at the test's MEDIA_ROOT, and routes its
jobs to that queue. The worker uses the prefork pool as in production: a child process
renders, so the parent outlives a killed child and enforces the time limits.
"""

import os
import signal
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings as django_settings
from django.db import connection
from django.urls import reverse

from portal.accounts.roles import Role
from tests.accounts.factories import make_user
from toolkit import services
from toolkit.models import JobKind, JobStatus, RenderJob, Tool, ToolStatus
from toolkit.tasks import render_pdf

ROOT = Path(__file__).resolve().parents[2]

# transaction=True: the worker only sees committed rows. It flushes the database after each
# test; serialized_rollback brings back what the migrations put there (the roles' groups).
pytestmark = [
    pytest.mark.worker,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

DANISH_PARAGRAPH = (
    "<p>Når vi mødes i arbejdsgruppen, taler vi om bøvl i hverdagen: de små og store ting, "
    "der står i vejen for et godt arbejde med borgerne. Vi skriver dem på gule sedler, "
    "sorterer dem på tavlen og vælger sammen, hvad vi tager fat på først. Lederen og "
    "tillidsrepræsentanten følger op på næste møde, så ingen seddel bliver glemt.</p>"
)
# Render times measured in a worker on these 2-core machines (WeasyPrint 70): 300 paragraphs
# and 500 programme rows ≈ 4 s; 300 paragraphs and 2,000 rows 13–25 s (≈ 300 pages).
LONG = {"paragraphs": 300, "rows": 500}
PATHOLOGICAL = {"paragraphs": 300, "rows": 2000}

WAIT = 90  # seconds: worker start-up plus renders on a loaded machine


# --- Helpers -----------------------------------------------------------------------------------


def make_tool(*, title="Bøvl-jagt på personalemødet", paragraphs=1, rows=3) -> Tool:
    """A published tool through the services, as an editor makes it."""
    editor = make_user(Role.EDITOR)
    tool = services.tool_save(
        actor=editor,
        tool=None,
        fields={
            "title": title,
            "slug": f"{services.slug_for(title)}-{uuid.uuid4().hex[:6]}",
            "purpose": "At finde og fjerne det bøvl, der står i vejen for arbejdet.",
            "duration_minutes": 60,
            "participants": "Medarbejdere, leder og tillidsrepræsentant",
            "body": DANISH_PARAGRAPH * paragraphs,
        },
        steps=[1],
        audiences=["medarbejder"],
        programme=[
            services.ProgrammeRow(
                title=f"Punkt {index + 1}",
                minutes=5,
                description="Gruppen skriver bøvl på sedler og sorterer dem på tavlen.",
                cue="Spørg: Hvad fylder mest for jer lige nu?",
            )
            for index in range(rows)
        ],
    )
    return services.tool_set_status(actor=editor, tool=tool, status=ToolStatus.PUBLISHED)


def make_job(tool: Tool | None, *, title: str | None = None, kind=JobKind.TOOL) -> RenderJob:
    """The row `tool_pdf_request` creates, without its on-commit enqueue (the test enqueues
    it on its own queue)."""
    key = services.job_key(kind, services.tools_key_parts([tool] if tool else []), title)
    return RenderJob.objects.create(
        kind=kind, content_hash=key, title=title or tool.title, tool=tool, tool_ids=[]
    )


def enqueue(job: RenderJob, queue: str, **options) -> None:
    render_pdf.apply_async(args=[str(job.pk)], queue=queue, **options)


def worker_database_url() -> str:
    """The URL of the database this test runs on (pytest-django's `test_…` database)."""
    db = connection.settings_dict
    user = quote(db["USER"] or "", safe="")
    password = quote(db["PASSWORD"] or "", safe="")
    credentials = f"{user}:{password}@" if user else ""
    return f"postgres://{credentials}{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


@dataclass
class Worker:
    process: subprocess.Popen
    queue: str
    log: Path

    def output(self, tail: int | None = 6000) -> str:
        text = self.log.read_text(errors="replace")
        return text[-tail:] if tail else text

    def children(self) -> list[int]:
        pids = []
        for task in Path(f"/proc/{self.process.pid}/task").iterdir():
            pids += [int(pid) for pid in (task / "children").read_text().split()]
        return pids

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()  # warm shutdown: the pool's children end too
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)  # its own session: only its children
                self.process.wait(timeout=10)


@pytest.fixture
def start_worker(require_redis, settings, tmp_path):
    """`start_worker(**env)` starts a prefork worker (one child) on a fresh queue, with the
    test database, the test's MEDIA_ROOT and `env` overrides; stopped after the test."""
    if connection.vendor != "postgresql":
        message = "a real worker needs PostgreSQL (DATABASE_URL): it cannot see SQLite's test db"
        if os.environ.get("REQUIRE_SERVICES") == "1":
            pytest.fail(message)
        pytest.skip(message)
    workers: list[Worker] = []

    def _start(**overrides) -> Worker:
        queue = f"test-pdf-{uuid.uuid4().hex[:8]}"
        temp = tmp_path / f"tmp-{queue}"  # WeasyPrint leaves temporary folders behind
        temp.mkdir()
        env = os.environ.copy()
        env |= {
            "DJANGO_SETTINGS_MODULE": "portal.settings",
            "DATABASE_URL": worker_database_url(),
            "REDIS_URL": settings.REDIS_URL,
            "MEDIA_ROOT": str(settings.MEDIA_ROOT),
            "SECRET_KEY": settings.SECRET_KEY,
            "DEBUG": "true" if settings.DEBUG else "false",
            "TMPDIR": str(temp),
            **{name: str(value) for name, value in overrides.items()},
        }
        log = tmp_path / f"{queue}.log"
        with log.open("wb") as out:  # a file, not a pipe: a full pipe would block the worker
            process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "celery",
                    "-A",
                    "portal",
                    "worker",
                    "--pool=prefork",
                    "--concurrency=1",
                    "--without-gossip",
                    "--without-mingle",
                    "--without-heartbeat",
                    "-Q",
                    queue,
                    "-n",
                    f"{queue}@%h",
                    "--loglevel=INFO",
                ],
                cwd=ROOT,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        worker = Worker(process, queue, log)
        workers.append(worker)
        return worker

    yield _start
    for worker in workers:
        worker.stop()
    _forget_queues([worker.queue for worker in workers])


def _forget_queues(queues: list[str]) -> None:
    """Removes the test queues and kombu's routing entries for them (each queue has a direct
    exchange of the same name) from the broker."""
    import redis

    client = redis.Redis.from_url(django_settings.CELERY_BROKER_URL)
    try:
        for queue in queues:
            client.delete(queue, f"_kombu.binding.{queue}", f"_kombu.binding_permanent.{queue}")
            client.zrem("_kombu.binding_deadlines", queue)
    finally:
        client.close()


def queue_length(queue: str) -> int:
    import redis

    client = redis.Redis.from_url(django_settings.CELERY_BROKER_URL)
    try:
        return client.llen(queue)
    finally:
        client.close()


def wait_for(job: RenderJob, worker: Worker, condition, *, timeout=WAIT, what="") -> RenderJob:
    """Polls the job's row until `condition(job)`; fails with the worker's log otherwise."""
    deadline = time.monotonic() + timeout
    while True:
        job = RenderJob.objects.get(pk=job.pk)
        if condition(job):
            return job
        if worker.process.poll() is not None:
            pytest.fail(f"worker exited ({worker.process.returncode}):\n{worker.output()}")
        if time.monotonic() > deadline:
            pytest.fail(
                f"after {timeout} s still waiting for {what}: status={job.status} "
                f"attempts={job.attempts} error={job.error!r}\nworker log:\n{worker.output()}"
            )
        time.sleep(0.05)


def finished(job: RenderJob) -> bool:
    return job.status in (JobStatus.DONE, JobStatus.FAILED)


def pdf_files() -> list[Path]:
    folder = Path(django_settings.MEDIA_ROOT) / "pdf"
    return sorted(folder.iterdir()) if folder.exists() else []


# --- Tests -------------------------------------------------------------------------------------


def test_a_real_worker_renders_a_queued_job(start_worker):
    job = make_job(make_tool())
    worker = start_worker()
    enqueue(job, worker.queue)

    job = wait_for(job, worker, finished, what="the job to finish")

    assert job.status == JobStatus.DONE, job.error
    assert job.attempts == 1
    assert job.page_count > 0
    assert job.file.name == f"pdf/{job.content_hash}.pdf"
    path = Path(django_settings.MEDIA_ROOT) / "pdf" / f"{job.content_hash}.pdf"
    assert path.read_bytes().startswith(b"%PDF")
    assert job.size == path.stat().st_size
    assert pdf_files() == [path]


def test_a_worker_killed_mid_render_loses_nothing(start_worker):
    """R5: SIGKILL of the rendering child; acks_late + reject_on_worker_lost give the message
    back, the next child renders it: done, one file, one job, two attempts."""
    job = make_job(make_tool(**LONG))
    worker = start_worker()
    enqueue(job, worker.queue)

    job = wait_for(job, worker, lambda j: j.status == JobStatus.RENDERING, what="the first attempt")
    children = worker.children()
    assert len(children) == 1, children
    os.kill(children[0], signal.SIGKILL)

    job = wait_for(job, worker, finished, what="the job to finish after the kill")

    assert job.status == JobStatus.DONE, job.error
    assert job.attempts == 2, worker.output()
    assert RenderJob.objects.filter(content_hash=job.content_hash).count() == 1
    assert pdf_files() == [Path(django_settings.MEDIA_ROOT) / job.file.name]
    assert pdf_files()[0].read_bytes().startswith(b"%PDF")
    # It really was the kill, and the worker survived it.
    assert "WorkerLostError" in worker.output(tail=None)
    assert worker.process.poll() is None
    assert queue_length(worker.queue) == 0  # and no copy of the message is left to run again


def test_a_poison_job_fails_after_max_attempts_and_staff_see_it(start_worker, client, client_as):
    """R5: a job that always raises is retried, then failed after PDF_MAX_ATTEMPTS attempts
    counted in the database, and listed with its error on the staff page."""
    # A tool job without its tool: every attempt raises Tool.DoesNotExist.
    job = make_job(None, title="Giftig værktøjs-PDF")
    worker = start_worker(PDF_MAX_ATTEMPTS=3, PDF_RETRY_DELAY=0)
    enqueue(job, worker.queue)

    job = wait_for(job, worker, finished, what="the poison job to fail")

    assert job.status == JobStatus.FAILED
    assert job.attempts == 3
    assert "DoesNotExist" in job.error
    assert job.finished_at is not None
    assert not job.file
    assert pdf_files() == []
    assert queue_length(worker.queue) == 0  # no further retry is waiting

    client_as(Role.EDITOR)
    response = client.get(reverse("toolkit:statistics"))
    assert response.status_code == 200
    assert "Giftig værktøjs-PDF" in response.text
    assert "DoesNotExist" in response.text


def test_a_pathological_document_ends_at_the_soft_time_limit(start_worker):
    """R13: a render that would take 13–25 s stops at the 1 s soft limit, is recorded as failed
    (not retried), long before the 5 s hard limit; the worker keeps working."""
    warm_up = make_job(make_tool(title="Lille drejebog"))
    slow = make_job(make_tool(title="Uendelig drejebog", **PATHOLOGICAL))
    after = make_job(make_tool(title="Lille drejebog bagefter"))
    worker = start_worker(PDF_SOFT_TIME_LIMIT=1, PDF_TIME_LIMIT=5)

    # A child's first render pays one-off costs (fonts, templates, first queries) that can take
    # a second on a loaded machine: render a small document first, under the normal limits, so
    # the 1 s budget below is spent on the pathological document.
    enqueue(warm_up, worker.queue)
    warm_up = wait_for(warm_up, worker, finished, what="the warm-up render")
    assert warm_up.status == JobStatus.DONE, warm_up.error

    # Celery puts the sender's task limits into the message and the worker prefers them to its
    # own; the web process and the worker share the PDF_* settings, so the message gets them too.
    enqueue(slow, worker.queue, soft_time_limit=1, time_limit=5)
    slow = wait_for(slow, worker, lambda j: j.status != JobStatus.QUEUED, what="the render")
    started = time.monotonic()
    slow = wait_for(slow, worker, finished, what="the soft time limit")
    elapsed = time.monotonic() - started

    assert slow.status == JobStatus.FAILED
    assert slow.error in ("Stoppet ved tidsgrænsen.", "Stopped at the time limit.")
    assert slow.attempts == 1  # a document this slow is not tried again
    assert elapsed < 5, f"ended after {elapsed:.1f} s: the hard limit, not the soft one"
    assert "Soft time limit (1s) exceeded" in worker.output(tail=None)
    assert not slow.file

    enqueue(after, worker.queue)
    after = wait_for(after, worker, finished, what="a small job after the time limit")
    assert after.status == JobStatus.DONE, after.error
    assert after.attempts == 1
    assert worker.process.poll() is None
    media = Path(django_settings.MEDIA_ROOT)
    assert pdf_files() == sorted([media / warm_up.file.name, media / after.file.name])
