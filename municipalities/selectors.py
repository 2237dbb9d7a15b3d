"""Reads for the course pages that combine several models. No side effects."""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from django.db import models
from django.utils import formats, timezone
from django.utils.translation import ngettext

from .models import (
    PHASE_DESCRIPTIONS,
    PHASE_EXPECTED_DAYS,
    Course,
    CourseMember,
    CourseRole,
    FacilitationLead,
    GateCheck,
    GateItem,
    Phase,
    PhaseChange,
    Workshop,
)


@dataclass(frozen=True)
class GateRow:
    item: GateItem
    check: GateCheck | None


@dataclass(frozen=True)
class GateStatus:
    rows: list[GateRow]

    @property
    def done(self) -> int:
        return sum(1 for row in self.rows if row.check)

    @property
    def total(self) -> int:
        return len(self.rows)

    @property
    def complete(self) -> bool:
        return self.done == self.total


def gate_status(course: Course) -> GateStatus:
    """The current phase's criteria with their ticks (uses the course's prefetched checks)."""
    items = GateItem.objects.active().filter(phase=course.phase)
    checks = {check.item_id: check for check in course.gate_checks.all()}
    return GateStatus(rows=[GateRow(item, checks.get(item.pk)) for item in items])


@dataclass(frozen=True)
class TimelineStep:
    phase: Phase
    state: str  # "past", "current" or "future"
    entered_at: datetime | None
    left_at: datetime | None

    @property
    def description(self) -> str:
        return PHASE_DESCRIPTIONS[self.phase]


def course_timeline(course: Course) -> list[TimelineStep]:
    """Every phase with when the course entered and left it (the latest time, after rollbacks)."""
    entered: dict[int, datetime] = {}
    left: dict[int, datetime] = {}
    for change in course.phase_changes.all():  # prefetched, in time order
        if change.from_phase is not None:
            left[change.from_phase] = change.created_at
        entered[change.to_phase] = change.created_at
        for later in [p for p in entered if p > change.to_phase]:
            # Moved back: later phases are future again.
            entered.pop(later)
            left.pop(later, None)
    steps = []
    for phase in Phase:
        if phase < course.phase:
            state = "past"
        elif phase == course.phase:
            state = "current"
        else:
            state = "future"
        steps.append(
            TimelineStep(
                phase=phase,
                state=state,
                entered_at=entered.get(phase),
                left_at=left.get(phase) if state == "past" else None,
            )
        )
    return steps


# --- What needs a facilitator's attention (the weekly digest) -------------------------------


@dataclass(frozen=True)
class AttentionReason:
    text: str
    details: tuple[str, ...] = ()


@dataclass(frozen=True)
class CourseAttention:
    """Why one open course needs its facilitator's attention on a given day."""

    course: Course
    days_in_phase: int
    deadline: date | None
    overdue: bool
    open_criteria: tuple[GateItem, ...]
    workshops_without_notes: tuple[Workshop, ...]

    @property
    def reasons(self) -> list[AttentionReason]:
        """The reasons as sentences in the active language (rendered when read, so a mail
        rendered under `translation.override` gets them in its language)."""
        reasons = []
        if self.overdue:
            expected = PHASE_EXPECTED_DAYS[Phase(self.course.phase)]
            reasons.append(
                AttentionReason(
                    ngettext(
                        "%(days)d day in the phase, where %(expected)d are expected.",
                        "%(days)d days in the phase, where %(expected)d are expected.",
                        self.days_in_phase,
                    )
                    % {"days": self.days_in_phase, "expected": expected}
                )
            )
        if self.open_criteria:
            count = len(self.open_criteria)
            reasons.append(
                AttentionReason(
                    ngettext(
                        "%(count)d exit criterion still open after the deadline %(deadline)s:",
                        "%(count)d exit criteria still open after the deadline %(deadline)s:",
                        count,
                    )
                    % {
                        "count": count,
                        "deadline": formats.date_format(self.deadline, "SHORT_DATE_FORMAT"),
                    },
                    tuple(item.text for item in self.open_criteria),
                )
            )
        if self.workshops_without_notes:
            count = len(self.workshops_without_notes)
            reasons.append(
                AttentionReason(
                    ngettext(
                        "%(count)d workshop held without notes:",
                        "%(count)d workshops held without notes:",
                        count,
                    )
                    % {"count": count},
                    tuple(
                        formats.date_format(workshop.held_on, "SHORT_DATE_FORMAT")
                        + (f" ({workshop.place})" if workshop.place else "")
                        for workshop in self.workshops_without_notes
                    ),
                )
            )
        return reasons


