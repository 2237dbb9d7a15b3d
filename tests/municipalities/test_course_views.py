import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from municipalities.models import (
    Challenge,
    CourseRole,
    GateItem,
    Measurement,
    Phase,
    PhaseChange,
    TrialAction,
    Workshop,
)
from portal.accounts.roles import Role
from tests.municipalities.factories import make_course, tick_all

pytestmark = pytest.mark.django_db


@pytest.fixture
def facilitator(client_as):
    return client_as(Role.FACILITATOR)


def messages_of(response):
    return [str(m) for m in response.context["messages"]]


def test_ticking_a_criterion_with_htmx_returns_the_gate_section(client, facilitator):
    course = make_course(facilitators=[facilitator])
    item = GateItem.objects.filter(phase=0).first()
    response = client.post(
        reverse("municipalities:gate_item", args=[course.pk, item.pk]),
        {"done": "1"},
        HTTP_HX_REQUEST="true",
    )
    content = response.content.decode()
    assert response.status_code == 200
    assert content.lstrip().startswith('<section id="gate"')
    assert "1 af 5 krydset af" in content
    assert "<html" not in content


def test_advance_without_criteria_explains_in_danish(client, facilitator):
    course = make_course(facilitators=[facilitator])
    response = client.post(
        reverse("municipalities:advance", args=[course.pk]), {"expected_phase": 0}, follow=True
    )
    assert "5 kriterier er ikke krydset af" in " ".join(messages_of(response))
    course.refresh_from_db()
    assert course.phase == Phase.STARTUP


def test_advance_with_override_moves_on_and_shows_it_in_the_history(client, facilitator):
    course = make_course(facilitators=[facilitator])
    response = client.post(
        reverse("municipalities:advance", args=[course.pk]),
        {"expected_phase": 0, "override_reason": "Aftalen underskrives i næste uge"},
        follow=True,
    )
    content = response.content.decode()
    assert "Forløbet er nu i Fase 1 – Forberedelse." in messages_of(response)
    assert "Flyttet frem trods manglende kriterier" in content
    assert "Aftalen underskrives i næste uge" in content


def test_a_second_advance_from_the_same_page_is_a_conflict(client, facilitator):
    course = make_course(facilitators=[facilitator])
    tick_all(course)
    url = reverse("municipalities:advance", args=[course.pk])
    client.post(url, {"expected_phase": 0})
    response = client.post(url, {"expected_phase": 0}, follow=True)
    assert "En anden har lige flyttet forløbet" in " ".join(messages_of(response))
    assert PhaseChange.objects.filter(course=course, kind=PhaseChange.Kind.ADVANCE).count() == 1


def test_workshop_is_recorded_with_its_steps(client, facilitator):
    course = make_course(facilitators=[facilitator])
    response = client.post(
        reverse("municipalities:workshop_new", args=[course.pk]),
        {
            "held_on": "2026-11-02",
            "place": "Rådhuset",
            "steps": ["3", "2"],
            "facilitation_lead": "faelles",
            "participants_employees": "12",
            "participants_shop_stewards": "2",
            "participants_leaders": "3",
            "participants_top_leaders": "1",
            "participants_other": "0",
            "notes": "God energi",
        },
    )
    assert response.status_code == 302
    workshop = Workshop.objects.get(course=course)
    assert (workshop.steps, workshop.facilitation_lead, workshop.participants_total) == (
        [2, 3],
        "faelles",
        18,
    )


def test_bad_trial_action_input_is_explained_next_to_the_field_and_kept(client, facilitator):
    course = make_course(facilitators=[facilitator])
    challenge = Challenge.objects.create(course=course, title="Dobbelt dokumentation")
    response = client.post(
        reverse("municipalities:trial_action_new", args=[course.pk, challenge.pk]),
        {
            "solution": "Dokumenter én gang",
            "unit": "Hjemmeplejen Nord",
            "starts_on": "2026-12-10",
            "ends_on": "2026-12-01",
            "status": "stoppet",
            "conclusion": "",
        },
    )
    content = response.content.decode()
    assert response.status_code == 200
    assert "Slutdatoen kan ikke ligge før startdatoen." in content
    assert "Skriv hvorfor prøvehandlingen blev stoppet." in content
    assert 'value="Hjemmeplejen Nord"' in content
    assert not TrialAction.objects.exists()


def test_bad_date_gets_a_danish_message(client, facilitator):
    course = make_course(facilitators=[facilitator])
    response = client.post(
        reverse("municipalities:sparring_new", args=[course.pk]),
        {"held_on": "31-02-2026", "topic": "Status"},
    )
    assert "Indtast en gyldig dato." in response.content.decode()
    assert 'value="Status"' in response.content.decode()


