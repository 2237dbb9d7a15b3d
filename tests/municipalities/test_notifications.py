"""The weekly digest for facilitators (the phase-change mail is tested in test_transitions)."""

import datetime

import pytest
from celery.schedules import crontab
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from municipalities.models import (
    CourseMember,
    CourseRole,
    DigestSent,
    GateCheck,
    GateItem,
    Phase,
    Workshop,
)
from municipalities.notifications import send_weekly_digests
from municipalities.selectors import (
    courses_needing_attention,
    courses_needing_attention_by_user,
)
from municipalities.tasks import send_weekly_digests as send_weekly_digests_task
from portal.accounts.roles import Role
from tests.accounts.factories import make_user
from tests.municipalities.factories import make_course

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


@pytest.fixture
def today():
    return timezone.localdate()


def overdue_course(facilitator, municipality="Glostrup", **kwargs):
    """In Fase 1 for 60 days (45 expected), one of its four criteria ticked."""
    course = make_course(
        municipality,
        phase=Phase.PREPARATION,
        facilitators=[facilitator],
        days_in_phase=60,
        **kwargs,
    )
    GateCheck.objects.create(course=course, item=GateItem.objects.active().filter(phase=1)[0])
    return course


def calm_course(facilitator, municipality="Kolding"):
    """On time, every workshop written up: nothing to report."""
    course = make_course(
        municipality, phase=Phase.FACILITATION, facilitators=[facilitator], days_in_phase=10
    )
    Workshop.objects.create(course=course, held_on=timezone.localdate() - DAY, notes="Godt møde")
    Workshop.objects.create(course=course, held_on=timezone.localdate() + 7 * DAY)
    return course


# --- What needs attention --------------------------------------------------------------------


def test_a_course_longer_in_its_phase_than_expected_with_its_open_criteria(today):
    facilitator = make_user(Role.FACILITATOR)
    course = overdue_course(facilitator)
    [attention] = courses_needing_attention(facilitator, today=today)
    assert attention.course == course
    assert attention.overdue
    assert attention.days_in_phase == 60
    assert attention.deadline == today - 15 * DAY
    open_texts = [item.text for item in attention.open_criteria]
    expected = list(
        GateItem.objects.active()
        .filter(phase=1)
        .exclude(checks__course=course)
        .values_list("text", flat=True)
    )
    assert open_texts == expected
    assert len(open_texts) == 3
    assert attention.workshops_without_notes == ()
    assert len(attention.reasons) == 2


def test_a_past_workshop_without_notes_needs_attention_a_future_or_written_one_not(today):
    facilitator = make_user(Role.FACILITATOR)
    course = calm_course(facilitator)
    assert courses_needing_attention(facilitator, today=today) == []
    forgotten = Workshop.objects.create(course=course, held_on=today - 3 * DAY, place="Rådhuset")
    [attention] = courses_needing_attention(facilitator, today=today)
    assert not attention.overdue
    assert attention.open_criteria == ()
    assert attention.workshops_without_notes == (forgotten,)
    [reason] = attention.reasons
    assert "Rådhuset" in reason.details[0]


def test_on_the_deadline_day_a_course_is_not_yet_overdue(today):
    facilitator = make_user(Role.FACILITATOR)
    course = overdue_course(facilitator)
    assert courses_needing_attention(facilitator, today=course.phase_deadline) == []
    assert courses_needing_attention(facilitator, today=course.phase_deadline + DAY) != []


def test_only_open_courses_the_user_facilitates_externally(today):
    facilitator, key_person = make_user(Role.FACILITATOR), make_user(Role.INTERNAL_CONSULTANT)
    course = overdue_course(facilitator)
    CourseMember.objects.create(course=course, user=key_person, role=CourseRole.KEY_PERSON)
    closed = make_course("Kolding", phase=Phase.CLOSED, facilitators=[facilitator])
    Workshop.objects.create(course=closed, held_on=today - DAY)
    overdue_course(make_user(Role.FACILITATOR), municipality="Langeland")

    assert [a.course for a in courses_needing_attention(facilitator, today=today)] == [course]
    assert courses_needing_attention(key_person, today=today) == []


def test_attention_for_many_users_takes_a_fixed_number_of_queries(today):
    def queries_for(n):
        users = [make_user(Role.FACILITATOR) for _ in range(n)]
        for user in users:
            course = overdue_course(user)
            Workshop.objects.create(course=course, held_on=today - DAY)
            calm_course(user)
        with CaptureQueriesContext(connection) as queries:
            result = courses_needing_attention_by_user(users, today=today)
        assert len(result) == n
        assert all(len(items) == 1 for items in result.values())
        return len(queries)

    assert queries_for(2) == queries_for(12)


# --- The digest ------------------------------------------------------------------------------


