"""The staff pages across all courses: portfolio board, municipalities table, starting a course,
its members, and the charts."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from municipalities.models import (
    Course,
    CourseMember,
    CourseRole,
    FacilitationLead,
    FacilitationModel,
    GateCheck,
    GateItem,
    Municipality,
    Phase,
    PhaseChange,
    Workshop,
)
from municipalities.selectors import handover_ladder, municipalities_per_phase
from portal.accounts.roles import Role
from tests.accounts.factories import login_with_mfa, make_user
from tests.municipalities.factories import make_course, tick_all

pytestmark = pytest.mark.django_db

STAFF = [Role.EDITOR, Role.ADMINISTRATOR]
NOT_STAFF = [Role.FACILITATOR, Role.LEADER, Role.INTERNAL_CONSULTANT, Role.EMPLOYEE]


def glostrup():
    return Municipality.objects.get(name="Glostrup")


def card_course_ids(response) -> set[int]:
    return {card["course"].pk for column in response.context["columns"] for card in column["cards"]}


# --- Access ----------------------------------------------------------------------------------


@pytest.fixture
def pages(db):
    course = make_course("Glostrup")
    return {
        "board": reverse("municipalities:board"),
        "municipalities": reverse("municipalities:municipalities"),
        "course_start": reverse("municipalities:course_start", args=["0161"]),
        "course_members": reverse("municipalities:course_members", args=[course.pk]),
    }


@pytest.mark.parametrize("page_name", ["board", "municipalities", "course_start", "course_members"])
@pytest.mark.parametrize("role", STAFF)
def test_staff_see_the_pages(client, client_as, pages, page_name, role):
    client_as(role)
    response = client.get(pages[page_name])
    assert response.status_code == 200
    assert response.content.decode().count("<h1") == 1


@pytest.mark.parametrize("page_name", ["board", "municipalities", "course_start", "course_members"])
@pytest.mark.parametrize("role", NOT_STAFF)
def test_everyone_else_gets_404(client, client_as, pages, page_name, role):
    client_as(role, municipality=glostrup())
    assert client.get(pages[page_name]).status_code == 404


@pytest.mark.parametrize("page_name", ["board", "municipalities", "course_start", "course_members"])
def test_anonymous_is_sent_to_login(client, pages, page_name):
    response = client.get(pages[page_name])
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_a_facilitator_of_the_course_cannot_manage_its_members(client, client_as):
    facilitator = client_as(Role.FACILITATOR)
    course = make_course(facilitators=[facilitator])
    url = reverse("municipalities:course_members", args=[course.pk])
    member = course.members.get()
    remove = reverse("municipalities:course_member_remove", args=[course.pk, member.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {"user": facilitator.pk, "role": "topleder"}).status_code == 404
    assert client.post(remove).status_code == 404
    assert course.members.get().role == CourseRole.EXTERNAL_FACILITATOR


def test_an_unknown_municipality_code_is_404(client, client_as):
    client_as(Role.EDITOR)
    url = reverse("municipalities:course_start", args=["9999"])
    assert client.get(url).status_code == 404


def test_the_navigation_shows_the_board_to_staff_only(client, client_as):
    board = reverse("municipalities:board")
    client_as(Role.FACILITATOR)
    assert f'href="{board}"' not in client.get(reverse("municipalities:dashboard")).content.decode()
    client.logout()
    client_as(Role.EDITOR)
    assert f'href="{board}"' in client.get(reverse("municipalities:dashboard")).content.decode()


# --- The board -------------------------------------------------------------------------------


@pytest.fixture
def board_courses(db):
    """Glostrup (Hovedstaden) by Anne, externally; Kolding (Syddanmark) by Bo, starter pack;
    Nordfyns (Syddanmark) by both, externally."""
    anne = make_user(Role.FACILITATOR, full_name="Anne Facilitator")
    bo = make_user(Role.FACILITATOR, full_name="Bo Facilitator")
    courses = {
        "glostrup": make_course("Glostrup", phase=Phase.PREPARATION, facilitators=[anne]),
        "kolding": make_course("Kolding", phase=Phase.FACILITATION, facilitators=[bo]),
        "nordfyns": make_course("Nordfyns", phase=Phase.PREPARATION, facilitators=[anne, bo]),
    }
    courses["kolding"].facilitation_model = FacilitationModel.STARTER_PACK
    courses["kolding"].save()
    return {"anne": anne, "bo": bo, **courses}


def test_the_board_has_a_column_per_phase_with_cards(client, client_as, board_courses):
    client_as(Role.EDITOR)
    GateCheck.objects.create(
        course=board_courses["glostrup"], item=GateItem.objects.filter(phase=1).first()
    )
    response = client.get(reverse("municipalities:board"))
    content = response.content.decode()
    columns = response.context["columns"]
    assert [column["phase"] for column in columns] == list(Phase)
    assert [card["course"].municipality.name for card in columns[Phase.PREPARATION]["cards"]] == [
        "Glostrup",
        "Nordfyns",
    ]
    # Sections with headings, cards as list items, counts in text.
    assert content.count('<section class="col" aria-labelledby="phase-') == len(Phase)
    assert '<h2 id="phase-1-heading"' in content
    assert "Fase 1 – Forberedelse" in content
    glostrup_card = content[content.index(board_courses["glostrup"].get_absolute_url()) :]
    glostrup_card = glostrup_card[: glostrup_card.index("</li>")]
    assert "Anne Facilitator" in glostrup_card
    assert "1 af 4" in glostrup_card  # gate progress in phase 1: 1 of its 4 criteria
    assert "Bo Facilitator" not in glostrup_card


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({}, {"glostrup", "kolding", "nordfyns"}),
        ({"region": "region_syddanmark"}, {"kolding", "nordfyns"}),
        ({"facilitator": "anne"}, {"glostrup", "nordfyns"}),
        ({"facilitator": "bo", "facilitation_model": "ekstern"}, {"nordfyns"}),
        ({"facilitation_model": "startpakke"}, {"kolding"}),
        ({"region": "region_hovedstaden", "facilitator": "bo"}, set()),
    ],
)
def test_filters_narrow_the_cards_and_keep_their_values(
    client, client_as, board_courses, query, expected
):
    client_as(Role.EDITOR)
    params = {}
    for name, value in query.items():
        if name == "region":
            place = "Glostrup" if value == "region_hovedstaden" else "Kolding"
            params[name] = Municipality.objects.get(name=place).region_id
        elif name == "facilitator":
            params[name] = board_courses[value].pk
        else:
            params[name] = value
    response = client.get(reverse("municipalities:board"), params)
    assert card_course_ids(response) == {board_courses[key].pk for key in expected}
    content = response.content.decode()
    for name, value in params.items():
        select = re.search(rf'<select name="{name}".*?</select>', content, re.S).group(0)
        assert re.search(rf'<option value="{value}" selected>', select), name


def test_a_tampered_filter_is_ignored_with_a_message(client, client_as, board_courses):
    client_as(Role.EDITOR)
    response = client.get(reverse("municipalities:board"), {"region": "x", "facilitator": "999"})
    assert response.status_code == 200
    assert len(card_course_ids(response)) == 3
    assert "Marker en gyldig valgmulighed" in response.content.decode()


def test_the_facilitator_filter_offers_only_external_facilitators(client, client_as, board_courses):
    client_as(Role.EDITOR)
    consultant = make_user(Role.INTERNAL_CONSULTANT, full_name="Carl Konsulent")
    CourseMember.objects.create(
        course=board_courses["glostrup"], user=consultant, role=CourseRole.KEY_PERSON
    )
    response = client.get(reverse("municipalities:board"))
    choices = dict(response.context["form"].fields["facilitator"].choices)
    assert set(choices) == {"", board_courses["anne"].pk, board_courses["bo"].pk}


def _populate(count: int, facilitators) -> None:
    """`count` courses across the municipalities, each with members, a workshop, a ticked
    criterion and phase history."""
    item = GateItem.objects.filter(phase=0).first()
    taken = set(Course.objects.values_list("municipality_id", flat=True))
    for index, municipality in enumerate(
        Municipality.objects.exclude(pk__in=taken).order_by("code")[:count]
    ):
        course = make_course(
            municipality.name,
            facilitators=[facilitators[index % len(facilitators)]],
            title=f"Forløb {index}",
        )
        Workshop.objects.create(course=course, held_on=datetime.date(2026, 10, 1))
        GateCheck.objects.create(course=course, item=item)
        PhaseChange.objects.create(
            course=course, kind=PhaseChange.Kind.START, to_phase=Phase.STARTUP
        )


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    ("name", "filtered"),
    [
        ("municipalities:board", False),
        ("municipalities:board", True),
        ("municipalities:municipalities", False),
    ],
)
def test_query_count_stays_flat_as_courses_grow(client, client_as, name, filtered):
    client_as(Role.ADMINISTRATOR)
    url = reverse(name)
    if filtered:
        region = Municipality.objects.get(name="Kolding").region_id
        url += f"?facilitation_model=ekstern&region={region}"
    facilitators = [make_user(Role.FACILITATOR) for _ in range(3)]
    _populate(5, facilitators)
    client.get(url)  # warm up: session and permission caches
    at_5 = _queries(client, url)
    _populate(45, facilitators)
    at_50 = _queries(client, url)
    assert Course.objects.count() == 50
    assert at_5 == at_50
    assert at_50 <= 10


# --- The table of municipalities -------------------------------------------------------------


def test_the_table_shows_every_municipality_with_its_current_course(client, client_as):
    client_as(Role.EDITOR)
    old = make_course("Glostrup", phase=Phase.CLOSED, title="Første forløb")
    old.start_date = datetime.date(2024, 1, 1)
    old.save()
    current = make_course("Glostrup", phase=Phase.FACILITATION, title="Andet forløb")
    closed_only = make_course("Kolding", phase=Phase.CLOSED, title="Afsluttet forløb")
    # A newer course that is closed does not hide the open one.
    newer_closed = make_course("Glostrup", phase=Phase.CLOSED, title="Nyt, lukket")
    newer_closed.start_date = datetime.date(2027, 1, 1)
    newer_closed.save()
    response = client.get(reverse("municipalities:municipalities"))
    rows = {row["municipality"].name: row for row in response.context["rows"]}
    content = response.content.decode()
    assert len(rows) == 98
    assert rows["Glostrup"]["course_pk"] == current.pk
    assert rows["Glostrup"]["phase"] == Phase.FACILITATION
    assert rows["Kolding"]["course_pk"] == closed_only.pk
    assert rows["Kolding"]["phase"] == Phase.CLOSED
    assert rows["Aabenraa"]["phase"] is None
    assert f'href="{current.get_absolute_url()}">Andet forløb</a>' in content
    assert content.count(reverse("municipalities:course_start", args=["0161"])) == 1
    assert content.count("nyt-forloeb/") == 98  # a start link per municipality


# --- Starting a course -----------------------------------------------------------------------


@pytest.fixture
def people(db):
    return {
        "facilitator": make_user(Role.FACILITATOR, full_name="Fie Facilitator"),
        "key_person": make_user(
            Role.INTERNAL_CONSULTANT, municipality=glostrup(), full_name="Kim Konsulent"
        ),
        "stranger": make_user(
            Role.LEADER,
            municipality=Municipality.objects.get(name="Kolding"),
            full_name="Lis Kolding",
        ),
        "inactive": make_user(Role.FACILITATOR, full_name="Ib Inaktiv", is_active=False),
    }


def start_data(**overrides):
    return {
        "title": "Mindre bøvl i ældreplejen",
        "area": "Ældreplejen",
        "facilitation_model": "ekstern",
        "approach": "systematisk",
        "start_date": "2026-09-01",
        "end_date": "2027-06-30",
        **overrides,
    }


def test_staff_start_a_course_with_its_facilitators_and_key_persons(client, client_as, people):
    editor = client_as(Role.EDITOR)
    response = client.post(
        reverse("municipalities:course_start", args=["0161"]),
        start_data(facilitators=[people["facilitator"].pk], key_persons=[people["key_person"].pk]),
    )
    course = Course.objects.get()
    assert response.status_code == 302
    assert response["Location"] == course.get_absolute_url()
    assert course.municipality.name == "Glostrup"
    assert course.phase == Phase.STARTUP
    assert (course.title, course.area, course.end_date) == (
        "Mindre bøvl i ældreplejen",
        "Ældreplejen",
        datetime.date(2027, 6, 30),
    )
    assert set(course.members.values_list("user__full_name", "role")) == {
        ("Fie Facilitator", CourseRole.EXTERNAL_FACILITATOR),
        ("Kim Konsulent", CourseRole.KEY_PERSON),
    }
    start = course.phase_changes.get()
    assert (start.kind, start.actor) == (PhaseChange.Kind.START, editor)


def test_the_start_form_offers_active_facilitators_and_the_municipalitys_people(
    client, client_as, people
):
    client_as(Role.EDITOR)
    response = client.get(reverse("municipalities:course_start", args=["0161"]))
    form = response.context["form"]
    assert people["facilitator"] in form.fields["facilitators"].queryset
    assert people["inactive"] not in form.fields["facilitators"].queryset
    assert list(form.fields["key_persons"].queryset) == [people["key_person"]]


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"title": ""}, "title", "Dette felt er påkrævet."),
        ({"start_date": "31.02.2026"}, "start_date", "Indtast en gyldig dato."),
        ({"end_date": "2026-08-01"}, "end_date", "Slutdatoen kan ikke ligge før startdatoen."),
        ({"facilitation_model": "hemmelig"}, "facilitation_model", "Marker en gyldig valgmulighed"),
        ({"key_persons": ["stranger"]}, "key_persons", "Marker en gyldig valgmulighed"),
        ({"facilitators": ["key_person"]}, "facilitators", "Marker en gyldig valgmulighed"),
    ],
)
def test_bad_input_is_explained_next_to_the_field_and_kept(
    client, client_as, people, overrides, field, message
):
    client_as(Role.EDITOR)
    for name in ("facilitators", "key_persons"):
        if name in overrides:
            overrides[name] = [people[key].pk for key in overrides[name]]
    response = client.post(
        reverse("municipalities:course_start", args=["0161"]), start_data(**overrides)
    )
    content = response.content.decode()
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    next_to_field = content.split(f'id="div_id_{field}"', 1)[1].split('id="div_id_', 1)[0]
    assert message in next_to_field
    assert 'value="Ældreplejen"' in content  # what was typed stays
    assert Course.objects.count() == 0
    assert PhaseChange.objects.count() == 0


def test_one_person_in_two_roles_is_refused(client, client_as, people):
    client_as(Role.EDITOR)
    facilitator_in_glostrup = make_user(
        Role.FACILITATOR, municipality=glostrup(), full_name="Gitte Begge"
    )
    response = client.post(
        reverse("municipalities:course_start", args=["0161"]),
        start_data(
            facilitators=[facilitator_in_glostrup.pk], key_persons=[facilitator_in_glostrup.pk]
        ),
    )
    assert response.status_code == 200
    assert "Gitte Begge" in " ".join(response.context["form"].errors["key_persons"])
    assert Course.objects.count() == 0


@pytest.mark.parametrize("role", NOT_STAFF)
def test_only_staff_may_post_a_new_course(client, client_as, role):
    client_as(role, municipality=glostrup())
    response = client.post(reverse("municipalities:course_start", args=["0161"]), start_data())
    assert response.status_code == 404
    assert Course.objects.count() == 0


# --- Members ---------------------------------------------------------------------------------


def test_staff_add_change_and_remove_members(client, client_as, people):
    client_as(Role.EDITOR)
    course = make_course("Glostrup", facilitators=[people["facilitator"]])
    url = reverse("municipalities:course_members", args=[course.pk])

    response = client.post(url, {"action": "add", "user": people["key_person"].pk, "role": "med"})
    assert response.status_code == 302
    member = course.members.get(user=people["key_person"])
    assert member.role == CourseRole.MED_REPRESENTATIVE

    response = client.post(url, {"action": "role", "member": member.pk, "role": "topleder"})
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.role == CourseRole.TOP_LEADER

    page = client.get(url).content.decode()
    assert "Kim Konsulent" in page
    assert '<option value="topleder" selected>' in page

    remove = reverse("municipalities:course_member_remove", args=[course.pk, member.pk])
    response = client.post(remove)
    assert response.status_code == 302
    assert response["Location"] == url
    assert list(course.members.values_list("user", flat=True)) == [people["facilitator"].pk]


def test_members_come_from_the_municipality_or_are_facilitators(client, client_as, people):
    client_as(Role.EDITOR)
    course = make_course("Glostrup")
    url = reverse("municipalities:course_members", args=[course.pk])
    choices = client.get(url).context["add_form"].fields["user"].queryset
    assert set(choices) == {people["facilitator"], people["key_person"]}
    response = client.post(url, {"action": "add", "user": people["stranger"].pk, "role": "med"})
    assert response.status_code == 200
    assert "Marker en gyldig valgmulighed" in response.content.decode()
    assert not course.members.exists()


def test_a_member_of_another_course_cannot_be_reached_through_this_one(client, client_as, people):
    client_as(Role.ADMINISTRATOR)
    course_a = make_course("Glostrup")
    course_b = make_course("Kolding", facilitators=[people["facilitator"]])
    member_b = course_b.members.get()
    remove = reverse("municipalities:course_member_remove", args=[course_a.pk, member_b.pk])
    assert client.post(remove).status_code == 404
    url = reverse("municipalities:course_members", args=[course_a.pk])
    response = client.post(url, {"action": "role", "member": member_b.pk, "role": "med"})
    assert response.status_code == 200
    member_b.refresh_from_db()
    assert member_b.role == CourseRole.EXTERNAL_FACILITATOR


def test_the_course_page_links_to_the_members_for_staff(client, client_as):
    facilitator = make_user(Role.FACILITATOR)
    course = make_course(facilitators=[facilitator])
    members_url = reverse("municipalities:course_members", args=[course.pk])
    login_with_mfa(client, facilitator)
    assert members_url not in client.get(course.get_absolute_url()).content.decode()
    client.logout()
    client_as(Role.EDITOR)
    assert members_url in client.get(course.get_absolute_url()).content.decode()


# --- Charts ----------------------------------------------------------------------------------


def _at(*args) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=timezone.get_current_timezone())  # Copenhagen


def _history(course: Course, *moves) -> None:
    for when, to_phase in moves:
        PhaseChange.objects.create(
            course=course, kind=PhaseChange.Kind.ADVANCE, to_phase=to_phase, created_at=when
        )


def _course(place: str, start: datetime.date) -> Course:
    course = make_course(place)
    course.start_date = start
    course.save()
    return course


def test_municipalities_per_phase_from_a_known_history(django_assert_num_queries):
    a = _course("Glostrup", datetime.date(2025, 9, 1))
    _history(
        a,
        (_at(2025, 9, 10, 9), Phase.STARTUP),
        (_at(2025, 11, 30, 23, 30), Phase.PREPARATION),  # still November in Copenhagen
        (_at(2026, 2, 1, 0, 10), Phase.FACILITATION),  # already February in Copenhagen
        (_at(2026, 6, 20, 9), Phase.FOLLOW_UP),  # after "now": not counted
    )
    b = _course("Kolding", datetime.date(2026, 1, 5))
    _history(
        b,
        (_at(2026, 1, 5, 9), Phase.STARTUP),
        (_at(2026, 3, 3, 9), Phase.PREPARATION),
        (_at(2026, 4, 4, 9), Phase.STARTUP),  # moved back
        (_at(2026, 5, 10, 9), Phase.PREPARATION),
        (_at(2026, 6, 1, 9), Phase.CLOSED),
    )
    # Kolding's second course, started later: from May it is Kolding's current course.
    c = _course("Kolding", datetime.date(2026, 5, 1))
    _history(c, (_at(2026, 5, 2, 9), Phase.STARTUP))
    # Only closed courses: the latest counts, as closed.
    d = _course("Nordfyns", datetime.date(2025, 8, 1))
    _history(d, (_at(2025, 8, 1, 9), Phase.STARTUP), (_at(2025, 12, 15, 9), Phase.CLOSED))

    with django_assert_num_queries(1):
        history = municipalities_per_phase(now=_at(2026, 6, 15, 12))

    assert [(month.month, month.counts) for month in history] == [
        (datetime.date(2025, 7, 1), (0, 0, 0, 0, 0, 0)),
        (datetime.date(2025, 8, 1), (1, 0, 0, 0, 0, 0)),
        (datetime.date(2025, 9, 1), (2, 0, 0, 0, 0, 0)),
        (datetime.date(2025, 10, 1), (2, 0, 0, 0, 0, 0)),
        (datetime.date(2025, 11, 1), (1, 1, 0, 0, 0, 0)),
        (datetime.date(2025, 12, 1), (0, 1, 0, 0, 0, 1)),
        (datetime.date(2026, 1, 1), (1, 1, 0, 0, 0, 1)),
        (datetime.date(2026, 2, 1), (1, 0, 1, 0, 0, 1)),
        (datetime.date(2026, 3, 1), (0, 1, 1, 0, 0, 1)),
        (datetime.date(2026, 4, 1), (1, 0, 1, 0, 0, 1)),
        (datetime.date(2026, 5, 1), (1, 0, 1, 0, 0, 1)),
        (datetime.date(2026, 6, 1), (1, 0, 1, 0, 0, 1)),
    ]
    assert history[-1].total == 3


def test_the_hand_over_ladder_accumulates_in_date_order(django_assert_num_queries):
    course = make_course()
    for held_on, lead in [
        ("2026-10-01", FacilitationLead.EXTERNAL),
        ("2026-11-01", FacilitationLead.SHARED),
        ("2026-12-01", FacilitationLead.LOCAL),
        ("2026-09-01", FacilitationLead.EXTERNAL),  # recorded last, held first
    ]:
        Workshop.objects.create(course=course, held_on=held_on, facilitation_lead=lead)
    course = Course.objects.for_workshops().get(pk=course.pk)
    with django_assert_num_queries(0):
        ladder = handover_ladder(course)
    assert [(str(s.workshop.held_on), s.external, s.shared, s.local) for s in ladder] == [
        ("2026-09-01", 1, 0, 0),
        ("2026-10-01", 2, 0, 0),
        ("2026-11-01", 2, 1, 0),
        ("2026-12-01", 2, 1, 1),
    ]
    assert [step.percents for step in ladder] == [
        [100, 0, 0],
        [100, 0, 0],
        [67, 33, 0],  # whole percents that add up to 100
        [50, 25, 25],
    ]


def test_the_board_draws_the_history_as_svg_and_as_a_table(client, client_as):
    client_as(Role.EDITOR)
    course = make_course("Glostrup")
    _history(course, (timezone.now(), Phase.STARTUP))
    content = client.get(reverse("municipalities:board")).content.decode()
    svg = re.search(r"<svg class=\"chart\".*?</svg>", content, re.S).group(0)
    assert 'role="img"' in svg
    assert re.search(r'aria-label="[^"]*Fase 0 – Opstart: 1;', svg)
    assert svg.count('class="chart-bar chart-phase-0"') == 1
    assert not re.search(r"\d,\d", svg), "coordinates must not be localised"
    assert "<caption>" in content
    assert '<th scope="row">' in content
    assert " style=" not in content  # the CSP forbids inline styles


def test_the_course_page_draws_the_hand_over_ladder(client, client_as):
    facilitator = client_as(Role.FACILITATOR)
    course = make_course(facilitators=[facilitator])
    url = reverse("municipalities:course_workshops", args=[course.pk])
    assert "chart-ladder" not in client.get(url).content.decode()  # no workshops, no chart
    Workshop.objects.create(course=course, held_on="2026-10-01")
    Workshop.objects.create(
        course=course, held_on="2026-11-01", facilitation_lead=FacilitationLead.LOCAL
    )
    with CaptureQueriesContext(connection) as two:
        content = client.get(url).content.decode()
    svg = re.search(r'<svg class="chart chart-ladder".*?</svg>', content, re.S).group(0)
    assert 'role="img"' in svg
    assert "50 %" in re.search(r'aria-label="([^"]*)"', svg).group(1)
    assert svg.count("<rect") == 3  # 1 external; then 1 external + 1 local
    assert "<caption>" in content[content.index("chart-ladder") :]
    assert " style=" not in content
    Workshop.objects.create(course=course, held_on="2026-12-01")
    with CaptureQueriesContext(connection) as three:
        client.get(url)
    assert len(three) == len(two)


def test_the_board_is_served_from_the_cache_until_a_course_changes(
    client, client_as, django_capture_on_commit_callbacks
):
    from municipalities.services import course_advance

    client_as(Role.ADMINISTRATOR)
    facilitator = make_user(Role.FACILITATOR)
    course = make_course("Glostrup", facilitators=[facilitator])
    url = reverse("municipalities:board")
    first = client.get(url).content.decode()
    with CaptureQueriesContext(connection) as queries:
        second = client.get(url).content.decode()
    board = lambda page: page.split('<form method="get"')[1].split("</main>")[0]  # noqa: E731
    assert board(second) == board(first)
    assert not any("municipalities_course" in q["sql"] for q in queries)  # not recomputed

    tick_all(course)
    with django_capture_on_commit_callbacks(execute=True):
        course_advance(course=course, actor=facilitator, expected_phase=0)
    third = client.get(url).content.decode()
    column = third.split('id="phase-1-heading"')[1].split("</section>")[0]
    assert "Glostrup" in column
