"""Two facilitators advance the same course at the same moment (quality.md R6)."""

import threading

import pytest
from django.db import connection, connections

from municipalities.exceptions import PhaseConflict
from municipalities.models import Course, Phase, PhaseChange
from municipalities.services import course_advance
from portal.accounts.roles import Role
from tests.accounts.factories import make_user
from tests.municipalities.factories import make_course, tick_all

RUNS = 50


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_exactly_one_of_two_simultaneous_advances_wins():
    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL (SQLite serialises whole transactions)")
    first, second = make_user(Role.FACILITATOR), make_user(Role.FACILITATOR)
    for _ in range(RUNS):
        course = make_course(facilitators=[first, second])
        tick_all(course)
        barrier = threading.Barrier(2)
        outcomes: list[str] = []

        def advance(actor, course_id=course.pk, barrier=barrier, outcomes=outcomes):
            try:
                barrier.wait(timeout=10)
                course_advance(
                    course=Course.objects.get(pk=course_id),
                    actor=actor,
                    expected_phase=Phase.STARTUP,
                )
                outcomes.append("advanced")
            except PhaseConflict as error:
                assert "Fase 1" in error.message
                outcomes.append("conflict")
            finally:
                connections.close_all()

        threads = [threading.Thread(target=advance, args=(user,)) for user in (first, second)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        assert sorted(outcomes) == ["advanced", "conflict"]
        course.refresh_from_db()
        assert course.phase == Phase.PREPARATION
        assert PhaseChange.objects.filter(course=course, kind=PhaseChange.Kind.ADVANCE).count() == 1
