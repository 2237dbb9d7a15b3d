"""End-to-end journeys through the courses: the demo facilitator ticks Glostrup's last gate
criterion and moves the course on from Fase 1 to Fase 2, an administrator sees it move on the
portfolio board and filters the board, and a key actor from Langeland sees only Langeland's
course, read-only. axe-core checks every page on the way.

Elements are found by stable selectors (form actions, URLs, ids, roles, headings), so the course
page may be laid out differently; visible texts are asserted in Danish.
"""

import re

import pytest
from django.conf import settings
from django.urls import reverse
from playwright.sync_api import Locator, Page, expect

from municipalities.models import Course, GateItem, Phase, PhaseChange
from portal.accounts.models import User
from portal.demo.seed import seed_courses, seed_users
from tests.browser.test_foundation_journeys import (
    FACILITATOR_EMAIL,
    LOGIN_URL,
    LOGOUT_URL,
    PROFILE_URL,
    assert_accessible,
    enter_totp_code,
    header_login_link,
    serious_axe_violations,
    submit_login,
    url_path,
)

# transaction=True flushes the database after each test; serialized_rollback brings the
# migrations' reference data (municipalities, regions, gate criteria, role groups) back.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ADMIN_EMAIL = "admin@demo.invalid"
LANGELAND_LEADER_EMAIL = "leder@demo.invalid"
GLOSTRUP_TITLE = "Demo: Mindre bøvl i dagtilbud"
DEMO_MUNICIPALITIES = ["Glostrup", "Kolding", "Langeland", "Nordfyns"]
HOVEDSTADEN = "Region Hovedstaden"

FASE_1 = "Fase 1 – Forberedelse"
FASE_2 = "Fase 2 – Facilitering og train the trainer"
FASE_3 = "Fase 3 – Opfølgning og sparring"

DASHBOARD_URL = reverse("municipalities:dashboard")
BOARD_URL = reverse("municipalities:board")
MUNICIPALITIES_URL = reverse("municipalities:municipalities")


def axe_findings(page: Page, what: str) -> list[str]:
    """serious_axe_violations once CSS transitions have ended: right after a click the mouse
    still hovers the new button, and axe would otherwise measure a colour half-way through
    Bootstrap's .15s transition."""
    page.wait_for_function(
        "() => document.getAnimations().every(animation => animation.playState !== 'running')"
    )
    return serious_axe_violations(page, what)


def seed_demo() -> dict[str, Course]:
    """The demo users and courses, by municipality name."""
    seed_users()
    return {course.municipality.name: course for course in seed_courses()}


def log_in(page: Page, live_server, email: str, *, totp: bool) -> None:
    """Logs in from the header's login link; lands on the profile."""
    page.goto(f"{live_server.url}/")
    header_login_link(page).click()
    expect(page).to_have_url(url_path(LOGIN_URL))
    submit_login(page, email, settings.DEMO_PASSWORD)
    if totp:
        enter_totp_code(page, settings.DEMO_TOTP_SECRET)
    expect(page).to_have_url(url_path(PROFILE_URL))
    expect(header_login_link(page)).to_have_count(0)


def log_out(page: Page) -> None:
    page.locator(f'header form[action="{LOGOUT_URL}"] button[type="submit"]').click()
    expect(header_login_link(page)).to_be_visible()


def open_from_header(page: Page, path: str, name: str) -> None:
    link = page.locator(f'header nav a[href="{path}"]')
    expect(link).to_have_text(name)
    link.click()
    expect(page).to_have_url(url_path(path))
    expect(link).to_have_attribute("aria-current", "page")


def gate_forms(page: Page, course: Course) -> Locator:
    """The tick/undo forms of the course's gate criteria (one per criterion)."""
    prefix = f"/forloeb/{course.pk}/kriterier/"
    assert reverse("municipalities:gate_item", args=[course.pk, 1]).startswith(prefix)
    return page.locator(f'#gate form[action^="{prefix}"]')


def button_name(action: str, criterion: str) -> re.Pattern:
    """A gate button's accessible name; Chromium puts a space before the visually hidden ": …"."""
    return re.compile(rf"^{re.escape(action)} ?: {re.escape(criterion)}$")


def advance_form(page: Page, course: Course) -> Locator:
    return page.locator(f'form[action="{reverse("municipalities:advance", args=[course.pk])}"]')


def board_column(page: Page, phase_label: str) -> Locator:
    """The board's section for a phase, found by its heading ("Fase 2 – … 2 forløb")."""
    heading = page.get_by_role("heading", level=2, name=re.compile(rf"^{re.escape(phase_label)}"))
    expect(heading).to_have_count(1)
    return page.locator("main section").filter(has=heading)


