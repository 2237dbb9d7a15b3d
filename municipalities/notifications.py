"""E-mail about courses. Called from tasks, after the transaction that caused them committed."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from portal.accounts.models import User

from .models import PhaseChange


def phase_change_notify(*, change_id: int) -> int:
    """Tells every active member of the course that it changed phase; one mail per person,
    so nobody sees the others' addresses. Safe to run twice: the second run sends nothing."""
    with transaction.atomic():
        change = (
            PhaseChange.objects.select_for_update(of=("self",))
            .select_related("course__municipality", "actor")
            .get(pk=change_id)
        )
        if change.notified_at is not None:
            return 0
        recipients = list(
            User.objects.filter(course_memberships__course=change.course, is_active=True)
            .exclude(email="")
            .order_by("email")
        )
        context = {
            "change": change,
            "course": change.course,
            "url": settings.SITE_URL + reverse("municipalities:course", args=[change.course.pk]),
        }
        with translation.override(settings.LANGUAGE_CODE):
            subject = render_to_string("municipalities/email/phase_changed_subject.txt", context)
            body = render_to_string("municipalities/email/phase_changed.txt", context)
        for user in recipients:
            EmailMessage(subject=" ".join(subject.split()), body=body, to=[user.email]).send()
        change.notified_at = timezone.now()
        change.save(update_fields=["notified_at"])
    return len(recipients)
