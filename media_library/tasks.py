"""Periodic jobs of the media library. Thin: the work is in the services."""

import logging

from celery import shared_task

logger = logging.getLogger(__name__)


@shared_task(acks_late=True)
def publish_due_stories() -> tuple[int, int]:
    """Beat, every minute: scheduled publishing and unpublishing of stories (idempotent)."""
    from .news.services import publish_due_stories as publish

    published, unpublished = publish()
    if published or unpublished:
        logger.info("Stories published: %s, unpublished: %s", published, unpublished)
    return published, unpublished