def board_card(column: Locator, municipality: str) -> Locator:
    return column.get_by_role("listitem").filter(
        has=column.page.get_by_role("link", name=municipality, exact=True)
    )


def board_municipalities(page: Page) -> list[str]:
    """The municipality names on the board's cards, in all columns."""
    cards = page.locator("main section li").filter(has=page.locator('a[href^="/forloeb/"]'))
    names = [card.get_by_role("link").first.inner_text().strip() for card in cards.all()]
    return sorted(names)


def test_facilitator_advances_glostrup_to_fase_2_and_it_moves_on_the_board(page: Page, live_server):
    courses = seed_demo()
    glostrup = courses["Glostrup"]
    facilitator = User.objects.get(email=FACILITATOR_EMAIL)
    open_items = list(
        GateItem.objects.active().filter(phase=Phase.PREPARATION).exclude(checks__course=glostrup)
    )
    assert glostrup.phase == Phase.PREPARATION
    assert len(open_items) == 1, "the demo leaves exactly one Fase 1 criterion open"
    last_item = open_items[0]
    advances_before = PhaseChange.objects.filter(
        course=glostrup, kind=PhaseChange.Kind.ADVANCE
    ).count()
    course_url = glostrup.get_absolute_url()
    tick_url = reverse("municipalities:gate_item", args=[glostrup.pk, last_item.pk])

    log_in(page, live_server, FACILITATOR_EMAIL, totp=True)

    # "Mine forløb": the four demo courses, Glostrup's in Fase 1 with 3 of its 4 criteria.
    open_from_header(page, DASHBOARD_URL, "Forløb")
    expect(page.get_by_role("heading", level=1)).to_have_text("Mine forløb")
    rows = page.locator("main table tbody tr")
    expect(rows).to_have_count(4)
    for name in DEMO_MUNICIPALITIES:
        expect(rows.filter(has_text=name)).to_have_count(1)
    glostrup_row = rows.filter(has=page.locator(f'a[href="{course_url}"]'))
    expect(glostrup_row).to_contain_text("Glostrup")
    expect(glostrup_row).to_contain_text(FASE_1)
    expect(glostrup_row).to_contain_text("3 af 4")
    found = axe_findings(page, f"{DASHBOARD_URL} (Mine forløb)")

    glostrup_row.get_by_role("link", name=GLOSTRUP_TITLE).click()
    expect(page).to_have_url(url_path(course_url))
    expect(page.get_by_role("heading", level=1)).to_have_text(GLOSTRUP_TITLE)
    expect(page.locator('[aria-current="step"]')).to_contain_text(FASE_1)
    gate = page.locator("#gate")
    expect(gate.get_by_role("heading", level=2)).to_have_text("Kriterier for at afslutte fasen")
    expect(page.locator("#gate-progress")).to_have_text(re.compile(r"^3 af 4 krydset af"))
    # One form per criterion; only the open one offers "Kryds af", the others "Fortryd".
    expect(gate_forms(page, glostrup)).to_have_count(4)
    expect(gate.get_by_role("button", name=re.compile(r"^Kryds af"))).to_have_count(1)
    expect(gate.get_by_role("button", name=re.compile(r"^Fortryd"))).to_have_count(3)
    # Not every criterion is ticked: moving on would need a written reason.
    expect(advance_form(page, glostrup).locator("textarea")).to_have_count(1)
    found += axe_findings(page, f"{course_url} (Fase 1, one criterion open)")

    tick_form = page.locator(f'#gate form[action="{tick_url}"]')
    tick_button = tick_form.get_by_role("button")
    # The button names its criterion (visually hidden), e.g. "Kryds af: Datoerne for …".
    expect(tick_button).to_have_accessible_name(button_name("Kryds af", last_item.text))
    with page.expect_response(lambda r: r.url.endswith(tick_url)) as ticked:
        tick_button.click()
    # htmx posted it and swapped #gate in place: no redirect, no new page.
    response = ticked.value
    assert response.status == 200, response.status
    assert response.request.headers.get("hx-request") == "true"
    expect(page).to_have_url(url_path(course_url))
    expect(page.locator("#gate-progress")).to_have_text(re.compile(r"^4 af 4 krydset af"))
    expect(page.locator("#gate")).to_have_count(1)
    expect(gate.get_by_role("button", name=re.compile(r"^Kryds af"))).to_have_count(0)
    expect(tick_form.get_by_role("button")).to_have_accessible_name(
        button_name("Fortryd", last_item.text)
    )
    assert glostrup.gate_checks.filter(item=last_item, checked_by=facilitator).exists()
    # All criteria met: the advance form no longer asks for a reason.
    expect(advance_form(page, glostrup)).to_contain_text("Alle kriterier er opfyldt")
    expect(advance_form(page, glostrup).locator("textarea")).to_have_count(0)
    found += axe_findings(page, f"{course_url} (Fase 1, all criteria ticked)")

    advance_button = advance_form(page, glostrup).get_by_role("button")
    expect(advance_button).to_have_text(f"Gå videre til {FASE_2}")
    advance_button.click()

    expect(page).to_have_url(url_path(course_url))
    expect(page.get_by_role("status").filter(has_text="Forløbet er nu i")).to_have_text(
        f"Forløbet er nu i {FASE_2}."
    )
    expect(page.locator('[aria-current="step"]')).to_have_count(1)
    expect(page.locator('[aria-current="step"]')).to_contain_text(FASE_2)
    expect(page.locator("main .badge", has_text=FASE_2).first).to_be_visible()
    # The gate is now Fase 2's: five criteria, none ticked yet.
    expect(page.locator("#gate-progress")).to_have_text(re.compile(r"^0 af 5 krydset af"))
    expect(advance_form(page, glostrup).get_by_role("button")).to_have_text(
        f"Gå videre til {FASE_3}"
    )
    found += axe_findings(page, f"{course_url} (after moving on to Fase 2)")

    glostrup.refresh_from_db()
    assert glostrup.phase == Phase.FACILITATION
    advances = PhaseChange.objects.filter(course=glostrup, kind=PhaseChange.Kind.ADVANCE)
    assert advances.count() == advances_before + 1
    change = advances.latest("created_at", "pk")
    assert (change.from_phase, change.to_phase, change.actor) == (
        Phase.PREPARATION,
        Phase.FACILITATION,
        facilitator,
    )
    assert not PhaseChange.objects.filter(course=glostrup, kind=PhaseChange.Kind.OVERRIDE).exists()

    # The facilitator has no board; an administrator sees Glostrup moved to Fase 2 there.
    expect(page.locator(f'header nav a[href="{BOARD_URL}"]')).to_have_count(0)
    log_out(page)
    log_in(page, live_server, ADMIN_EMAIL, totp=True)
    open_from_header(page, BOARD_URL, "Porteføljetavle")
    expect(page.get_by_role("heading", level=1)).to_have_text("Porteføljetavle")
    fase_2 = board_column(page, FASE_2)
    expect(board_card(fase_2, "Glostrup")).to_have_count(1)
    expect(board_card(fase_2, "Glostrup")).to_contain_text(GLOSTRUP_TITLE)
    expect(board_card(fase_2, "Nordfyns")).to_have_count(1)
    fase_1 = board_column(page, FASE_1)
    expect(board_card(fase_1, "Glostrup")).to_have_count(0)
    expect(fase_1).to_contain_text("Ingen forløb i denne fase.")
    found += axe_findings(page, f"{BOARD_URL} (after Glostrup moved)")
    assert_accessible(found)


