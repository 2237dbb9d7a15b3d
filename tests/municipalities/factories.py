import datetime

from django.utils import timezone

from municipalities.models import (
    Approach,
    Course,
    CourseMember,
    CourseRole,
    FacilitationModel,
    GateCheck,
    GateItem,
    Municipality,
    Phase,
)


def make_course(
    municipality: str = "Glostrup",
    *,
    phase: Phase = Phase.STARTUP,
    facilitators=(),
    members=(),
    title: str = "Mindre bøvl i dagtilbud",
    days_in_phase: int = 0,
) -> Course:
    """A course straight in the database (services are tested on their own)."""
    course = Course.objects.create(
        municipality=Municipality.objects.get(name=municipality),
        title=title,
        start_date=datetime.date(2026, 9, 1),
        facilitation_model=FacilitationModel.EXTERNAL,
        approach=Approach.SYSTEMATIC,
        phase=phase,
        phase_entered_at=timezone.now() - datetime.timedelta(days=days_in_phase),
    )
    for user in facilitators:
        CourseMember.objects.create(course=course, user=user, role=CourseRole.EXTERNAL_FACILITATOR)
    for user, role in members:
        CourseMember.objects.create(course=course, user=user, role=role)
    return course


def tick_all(course: Course) -> None:
    for item in GateItem.objects.active().filter(phase=course.phase):
        GateCheck.objects.get_or_create(course=course, item=item)