def _course_attention(
    course: Course, phase_items: list[GateItem], today: date
) -> CourseAttention | None:
    deadline = course.phase_deadline
    overdue = deadline is not None and today > deadline
    checked = {check.item_id for check in course.gate_checks.all()}  # prefetched
    open_criteria = tuple(item for item in phase_items if item.pk not in checked) if overdue else ()
    workshops = tuple(course.past_workshops_without_notes)  # prefetched, filtered
    if not (overdue or workshops):
        return None
    return CourseAttention(
        course=course,
        days_in_phase=(today - timezone.localdate(course.phase_entered_at)).days,
        deadline=deadline,
        overdue=overdue,
        open_criteria=open_criteria,
        workshops_without_notes=workshops,
    )


def courses_needing_attention_by_user(
    users: Iterable, *, today: date | None = None
) -> dict[int, list[CourseAttention]]:
    """For each user (by pk), the open courses they facilitate externally that need
    attention: longer in the phase than expected (with the criteria still open after the
    deadline) or a workshop held in the past without notes. Users with nothing to report
    are left out. A fixed number of queries, however many users and courses."""
    today = today or timezone.localdate()
    user_ids = {user.pk for user in users}
    if not user_ids:
        return {}
    memberships = CourseMember.objects.filter(
        user_id__in=user_ids, role=CourseRole.EXTERNAL_FACILITATOR
    )
    courses = (
        Course.objects.open()
        .filter(pk__in=memberships.values("course_id"))
        .select_related("municipality")
        .prefetch_related(
            models.Prefetch("members", memberships, to_attr="attention_facilitators"),
            models.Prefetch(
                "workshops",
                Workshop.objects.filter(held_on__lt=today, notes=""),
                to_attr="past_workshops_without_notes",
            ),
            "gate_checks",
        )
        .order_by("municipality__name", "title", "pk")
    )
    items_by_phase: dict[int, list[GateItem]] = defaultdict(list)
    for item in GateItem.objects.active().order_by("phase", "order", "pk"):
        items_by_phase[item.phase].append(item)
    result: dict[int, list[CourseAttention]] = defaultdict(list)
    for course in courses:
        attention = _course_attention(course, items_by_phase[course.phase], today)
        if attention is None:
            continue
        for member in course.attention_facilitators:
            result[member.user_id].append(attention)
    return dict(result)


def courses_needing_attention(user, *, today: date | None = None) -> list[CourseAttention]:
    """The user's open courses as external facilitator that need attention, with why."""
    return courses_needing_attention_by_user([user], today=today).get(user.pk, [])


# --- The status export -----------------------------------------------------------------------


def courses_for_export(*, today: date | None = None):
    """Every course with what the CSV export shows, in a fixed number of queries."""
    today = today or timezone.localdate()
    return (
        Course.objects.select_related("municipality__region")
        .annotate(
            gate_done=models.Count(
                "gate_checks",
                filter=models.Q(
                    gate_checks__item__phase=models.F("phase"), gate_checks__item__is_active=True
                ),
                distinct=True,
            ),
            workshop_count=models.Count("workshops", distinct=True),
            latest_workshop_on=models.Max(
                "workshops__held_on", filter=models.Q(workshops__held_on__lte=today)
            ),
        )
        .with_facilitators()
        .order_by("municipality__name", "start_date", "pk")
    )


# --- Charts ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class MonthPhaseCounts:
    """How many municipalities were in each phase at the end of one month."""

    month: date  # the first day of the month
    counts: tuple[int, ...]  # indexed by Phase value

    @property
    def total(self) -> int:
        return sum(self.counts)

    @property
    def by_phase(self) -> list[tuple[Phase, int]]:
        return [(phase, self.counts[phase]) for phase in Phase]