def test_key_actor_sees_the_course_read_only(client, client_as):
    from municipalities.models import Municipality

    leader = client_as(Role.LEADER, municipality=Municipality.objects.get(name="Glostrup"))
    course = make_course("Glostrup")
    Challenge.objects.create(course=course, title="Dobbeltregistrering")
    pages = {
        name: client.get(reverse(f"municipalities:{name}", args=[course.pk])).content.decode()
        for name in ("course", "course_workshops", "course_challenges")
    }
    assert all(course.title in page for page in pages.values())
    assert "Dobbeltregistrering" in pages["course_challenges"]
    assert reverse("municipalities:advance", args=[course.pk]) not in pages["course"]
    assert "kriterier/" not in pages["course"]
    assert reverse("municipalities:workshop_new", args=[course.pk]) not in pages["course_workshops"]
    assert (
        reverse("municipalities:challenge_new", args=[course.pk]) not in pages["course_challenges"]
    )
    assert leader.municipality.name == "Glostrup"


def test_facilitator_sees_the_edit_links_on_every_tab(client, facilitator):
    course = make_course(facilitators=[facilitator])
    pages = {
        name: client.get(reverse(f"municipalities:{name}", args=[course.pk])).content.decode()
        for name in ("course", "course_workshops", "course_challenges")
    }
    assert reverse("municipalities:advance", args=[course.pk]) in pages["course"]
    assert reverse("municipalities:workshop_new", args=[course.pk]) in pages["course_workshops"]
    assert reverse("municipalities:challenge_new", args=[course.pk]) in pages["course_challenges"]


def _fill(course, n):
    for i in range(n):
        Workshop.objects.create(course=course, held_on=f"2026-10-{i % 28 + 1:02d}", notes="x")
        challenge = Challenge.objects.create(course=course, title=f"Bøvl {i}")
        trial = TrialAction.objects.create(challenge=challenge, solution="s", unit="u")
        Measurement.objects.create(trial_action=trial, method="logbog", measured_on="2026-10-01")
    tick_all(course)


def _count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("tab", ["course", "course_workshops", "course_challenges"])
def test_course_pages_queries_stay_flat_and_within_p3(client, facilitator, tab):
    small, large = make_course(facilitators=[facilitator]), make_course(facilitators=[facilitator])
    _fill(small, 5)
    _fill(large, 50)
    counts = [
        _count_queries(client, reverse(f"municipalities:{tab}", args=[c.pk]))
        for c in (small, large)
    ]
    assert counts[0] == counts[1]
    # quality.md P3: at most 10 including session and user (the session comes from Redis in
    # production; the test database serves it here).
    assert counts[0] <= 11, counts


@pytest.mark.parametrize("n", [5, 50])
def test_dashboard_queries_stay_flat(client, facilitator, n, django_assert_max_num_queries):
    for i in range(n):
        course = make_course(facilitators=[facilitator], phase=i % 5)
        Workshop.objects.create(course=course, held_on="2030-01-01")
    client.get(reverse("municipalities:dashboard"))
    with django_assert_max_num_queries(9):
        response = client.get(reverse("municipalities:dashboard"))
    assert response.content.decode().count("<tr>") == n + 1


def test_members_see_themselves_by_role(client, client_as):
    facilitator = client_as(Role.FACILITATOR)
    course = make_course(members=[(facilitator, CourseRole.EXTERNAL_FACILITATOR)])
    assert "Ekstern facilitator" in client.get(course.get_absolute_url()).content.decode()


def test_dashboard_cache_follows_changes_made_through_the_services(
    client, facilitator, django_capture_on_commit_callbacks
):
    from municipalities.services import course_record_save

    course = make_course(facilitators=[facilitator])
    url = reverse("municipalities:dashboard")
    assert "2031-05-04" not in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        course_record_save(record=Workshop(course=course, held_on="2031-05-04"), actor=facilitator)
    content = client.get(url).content.decode()
    assert "4. maj 2031" in content or "2031-05-04" in content


def test_the_cached_overview_carries_each_users_own_csrf_token(facilitator):
    import re

    from django.test import Client

    from municipalities.models import GateCheck
    from tests.accounts.factories import login_with_mfa, make_user

    course = make_course(facilitators=[facilitator])
    # Two people with the same powers: the second gets the first one's cached overview.
    for user in (make_user(Role.ADMINISTRATOR), make_user(Role.ADMINISTRATOR)):
        browser = Client()
        login_with_mfa(browser, user)
        browser.handler.enforce_csrf_checks = True
        page = browser.get(course.get_absolute_url()).content.decode()
        assert "<!--portal:csrf-field-->" not in page
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        item = GateItem.objects.filter(phase=0).exclude(checks__course=course).first()
        response = browser.post(
            reverse("municipalities:gate_item", args=[course.pk, item.pk]),
            {"done": "1", "csrfmiddlewaretoken": token},
        )
        assert response.status_code == 302
    assert GateCheck.objects.filter(course=course).count() == 2


def test_ticking_without_htmx_shows_on_the_reloaded_overview(
    client, facilitator, django_capture_on_commit_callbacks
):
    course = make_course(facilitators=[facilitator])
    client.get(course.get_absolute_url())  # fills the cache
    item = GateItem.objects.filter(phase=0).first()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("municipalities:gate_item", args=[course.pk, item.pk]), {"done": "1"})
    assert "1 af 5 krydset af" in client.get(course.get_absolute_url()).content.decode()