def test_administrator_filters_the_board_by_region(page: Page, live_server):
    courses = seed_demo()
    log_in(page, live_server, ADMIN_EMAIL, totp=True)

    open_from_header(page, BOARD_URL, "Porteføljetavle")
    expect(page.locator("#board-count")).to_have_text("4 forløb på tavlen")
    assert board_municipalities(page) == DEMO_MUNICIPALITIES
    expect(board_card(board_column(page, FASE_1), "Glostrup")).to_contain_text(GLOSTRUP_TITLE)
    found = axe_findings(page, f"{BOARD_URL} (unfiltered)")

    filters = page.locator("main form").filter(
        has=page.get_by_role("heading", name="Filtrér forløbene")
    )
    expect(filters).to_have_count(1)
    region = filters.get_by_label("Region", exact=True)
    expect(region).to_have_value("")
    region.select_option(label=HOVEDSTADEN)
    found += axe_findings(page, f"{BOARD_URL} (filters filled in)")
    filters.get_by_role("button", name="Filtrér").click()

    hovedstaden = courses["Glostrup"].municipality.region
    assert hovedstaden.name == HOVEDSTADEN
    expect(page).to_have_url(re.compile(rf"{re.escape(BOARD_URL)}\?(.*&)?region={hovedstaden.pk}"))
    expect(page.locator("#board-count")).to_have_text("1 forløb på tavlen (filtreret)")
    assert board_municipalities(page) == ["Glostrup"]
    for name in ["Kolding", "Langeland", "Nordfyns"]:
        assert courses[name].municipality.region.name == "Region Syddanmark"
        expect(page.locator("main").get_by_role("link", name=name, exact=True)).to_have_count(0)
    expect(board_card(board_column(page, FASE_1), "Glostrup")).to_have_count(1)
    # The form shows the filter in use.
    expect(filters.get_by_label("Region", exact=True)).to_have_value(str(hovedstaden.pk))
    found += axe_findings(page, f"{BOARD_URL}?region={hovedstaden.pk} (filtered)")

    page.get_by_role("link", name="Ryd filtrene").click()
    expect(page).to_have_url(url_path(BOARD_URL))
    expect(page.locator("#board-count")).to_have_text("4 forløb på tavlen")

    # The table of all 98 municipalities, with their phase or "Ikke startet".
    page.locator(f'main a[href="{MUNICIPALITIES_URL}"]').click()
    expect(page).to_have_url(url_path(MUNICIPALITIES_URL))
    expect(page.get_by_role("heading", level=1)).to_have_text("Alle kommuner")
    rows = page.locator("main table tbody tr")
    expect(rows).to_have_count(98)
    glostrup_row = rows.filter(has=page.get_by_role("rowheader", name="Glostrup", exact=True))
    expect(glostrup_row).to_contain_text(HOVEDSTADEN)
    expect(glostrup_row).to_contain_text(FASE_1)
    expect(glostrup_row.get_by_role("link", name=GLOSTRUP_TITLE)).to_have_attribute(
        "href", courses["Glostrup"].get_absolute_url()
    )
    expect(rows.filter(has_text="Ikke startet")).to_have_count(94)
    found += axe_findings(page, MUNICIPALITIES_URL)
    assert_accessible(found)


