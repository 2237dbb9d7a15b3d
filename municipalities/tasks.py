from celery import shared_task


@shared_task
def send_phase_change_mail(change_id: int) -> int:
    from .notifications import phase_change_notify

    return phase_change_notify(change_id=change_id)


@shared_task
def send_weekly_digests() -> int:
    """Monday's digest for every facilitator (beat). Safe to repeat within the week."""
    from django.utils import timezone

    from .notifications import send_weekly_digests as send

    return send(today=timezone.localdate())
