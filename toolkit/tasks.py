"""PDF rendering in the worker. Tasks take ids and call services; limits live here."""

import logging

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from celery.signals import worker_init
from django.conf import settings

logger = logging.getLogger(__name__)


@worker_init.connect
def _warm_up(**kwargs) -> None:
    """Imports WeasyPrint once in the worker's parent process, before the pool forks, so no
    render pays for the import (quality.md P10). The web processes never import it."""
    from . import pdf  # noqa: F401


@shared_task(
    bind=True,
    soft_time_limit=settings.PDF_SOFT_TIME_LIMIT,
    time_limit=settings.PDF_TIME_LIMIT,
    acks_late=True,
    reject_on_worker_lost=True,
    # At the hard limit the message goes back to the queue instead of being acknowledged:
    # the attempt counter in the database, not the broker, ends a job that keeps timing out.
    acks_on_timeout=False,
)
def render_pdf(self, job_id: str) -> str | None:
    """Renders one PDF job. Attempts are counted in the database (the broker keeps no count),
    so a job that keeps killing its worker still ends as failed after PDF_MAX_ATTEMPTS."""
    from django.utils.translation import gettext

    from .services import render_job_fail, render_job_run

    try:
        job = render_job_run(job_id)
    except SoftTimeLimitExceeded:
        # A document that takes this long will not get faster by trying again.
        render_job_fail(job_id, error=gettext("Stopped at the time limit."), final=True)
        logger.error("PDF job %s stopped at the soft time limit", job_id)
        return None
    except Exception as error:
        logger.exception("PDF job %s failed", job_id)
        render_job_fail(job_id, error=f"{type(error).__name__}: {error}", final=False)
        from .models import JobStatus, RenderJob

        if RenderJob.objects.filter(pk=job_id, status=JobStatus.QUEUED).exists():
            raise self.retry(countdown=settings.PDF_RETRY_DELAY, max_retries=None) from error
        return None
    return job.status if job else None


@shared_task
def refresh_starter_packs() -> int:
    """Makes a new version of every open course's starter pack whose inputs changed (beat)."""
    from .services import starter_packs_refresh

    return starter_packs_refresh()


@shared_task
def requeue_stale_render_jobs() -> int:
    """Queues again the jobs whose message was lost (beat); their attempts still count."""
    from .services import render_jobs_requeue_stale

    return render_jobs_requeue_stale()


@shared_task
def flush_download_counts() -> int:
    """Moves the download counts from Redis into the database (beat)."""
    from .download_counts import flush

    return flush()
