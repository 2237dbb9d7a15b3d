from celery import shared_task


@shared_task
def send_phase_change_mail(change_id: int) -> int:
    from .notifications import phase_change_notify

    return phase_change_notify(change_id=change_id)
