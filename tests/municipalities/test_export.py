"""The CSV export of every course's status."""

import csv
import datetime
import io

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from municipalities.models import CourseMember, CourseRole, GateCheck, GateItem, Phase, Workshop
from portal.accounts.roles import Role
from tests.accounts.factories import login_with_mfa, make_user
from tests.municipalities.factories import make_course

pytestmark = pytest.mark.django_db

URL = reverse("municipalities:export")
BOM = "\ufeff".encode()
# The documented columns (README.md), by their English msgids, in order.
COLUMN_MSGIDS = [
    "Municipality",
    "Municipality code",
    "Region",
    "Course",
    "Area",
    "Facilitation model",
    "Approach",
    "Phase",
    "In the phase since",
    "Days in phase",
    "Criteria met",
    "Criteria in total",
    "Workshops",
    "Latest workshop",
    "Facilitators",
    "Start date",
    "Planned end",
]


def header():
    with translation.override(settings.LANGUAGE_CODE):
        return [gettext(msgid) for msgid in COLUMN_MSGIDS]


def read(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response.content.startswith(BOM)
    text = response.content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text), delimiter=";"))


@pytest.fixture
def editor(client):
    user = make_user(Role.EDITOR)
    login_with_mfa(client, user)
    return user


def test_a_row_per_course_with_the_documented_columns(client, editor):
    today = timezone.localdate()
    hanne = make_user(Role.FACILITATOR, full_name="Hanne Holm")
    bo = make_user(Role.FACILITATOR, full_name="Bo Ørsted")
    glostrup = make_course(
        "Glostrup",
        phase=Phase.PREPARATION,
        facilitators=[bo, hanne],
        members=[(make_user(Role.LEADER, full_name="Ikke Facilitator"), CourseRole.TOP_LEADER)],
        title="=Bøvl; æøå",
        days_in_phase=12,
    )
    glostrup.area = "Dagtilbud"
    glostrup.end_date = datetime.date(2027, 6, 30)
    glostrup.save()
    items = list(GateItem.objects.active().filter(phase=1))
    GateCheck.objects.create(course=glostrup, item=items[0])
    GateCheck.objects.create(course=glostrup, item=items[1])
    # A tick from another phase does not count for the current one.
    GateCheck.objects.create(course=glostrup, item=GateItem.objects.filter(phase=0)[0])
    Workshop.objects.create(course=glostrup, held_on=today - datetime.timedelta(days=20))
    Workshop.objects.create(course=glostrup, held_on=today - datetime.timedelta(days=3))
    Workshop.objects.create(course=glostrup, held_on=today + datetime.timedelta(days=30))
    kolding = make_course("Kolding")

    response = client.get(URL)
    rows = read(response)

    assert response["Content-Disposition"].startswith('attachment; filename="')
    assert rows[0] == header()
    assert len(rows[0]) == 17
    assert len(rows) == 3
    by_municipality = {row[0]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}
    assert set(by_municipality) == {"Glostrup", "Kolding"}
    g = list(by_municipality["Glostrup"].values())
    with translation.override(settings.LANGUAGE_CODE):
        expected = [
            "Glostrup",
            "0161",
            "Region Hovedstaden",
            "'=Bøvl; æøå",  # a leading = would make Excel run a formula
            "Dagtilbud",
            str(glostrup.get_facilitation_model_display()),
            str(glostrup.get_approach_display()),
            str(glostrup.phase_label),
            (today - datetime.timedelta(days=12)).isoformat(),
            "12",
            "2",
            str(len(items)),
            "3",
            (today - datetime.timedelta(days=3)).isoformat(),
            "Bo Ørsted, Hanne Holm",
            "2026-09-01",
            "2027-06-30",
        ]
    assert g == expected
    k = list(by_municipality["Kolding"].values())
    assert k[1] == kolding.municipality.code
    assert k[10:16] == ["0", "5", "0", "", "", "2026-09-01"]
    assert k[16] == ""


def test_the_header_is_danish_whatever_the_page_language(client, editor):
    make_course("Glostrup")
    english = read(client.get(URL, headers={"accept-language": "en"}))[0]
    assert english == header()


def test_courses_without_members_and_of_every_phase_are_included(client, editor):
    for phase, municipality in zip(
        Phase, ["Glostrup", "Kolding", "Odense", "Aarhus", "Vejle", "Herning"], strict=True
    ):
        make_course(municipality, phase=phase)
    rows = read(client.get(URL))
    assert len(rows) == 1 + len(Phase)


def test_the_export_takes_a_fixed_number_of_queries(client, editor):
    facilitator = make_user(Role.FACILITATOR)
    municipalities = ["Glostrup", "Kolding", "Odense", "Aarhus", "Vejle"]

    def queries_for(n):
        for i in range(n):
            course = make_course(municipalities[i % 5], facilitators=[facilitator])
            CourseMember.objects.create(
                course=course, user=make_user(), role=CourseRole.EXTERNAL_FACILITATOR
            )
            Workshop.objects.create(course=course, held_on=datetime.date(2026, 10, 1))
        with CaptureQueriesContext(connection) as queries:
            rows = read(client.get(URL))
        return len(queries), len(rows)

    few, rows_few = queries_for(5)
    many, rows_many = queries_for(45)
    assert (rows_few, rows_many) == (6, 51)
    assert few == many


@pytest.mark.parametrize("role", [Role.EDITOR, Role.ADMINISTRATOR])
def test_staff_who_see_every_course_may_export(client, role):
    login_with_mfa(client, make_user(role))
    assert client.get(URL).status_code == 200


@pytest.mark.parametrize(
    "role", [Role.FACILITATOR, Role.LEADER, Role.INTERNAL_CONSULTANT, Role.EMPLOYEE, None]
)
def test_everyone_else_gets_404(client, role):
    make_course("Glostrup")
    login_with_mfa(client, make_user(role))
    assert client.get(URL).status_code == 404


def test_anonymous_is_sent_to_the_login(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_the_dashboard_links_to_the_export_for_staff_only(client):
    login_with_mfa(client, make_user(Role.EDITOR))
    assert URL in client.get(reverse("municipalities:dashboard")).content.decode()
    client.logout()
    login_with_mfa(client, make_user(Role.FACILITATOR))
    assert URL not in client.get(reverse("municipalities:dashboard")).content.decode()


def test_the_readme_documents_every_column():
    from pathlib import Path

    readme = (Path(settings.BASE_DIR) / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Course export (CSV)")[1]
    danish = [
        "Kommune",
        "Kommunekode",
        "Region",
        "Forløb",
        "Område",
        "Faciliteringsmodel",
        "Tilgang",
        "Fase",
        "I fasen siden",
        "Dage i fasen",
        "Kriterier opfyldt",
        "Kriterier i alt",
        "Workshops",
        "Seneste workshop",
        "Facilitatorer",
        "Startdato",
        "Planlagt slut",
    ]
    for name in danish:
        assert f"`{name}`" in section, name