def test_one_mail_per_facilitator_with_something_to_report(today, mailoutbox):
    busy = make_user(Role.FACILITATOR, full_name="Hanne Holm")
    quiet = make_user(Role.FACILITATOR)
    opted_out = make_user(Role.FACILITATOR, wants_course_digest=False)
    inactive = make_user(Role.FACILITATOR, is_active=False)
    glostrup = overdue_course(busy, "Glostrup", title="Bøvl & bureaukrati")
    kolding = make_course("Kolding", phase=Phase.FOLLOW_UP, facilitators=[busy])
    Workshop.objects.create(course=kolding, held_on=today - 2 * DAY, place="Rådhuset")
    calm_course(busy, "Langeland")
    calm_course(quiet)
    overdue_course(opted_out, "Nordfyns")
    overdue_course(inactive, "Odense")

    assert send_weekly_digests(today=today) == 1

    [mail] = mailoutbox
    assert mail.to == [busy.email]
    assert "\n" not in mail.subject
    assert "2" in mail.subject
    body = mail.body
    # Plain text: names as typed, not HTML-escaped.
    assert "Glostrup: Bøvl & bureaukrati" in body
    assert f"Kolding: {kolding.title}" in body
    assert "Langeland" not in body
    assert f"{settings.SITE_URL}/forloeb/{glostrup.pk}/" in body
    assert f"{settings.SITE_URL}/forloeb/{kolding.pk}/" in body
    with translation.override(settings.LANGUAGE_CODE):
        attention = courses_needing_attention_by_user([busy], today=today)[busy.pk]
        for item in attention:
            for reason in item.reasons:
                assert reason.text in body
                for detail in reason.details:
                    assert detail in body
    assert [a.course for a in attention] == [glostrup, kolding]
    assert "Rådhuset" in body
    for item in GateItem.objects.active().filter(phase=1).exclude(checks__course=glostrup):
        assert item.text in body
    assert DigestSent.objects.filter(user=busy).values_list("courses", flat=True).get() == 2


def test_nobody_with_nothing_to_report_gets_a_mail(today, mailoutbox):
    calm_course(make_user(Role.FACILITATOR))
    make_user(Role.FACILITATOR)  # no courses at all
    assert send_weekly_digests(today=today) == 0
    assert mailoutbox == []
    assert not DigestSent.objects.exists()


def test_each_facilitator_of_a_course_gets_their_own_mail(today, mailoutbox):
    first, second = make_user(Role.FACILITATOR), make_user(Role.FACILITATOR)
    course = overdue_course(first)
    CourseMember.objects.create(course=course, user=second, role=CourseRole.EXTERNAL_FACILITATOR)
    assert send_weekly_digests(today=today) == 2
    assert sorted(mail.to[0] for mail in mailoutbox) == sorted([first.email, second.email])
    assert all(len(mail.to) == 1 for mail in mailoutbox)


def test_not_twice_in_the_same_iso_week_but_again_the_next(today, mailoutbox):
    facilitator = make_user(Role.FACILITATOR)
    overdue_course(facilitator)
    monday = today - today.weekday() * DAY

    assert send_weekly_digests(today=today) == 1
    assert send_weekly_digests(today=today) == 0
    assert send_weekly_digests(today=monday) == 0
    assert send_weekly_digests(today=monday + 6 * DAY) == 0  # Sunday, same ISO week
    assert len(mailoutbox) == 1

    assert send_weekly_digests(today=monday + 7 * DAY) == 1
    assert len(mailoutbox) == 2
    assert list(DigestSent.objects.order_by("week").values_list("week", flat=True)) == [
        monday,
        monday + 7 * DAY,
    ]


def test_a_failed_send_records_nothing_so_the_retry_sends(today, mailoutbox, monkeypatch):
    facilitator = make_user(Role.FACILITATOR)
    overdue_course(facilitator)

    def broken_send(self, *args, **kwargs):
        raise ConnectionError("SMTP down")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", broken_send)
    with pytest.raises(ConnectionError):
        send_weekly_digests(today=today)
    assert not DigestSent.objects.exists()
    monkeypatch.undo()
    assert send_weekly_digests(today=today) == 1
    assert len(mailoutbox) == 1


def test_the_task_sends_the_digest_for_today(mailoutbox, celery_eager):
    facilitator = make_user(Role.FACILITATOR)
    overdue_course(facilitator)
    assert send_weekly_digests_task.delay().get() == 1
    assert [mail.to for mail in mailoutbox] == [[facilitator.email]]
    assert DigestSent.objects.get().week.isoweekday() == 1


def test_beat_sends_the_digest_on_monday_mornings_copenhagen_time():
    from portal.celery import app

    [entry] = [
        entry
        for entry in app.conf.beat_schedule.values()
        if entry["task"] == "municipalities.tasks.send_weekly_digests"
    ]
    assert entry["schedule"] == crontab(hour=7, minute=0, day_of_week="mon")
    assert app.conf.timezone == "Europe/Copenhagen"
    assert send_weekly_digests_task.name == entry["task"]