def test_langeland_key_actor_sees_only_langelands_course_read_only(page: Page, live_server):
    courses = seed_demo()
    langeland, glostrup = courses["Langeland"], courses["Glostrup"]

    # A leader has no MFA requirement: the password alone logs in.
    log_in(page, live_server, LANGELAND_LEADER_EMAIL, totp=False)
    open_from_header(page, DASHBOARD_URL, "Forløb")
    rows = page.locator("main table tbody tr")
    expect(rows).to_have_count(1)
    expect(rows).to_contain_text("Langeland")
    found = axe_findings(page, f"{DASHBOARD_URL} (key actor)")

    rows.locator(f'a[href="{langeland.get_absolute_url()}"]').click()
    expect(page).to_have_url(url_path(langeland.get_absolute_url()))
    expect(page.get_by_role("heading", level=1)).to_have_text(langeland.title)
    expect(page.locator('[aria-current="step"]')).to_contain_text("Fase 0 – Opstart")
    # The gate is shown, but read-only: no tick buttons, no advance form, nothing to edit.
    expect(page.locator("#gate-progress")).to_have_text(re.compile(r"^0 af 5 krydset af"))
    expect(gate_forms(page, langeland)).to_have_count(0)
    expect(advance_form(page, langeland)).to_have_count(0)
    expect(page.locator("#gate").get_by_role("button")).to_have_count(0)
    expect(page.locator("main form")).to_have_count(0)
    edit_links = page.locator(
        f'main a[href^="/forloeb/{langeland.pk}/"]:is([href*="/ny/"], [href$="/aftale/"],'
        ' [href$="/deltagere/"])'
    )
    expect(edit_links).to_have_count(0)
    found += axe_findings(page, f"{langeland.get_absolute_url()} (read-only)")

    # Another municipality's course does not exist for them: 404, with the site's 404 page.
    # Asked with the page's own session (cookies), not by navigating: Chromium reports every
    # document answered with 404 as a console error, which _no_console_errors rightly fails on.
    response = page.request.get(f"{live_server.url}{glostrup.get_absolute_url()}")
    assert response.status == 404, response.status
    body = response.text()
    assert "Siden blev ikke fundet" in body
    assert GLOSTRUP_TITLE not in body
    # Nor can they tick its criteria or move it on (CSRF token from their own page).
    token = page.locator('header form input[name="csrfmiddlewaretoken"]').input_value()
    for url in [
        reverse("municipalities:gate_item", args=[glostrup.pk, 1]),
        reverse("municipalities:advance", args=[glostrup.pk]),
        reverse("municipalities:advance", args=[langeland.pk]),
    ]:
        posted = page.request.post(
            f"{live_server.url}{url}",
            form={"csrfmiddlewaretoken": token, "done": "1", "expected_phase": "0"},
            headers={"Referer": page.url},
            max_redirects=0,
        )
        assert posted.status == 404, (url, posted.status)
    langeland.refresh_from_db()
    glostrup.refresh_from_db()
    assert (langeland.phase, glostrup.phase) == (Phase.STARTUP, Phase.PREPARATION)
    assert_accessible(found)