def _month_starts(today: date, months: int) -> list[date]:
    index = today.year * 12 + today.month - 1
    return [date(i // 12, i % 12 + 1, 1) for i in range(index - months + 1, index + 1)]


def municipalities_per_phase(
    *, months: int = 12, now: datetime | None = None
) -> list[MonthPhaseCounts]:
    """For each of the last `months` months (oldest first), the number of municipalities per
    phase at the month's end; for the current month, now.

    Built from the phase history alone, so it shows what was true then. A municipality counts
    once, in the phase of its current course at that time: the latest started course that was
    not closed, else its latest course (as in the table of municipalities). One query.
    """
    now = now or timezone.now()
    starts = _month_starts(timezone.localtime(now).date(), months)
    # The state at the end of a month is everything recorded before the next month began.
    boundaries: list[datetime | None] = [
        timezone.make_aware(datetime.combine(start, datetime.min.time())) for start in starts[1:]
    ]
    boundaries.append(None)  # the current month: everything up to now
    changes = (
        PhaseChange.objects.filter(created_at__lte=now)
        .order_by("created_at", "pk")
        .values_list(
            "course_id", "course__municipality_id", "course__start_date", "to_phase", "created_at"
        )
    )
    # course id -> (municipality id, rank for "current course", phase)
    state: dict[int, tuple[int, tuple, int]] = {}
    pending = iter(changes)
    change = next(pending, None)
    result = []
    for start, boundary in zip(starts, boundaries, strict=True):
        while change is not None and (boundary is None or change[4] < boundary):
            course_id, municipality_id, start_date, to_phase, _created = change
            state[course_id] = (municipality_id, (start_date, course_id), to_phase)
            change = next(pending, None)
        current: dict[int, tuple[tuple, int]] = {}
        for municipality_id, started, phase in state.values():
            rank = (phase != Phase.CLOSED, started)
            if municipality_id not in current or rank > current[municipality_id][0]:
                current[municipality_id] = (rank, phase)
        counts = [0] * len(Phase)
        for _rank, phase in current.values():
            counts[phase] += 1
        result.append(MonthPhaseCounts(month=start, counts=tuple(counts)))
    return result


def _whole_percents(parts: list[int]) -> list[int]:
    """Whole percentages of `parts` that add up to exactly 100 (largest remainder)."""
    total = sum(parts)
    if not total:
        return [0] * len(parts)
    exact = [100 * part / total for part in parts]
    whole = [int(share) for share in exact]
    by_remainder = sorted(range(len(parts)), key=lambda i: exact[i] - whole[i], reverse=True)
    for i in by_remainder[: 100 - sum(whole)]:
        whole[i] += 1
    return whole


@dataclass(frozen=True)
class LadderStep:
    """The hand-over ladder after one workshop: how many of the workshops so far were led
    externally, shared and locally."""

    workshop: Workshop
    number: int  # workshops so far, this one included
    external: int
    shared: int
    local: int

    @property
    def counts(self) -> list[tuple[str, int]]:
        return [
            (FacilitationLead.EXTERNAL, self.external),
            (FacilitationLead.SHARED, self.shared),
            (FacilitationLead.LOCAL, self.local),
        ]

    @property
    def percents(self) -> list[int]:
        return _whole_percents([self.external, self.shared, self.local])

    @property
    def shares(self) -> list[tuple[str, int, int]]:
        """(lead, workshops so far, whole percent) for ekstern, fælles and lokal."""
        return [
            (lead, count, percent)
            for (lead, count), percent in zip(self.counts, self.percents, strict=True)
        ]


def handover_ladder(course: Course) -> list[LadderStep]:
    """The cumulative share of the course's workshops led ekstern / fælles / lokal, workshop
    by workshop in date order. Uses `course.workshops` as loaded (prefetched on the course
    page), so it adds no query there."""
    led = dict.fromkeys(FacilitationLead.values, 0)
    steps = []
    for number, workshop in enumerate(course.workshops.all(), start=1):  # date order (Meta)
        led[workshop.facilitation_lead] += 1
        steps.append(
            LadderStep(
                workshop=workshop,
                number=number,
                external=led[FacilitationLead.EXTERNAL],
                shared=led[FacilitationLead.SHARED],
                local=led[FacilitationLead.LOCAL],
            )
        )
    return steps
