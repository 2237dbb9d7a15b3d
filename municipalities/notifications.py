"""E-mail about courses. Called from tasks, after the transaction that caused them committed."""

from datetime import date, timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from portal.accounts.models import User

from .models import CourseRole, DigestSent, Phase, PhaseChange
from .selectors import courses_needing_attention_by_user


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


def send_weekly_digests(*, today: date) -> int:
    """Mails each active external facilitator who has not switched the digest off one
    overview of their open courses that need attention; nobody with nothing to report gets
    a mail. At most one mail per person per ISO week: a second run in the same week (a
    retried task, a beat restart) sends nothing. Returns the number of mails sent."""
    week = today - timedelta(days=today.weekday())
    candidates = list(
        User.objects.filter(
            is_active=True,
            wants_course_digest=True,
            course_memberships__role=CourseRole.EXTERNAL_FACILITATOR,
            course_memberships__course__phase__lt=Phase.CLOSED,
        )
        .exclude(email="")
        .exclude(course_digests__week=week)
        .distinct()
        .order_by("email")
    )
    attention = courses_needing_attention_by_user(candidates, today=today)
    sent = 0
    for user in candidates:
        courses = attention.get(user.pk)
        if not courses:
            continue
        # The row and the mail succeed or fail together: a failed send leaves no row, so
        # the retry sends it; the unique constraint makes a concurrent run skip the person.
        with transaction.atomic():
            _, created = DigestSent.objects.get_or_create(
                user=user, week=week, defaults={"courses": len(courses)}
            )
            if not created:
                continue
            context = {
                "user": user,
                "week": week,
                "items": [
                    {
                        "attention": item,
                        "url": settings.SITE_URL + item.course.get_absolute_url(),
                    }
                    for item in courses
                ],
                "dashboard_url": settings.SITE_URL + reverse("municipalities:dashboard"),
                "profile_url": settings.SITE_URL + reverse("accounts:profile"),
            }
            with translation.override(settings.LANGUAGE_CODE):
                subject = render_to_string(
                    "municipalities/email/weekly_digest_subject.txt", context
                )
                body = render_to_string("municipalities/email/weekly_digest.txt", context)
            EmailMessage(subject=" ".join(subject.split()), body=body, to=[user.email]).send()
        sent += 1
    return sent
