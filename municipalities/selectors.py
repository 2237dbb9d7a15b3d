"""Reads for the course pages that combine several models. No side effects."""

from dataclasses import dataclass
from datetime import datetime

from .models import PHASE_DESCRIPTIONS, Course, GateCheck, GateItem, Phase


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

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 100


def gate_status(course: Course, items: list[GateItem] | None = None) -> GateStatus:
    """The current phase's criteria with their ticks. Uses the course's prefetched checks;
    pass `items` (all active criteria) to avoid a query per course in lists."""
    if items is None:
        items = list(GateItem.objects.active().filter(phase=course.phase))
    checks = {check.item_id: check for check in course.gate_checks.all()}
    return GateStatus(
        rows=[GateRow(item, checks.get(item.pk)) for item in items if item.phase == course.phase]
    )


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
