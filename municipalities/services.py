"""Writes for courses. Views, the admin, commands and tasks call these; nothing else assigns
a course's phase or its gate checks."""

from collections.abc import Iterable
from datetime import date

from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.accounts.models import User

from .caching import bump_courses_version
from .exceptions import GateNotPassed, IllegalPhaseMove, NotAllowed, PhaseConflict
from .models import (
    CalendarFeed,
    Course,
    CourseMember,
    CourseRole,
    GateCheck,
    GateItem,
    Municipality,
    Phase,
    PhaseChange,
    new_calendar_token,
)


def _require(queryset, course: Course, message: str) -> None:
    if not queryset.filter(pk=course.pk).exists():
        raise NotAllowed(message)


def open_gate_items(course: Course) -> list[GateItem]:
    """The current phase's active exit criteria not yet ticked off for this course."""
    return list(
        GateItem.objects.active()
        .filter(phase=course.phase)
        .exclude(checks__course=course)
        .order_by("order", "pk")
    )


@transaction.atomic
def course_start(
    *,
    municipality: Municipality,
    actor: User,
    title: str,
    start_date: date,
    facilitation_model: str,
    approach: str,
    area: str = "",
    end_date: date | None = None,
    members: Iterable[tuple[User, str]] = (),
    is_demo: bool = False,
) -> Course:
    """Starts a course for a municipality in Fase 0, with its first members."""
    if not actor.has_perm("municipalities.manage_courses"):
        raise NotAllowed(_("You may not start courses."))
    now = timezone.now()
    course = Course.objects.create(
        municipality=municipality,
        title=title,
        area=area,
        start_date=start_date,
        end_date=end_date,
        facilitation_model=facilitation_model,
        approach=approach,
        phase=Phase.STARTUP,
        phase_entered_at=now,
        is_demo=is_demo,
    )
    PhaseChange.objects.create(
        course=course,
        kind=PhaseChange.Kind.START,
        from_phase=None,
        to_phase=Phase.STARTUP,
        actor=actor,
        created_at=now,
    )
    CourseMember.objects.bulk_create(
        CourseMember(course=course, user=user, role=role) for user, role in members
    )
    transaction.on_commit(bump_courses_version)
    return course


def course_advance(
    *, course: Course, actor: User, expected_phase: int, override_reason: str = ""
) -> PhaseChange:
    """Moves the course to the next phase.

    Every active exit criterion of the current phase must be ticked off, unless the actor
    writes why the course moves on anyway (an override, recorded as such). `expected_phase`
    is the phase the actor saw: when two people advance at once, the row lock makes the
    second one wait, find the phase changed and fail with PhaseConflict instead of skipping
    a phase.
    """
    with transaction.atomic():
        locked = Course.objects.select_for_update().get(pk=course.pk)
        if locked.phase != expected_phase:
            raise PhaseConflict(locked.phase)
        _require(
            Course.objects.editable_by(actor),
            locked,
            _("Only the course's facilitators may move it on."),
        )
        if locked.phase == Phase.CLOSED:
            raise IllegalPhaseMove(_("The course is closed."))
        missing = open_gate_items(locked)
        reason = override_reason.strip()
        if missing and not reason:
            raise GateNotPassed(missing)
        change = _move(
            locked,
            to_phase=locked.phase + 1,
            actor=actor,
            kind=PhaseChange.Kind.OVERRIDE if missing else PhaseChange.Kind.ADVANCE,
            reason=reason,
        )
    course.refresh_from_db()
    return change


def course_rollback(
    *, course: Course, actor: User, expected_phase: int, reason: str
) -> PhaseChange:
    """Moves the course back one phase. Administrators only, always with a reason."""
    if not actor.has_perm("municipalities.rollback_phase"):
        raise NotAllowed(_("Only an administrator may move a course back."))
    reason = reason.strip()
    if not reason:
        raise IllegalPhaseMove(_("Write why the course is moved back."))
    with transaction.atomic():
        locked = Course.objects.select_for_update().get(pk=course.pk)
        if locked.phase != expected_phase:
            raise PhaseConflict(locked.phase)
        if locked.phase == Phase.STARTUP:
            raise IllegalPhaseMove(_("The course is already in the first phase."))
        change = _move(
            locked,
            to_phase=locked.phase - 1,
            actor=actor,
            kind=PhaseChange.Kind.ROLLBACK,
            reason=reason,
        )
    course.refresh_from_db()
    return change


