import pytest

from municipalities.exceptions import GateNotPassed, IllegalPhaseMove, NotAllowed, PhaseConflict
from municipalities.models import GateCheck, GateItem, Phase, PhaseChange
from municipalities.services import (
    course_advance,
    course_rollback,
    course_start,
    gate_item_set,
    open_gate_items,
)
from portal.accounts.roles import Role
from tests.accounts.factories import make_user
from tests.municipalities.factories import make_course, tick_all

pytestmark = pytest.mark.django_db


@pytest.fixture
def facilitator():
    return make_user(Role.FACILITATOR)


@pytest.fixture
def admin():
    return make_user(Role.ADMINISTRATOR)


def test_gates_are_seeded_for_every_phase_from_domain_md():
    counts = {phase: GateItem.objects.filter(phase=phase).count() for phase in range(5)}
    assert counts == {0: 5, 1: 4, 2: 5, 3: 3, 4: 4}


def test_advance_needs_every_criterion_ticked(facilitator):
    course = make_course(facilitators=[facilitator])
    with pytest.raises(GateNotPassed) as error:
        course_advance(course=course, actor=facilitator, expected_phase=Phase.STARTUP)
    assert len(error.value.open_items) == 5
    assert "5" in error.value.message
    course.refresh_from_db()
    assert course.phase == Phase.STARTUP
    assert not PhaseChange.objects.filter(course=course).exists()


def test_advance_with_all_criteria_ticked(
    facilitator, django_capture_on_commit_callbacks, mailoutbox, celery_eager
):
    course = make_course(facilitators=[facilitator])
    tick_all(course)
    with django_capture_on_commit_callbacks(execute=True):
        change = course_advance(course=course, actor=facilitator, expected_phase=Phase.STARTUP)
    course.refresh_from_db()
    assert course.phase == Phase.PREPARATION
    assert (change.kind, change.from_phase, change.to_phase, change.actor) == (
        PhaseChange.Kind.ADVANCE,
        Phase.STARTUP,
        Phase.PREPARATION,
        facilitator,
    )
    assert change.created_at == course.phase_entered_at
    # The next phase starts with its own, unticked criteria.
    assert len(open_gate_items(course)) == 4
    assert [m.to for m in mailoutbox] == [[facilitator.email]]


def test_override_with_a_written_reason_is_recorded_as_such(facilitator):
    course = make_course(facilitators=[facilitator])
    change = course_advance(
        course=course,
        actor=facilitator,
        expected_phase=Phase.STARTUP,
        override_reason="  MED-mødet er først i næste måned  ",
    )
    assert change.kind == PhaseChange.Kind.OVERRIDE
    assert change.reason == "MED-mødet er først i næste måned"


def test_blank_override_reason_is_no_override(facilitator):
    course = make_course(facilitators=[facilitator])
    with pytest.raises(GateNotPassed):
        course_advance(course=course, actor=facilitator, expected_phase=0, override_reason="   ")


def test_only_the_courses_own_facilitators_may_advance():
    own, other = make_user(Role.FACILITATOR), make_user(Role.FACILITATOR)
    course = make_course(facilitators=[own])
    tick_all(course)
    for outsider in [other, make_user(Role.EDITOR), make_user(Role.LEADER)]:
        with pytest.raises(NotAllowed):
            course_advance(course=course, actor=outsider, expected_phase=Phase.STARTUP)
    course.refresh_from_db()
    assert course.phase == Phase.STARTUP


def test_a_stale_view_of_the_phase_is_a_conflict(facilitator):
    course = make_course(facilitators=[facilitator], phase=Phase.FACILITATION)
    tick_all(course)
    with pytest.raises(PhaseConflict) as error:
        course_advance(course=course, actor=facilitator, expected_phase=Phase.PREPARATION)
    assert "Fase 2" in error.value.message


def test_a_closed_course_cannot_advance(admin):
    course = make_course(phase=Phase.CLOSED)
    with pytest.raises(IllegalPhaseMove):
        course_advance(course=course, actor=admin, expected_phase=Phase.CLOSED)


def test_walk_all_phases_to_closed(facilitator):
    course = make_course(facilitators=[facilitator])
    for phase in range(Phase.STARTUP, Phase.CLOSED):
        tick_all(course)
        course_advance(course=course, actor=facilitator, expected_phase=phase)
    assert course.phase == Phase.CLOSED
    assert list(course.phase_changes.values_list("to_phase", flat=True)) == [1, 2, 3, 4, 5]


def test_rollback_needs_an_administrator_and_a_reason(admin, facilitator):
    course = make_course(facilitators=[facilitator], phase=Phase.FACILITATION)
    with pytest.raises(NotAllowed):
        course_rollback(course=course, actor=facilitator, expected_phase=2, reason="Fejl")
    with pytest.raises(IllegalPhaseMove):
        course_rollback(course=course, actor=admin, expected_phase=2, reason=" ")
    change = course_rollback(course=course, actor=admin, expected_phase=2, reason="Ved en fejl")
    assert (change.kind, change.to_phase, course.phase) == (PhaseChange.Kind.ROLLBACK, 1, 1)


def test_no_rollback_before_phase_0(admin):
    course = make_course()
    with pytest.raises(IllegalPhaseMove):
        course_rollback(course=course, actor=admin, expected_phase=0, reason="Fejl")


def test_gate_items_are_ticked_for_the_current_phase_only(facilitator):
    course = make_course(facilitators=[facilitator])
    current = GateItem.objects.filter(phase=0).first()
    later = GateItem.objects.filter(phase=1).first()
    gate_item_set(course=course, item=current, actor=facilitator, done=True)
    gate_item_set(course=course, item=current, actor=facilitator, done=True)  # idempotent
    assert GateCheck.objects.get(course=course, item=current).checked_by == facilitator
    with pytest.raises(IllegalPhaseMove):
        gate_item_set(course=course, item=later, actor=facilitator, done=True)
    gate_item_set(course=course, item=current, actor=facilitator, done=False)
    assert not GateCheck.objects.filter(course=course).exists()


def test_inactive_criteria_do_not_count(facilitator):
    course = make_course(facilitators=[facilitator])
    GateItem.objects.filter(phase=0).update(is_active=False)
    course_advance(course=course, actor=facilitator, expected_phase=Phase.STARTUP)
    assert course.phase == Phase.PREPARATION


def test_course_start_needs_a_course_manager_and_records_history():
    from municipalities.models import Municipality

    editor, facilitator = make_user(Role.EDITOR), make_user(Role.FACILITATOR)
    kwargs = {
        "municipality": Municipality.objects.get(name="Langeland"),
        "title": "Opstart",
        "start_date": "2026-12-01",
        "facilitation_model": "startpakke",
        "approach": "lavthaengende",
        "members": [(facilitator, "ekstern_facilitator")],
    }
    with pytest.raises(NotAllowed):
        course_start(actor=facilitator, **kwargs)
    course = course_start(actor=editor, **kwargs)
    assert course.phase == Phase.STARTUP
    assert course.phase_changes.get().kind == PhaseChange.Kind.START
    assert list(course.members.values_list("user", "role")) == [
        (facilitator.pk, "ekstern_facilitator")
    ]