def _move(course: Course, *, to_phase: int, actor: User, kind: str, reason: str) -> PhaseChange:
    from .tasks import send_phase_change_mail

    now = timezone.now()
    change = PhaseChange.objects.create(
        course=course,
        kind=kind,
        from_phase=course.phase,
        to_phase=to_phase,
        reason=reason,
        actor=actor,
        created_at=now,
    )
    course.phase = to_phase
    course.phase_entered_at = now
    course.save(update_fields=["phase", "phase_entered_at"])
    transaction.on_commit(lambda: send_phase_change_mail.delay(change.pk))
    transaction.on_commit(bump_courses_version)
    return change


def gate_item_set(*, course: Course, item: GateItem, actor: User, done: bool) -> None:
    """Ticks a criterion of the course's current phase off, or on again."""
    with transaction.atomic():
        locked = Course.objects.select_for_update().get(pk=course.pk)
        _require(
            Course.objects.editable_by(actor),
            locked,
            _("Only the course's facilitators may tick off criteria."),
        )
        if item.phase != locked.phase or not item.is_active:
            raise IllegalPhaseMove(
                _("This criterion does not belong to the course's current phase.")
            )
        if done:
            GateCheck.objects.get_or_create(
                course=locked, item=item, defaults={"checked_by": actor}
            )
        else:
            GateCheck.objects.filter(course=locked, item=item).delete()
        transaction.on_commit(bump_courses_version)


def course_record_save(*, record: models.Model, actor: User) -> models.Model:
    """Creates or updates a record of a course (workshop, sparring session, challenge, trial
    action, measurement, agreement) on behalf of a facilitator of that course."""
    with transaction.atomic():
        # One writer per course at a time (e.g. two people creating its agreement at once).
        course = Course.objects.select_for_update().get(pk=record.course.pk)
        _require(
            Course.objects.editable_by(actor),
            course,
            _("Only the course's facilitators may change it."),
        )
        record.full_clean()
        record.save()
        transaction.on_commit(bump_courses_version)
    return record


def course_record_delete(*, record: models.Model, actor: User) -> None:
    _require(
        Course.objects.editable_by(actor),
        record.course,
        _("Only the course's facilitators may change it."),
    )
    record.delete()
    transaction.on_commit(bump_courses_version)


@transaction.atomic
def course_member_set(*, course: Course, user: User, role: str, actor: User) -> CourseMember:
    """Adds a person to the course, or changes their role in it."""
    if not actor.has_perm("municipalities.manage_courses"):
        raise NotAllowed(_("You may not change who takes part in courses."))
    if role not in CourseRole.values:
        raise IllegalPhaseMove(_("Unknown role."))
    member, _created = CourseMember.objects.update_or_create(
        course=course, user=user, defaults={"role": role}
    )
    transaction.on_commit(bump_courses_version)
    return member


def course_member_remove(*, member: CourseMember, actor: User) -> None:
    if not actor.has_perm("municipalities.manage_courses"):
        raise NotAllowed(_("You may not change who takes part in courses."))
    member.delete()
    transaction.on_commit(bump_courses_version)


def calendar_feed_for(*, user: User) -> CalendarFeed:
    """The user's private calendar address, created the first time it is asked for."""
    feed, _created = CalendarFeed.objects.get_or_create(user=user)
    return feed


@transaction.atomic
def calendar_feed_revoke(*, user: User) -> CalendarFeed:
    """Gives the user a new calendar address; the old one answers 404 from now on (for a
    link that was shared or leaked). Creates the address when the user has none."""
    feed, created = CalendarFeed.objects.select_for_update().get_or_create(user=user)
    if not created:
        feed.token = new_calendar_token()
        feed.created_at = timezone.now()
        feed.save(update_fields=["token", "created_at"])
    return feed
