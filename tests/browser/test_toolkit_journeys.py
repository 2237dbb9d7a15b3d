"""End-to-end journeys through the tool library: the demo shop steward filters the library
("Jeg er …", step), downloads a simplified tool as a PDF and a print basket as one PDF; the demo
facilitator downloads Langeland's starter pack from the course page; an anonymous visitor
browses the library without seeing restricted tools. axe-core checks every page on the way.

The Danish translations of the toolkit's strings may lag behind the code, so buttons and links
are found by ids, form actions, URLs, or by role with a name that accepts both languages.

PDFs: the `celery_eager` fixture sets `task_always_eager` on the portal's Celery app. That app
is also Celery's default app (its Django fixup makes it so, and `shared_task` resolves to it in
any thread), and its config object is shared by all threads, so the live server's request
thread runs `render_pdf` inline in `on_commit`, right after the view's transaction: the job page
is "done" when it first loads, whatever the broker (in CI REDIS_URL is set and nothing would
otherwise render). Once, the shop steward's first PDF is held in the queue instead
(`hold_pdf_jobs`), so the job page really polls with htmx until the test renders the job.
"""

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from io import BytesIO
from pathlib import Path

import pytest
from django.urls import reverse
from playwright.sync_api import Download, Locator, Page, expect
from pypdf import PdfReader

from portal.demo.seed import seed_courses, seed_tools, seed_users
from tests.browser.test_course_journeys import axe_findings, log_in
from tests.browser.test_foundation_journeys import (
    assert_accessible,
    serious_axe_violations,
    url_path,
)
from toolkit import tasks as toolkit_tasks
from toolkit.models import JobStatus, RenderJob, Tool

# transaction=True flushes the database after each test; serialized_rollback brings the
# migrations' reference data (municipalities, regions, role groups) back.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

SHOP_STEWARD_EMAIL = "tillidsvalgt@demo.invalid"
FACILITATOR_EMAIL = "facilitator@demo.invalid"

LIBRARY_URL = reverse("toolkit:library")
BASKET_URL = reverse("toolkit:basket")
JOB_URL = re.compile(r"^https?://[^/]+/vaerktoejer/pdf/[0-9a-f-]{36}/$")
assert reverse("toolkit:job", args=["00000000-0000-0000-0000-000000000000"]).startswith(
    "/vaerktoejer/pdf/"
)

# Demo tools (portal/demo/tool_content.py).
STEP_2_SIMPLIFIED = "Bøvl-jagt på personalemødet"  # step 2, for shop stewards
STEP_2_SHEET = "Udfordringsark"  # step 2, simplified, for shop stewards
STEP_2_FOR_SHOP_STEWARDS = [
    "Forenklingens fire F'er",
    "De 4 F'er på én side",
    "Bøvl-indsamling: interview, observation, registrering, spørgeskema",
    STEP_2_SIMPLIFIED,
    "Udfordringsbeskrivelse og interessentkort",
    STEP_2_SHEET,
]
STEP_1_ONLY = "Intromøde på 1 time"  # step 1 only, for shop stewards too
RESTRICTED_FULL = "De 4 vurderingsværktøjer"  # facilitators and internal consultants only
PUBLIC_FULL_FOR_FACILITATORS = "Drejebog: brainstorm-workshop"

# Both languages: the Danish translations of the new strings may not be compiled yet.
DOWNLOAD_AS_PDF = re.compile(r"^(Hent som PDF|Download as PDF)$")
ADD_TO_BASKET = re.compile(r"^(Læg i printkurv|Add to print basket)")
REMOVE_FROM_BASKET = re.compile(r"^(Fjern fra printkurv|Remove from print basket)")
BASKET = re.compile(r"^(Printkurv|Print basket)")
DOWNLOAD_ALL = re.compile(r"^(Hent alle som én PDF|Download all as one PDF)$")
DOWNLOAD_THE_PDF = re.compile(r"^(Hent PDF['’]en|Download the PDF)$")  # ’ in the Danish
FILTER_AND_SEARCH = re.compile(r"^(Filtr[eé]r og søg|Filter and search)$")
SHOW_TOOLS = re.compile(r"^(Vis værktøjer|Show tools)$")
I_AM = re.compile(r"^(Jeg er|I am) …$")
STARTER_PACK = re.compile(r"^(Startpakke|Starter pack)$")
DOWNLOAD_STARTER_PACK = re.compile(r"^(Hent startpakken|Download the starter pack)")

# Rendering a PDF inline in the request takes a moment, a starter pack a few seconds.
PDF_TIMEOUT_MS = 60_000


def library_cards(page: Page) -> Locator:
    return page.locator("#library-results article")


def card_titles(page: Page) -> list[str]:
    return [title.strip() for title in library_cards(page).locator("h2").all_inner_texts()]


def card(page: Page, title: str) -> Locator:
    return library_cards(page).filter(
        has=page.get_by_role("heading", level=2, name=title, exact=True)
    )


def choose_role(page: Page, audience: str) -> None:
    """Clicks a "Jeg er …" button (a link to ?rolle=…) and checks it is marked as chosen."""
    roles = page.get_by_role("navigation", name=I_AM)
    button = roles.locator(f'a[href="?rolle={audience}"]')
    expect(button).to_have_count(1)
    button.click()
    expect(page).to_have_url(re.compile(rf"{re.escape(LIBRARY_URL)}\?rolle={audience}$"))
    expect(roles.locator(f'a[href="?rolle={audience}"]')).to_have_attribute("aria-current", "true")
    expect(roles.locator("a[aria-current]")).to_have_count(1)


def pdf_text(data: bytes) -> str:
    """The PDF's text, NFKC-normalised (ligatures split) with whitespace collapsed, so a title
    broken over two lines is still found."""
    reader = PdfReader(BytesIO(data))
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


@contextmanager
def hold_pdf_jobs(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Queues nothing while open: the ids of the jobs the views would queue are collected
    instead (the services import `render_pdf` from toolkit.tasks when they queue one)."""
    held: list[str] = []

    class Held:
        @staticmethod
        def delay(job_id: str) -> None:
            held.append(job_id)

    with monkeypatch.context() as patch:
        patch.setattr(toolkit_tasks, "render_pdf", Held)
        yield held


def download_from_job_page(
    page: Page, tmp_path: Path, expected_title: str | re.Pattern
) -> tuple[bytes, str]:
    """On a job page: waits (htmx polls) for the download link, downloads the PDF and checks
    that it is one. Returns its bytes and suggested file name."""
    expect(page).to_have_url(JOB_URL)
    expect(page.locator("main p.lead")).to_have_text(expected_title)
    status = page.locator("#job-status")
    link = status.get_by_role("link", name=DOWNLOAD_THE_PDF)
    expect(link).to_be_visible(timeout=PDF_TIMEOUT_MS)
    # Done: htmx has stopped polling, the status is plain text for the screen reader.
    expect(status).not_to_have_attribute("hx-get", re.compile(".*"))
    expect(status).to_contain_text(re.compile(r"PDF"))
    with page.expect_download() as info:
        link.click()
    download: Download = info.value
    assert download.failure() is None, download.failure()
    name = download.suggested_filename
    target = tmp_path / name
    download.save_as(target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF"), data[:16]
    assert name.endswith(".pdf"), name
    return data, name


def test_shop_steward_filters_the_library_downloads_a_tool_and_a_print_basket(
    page: Page, live_server, celery_eager, tmp_path, monkeypatch
):
    seed_users()
    seed_tools()
    log_in(page, live_server, SHOP_STEWARD_EMAIL, totp=False)

    # Værktøjer, from the header.
    tools_link = page.locator(f'header nav a[href="{LIBRARY_URL}"]')
    tools_link.click()
    expect(page).to_have_url(url_path(LIBRARY_URL))
    expect(tools_link).to_have_attribute("aria-current", "page")
    expect(page.locator("html")).to_have_attribute("lang", "da")
    expect(library_cards(page).first).to_be_visible()

    # "Jeg er tillidsvalgt": a chosen role is a filter in use, so the filter panel opens with it.
    choose_role(page, "tillidsvalgt")
    toggle = page.locator('button[aria-controls="filter-panel"]')
    panel = page.locator("#filter-panel")
    expect(toggle).to_have_accessible_name(FILTER_AND_SEARCH)
    titles = card_titles(page)
    assert STEP_1_ONLY in titles and STEP_2_SIMPLIFIED in titles, titles
    assert RESTRICTED_FULL not in titles, titles
    # The panel collapses and opens again with its button (Bootstrap's collapse).
    if toggle.get_attribute("aria-expanded") == "true":
        expect(panel).to_be_visible()
        toggle.click()
        expect(toggle).to_have_attribute("aria-expanded", "false")
        expect(panel).to_be_hidden()
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(panel).to_have_class(re.compile(r"\bshow\b"))  # the collapse has finished
    expect(panel).to_be_visible()

    form = panel.get_by_role("search")
    expect(form.locator("#id_rolle")).to_have_value("tillidsvalgt")
    form.locator("#id_trin").select_option("2")
    form.get_by_role("button", name=SHOW_TOOLS).click()
    expect(page).to_have_url(re.compile(rf"{re.escape(LIBRARY_URL)}\?(.*&)?trin=2(&|$)"))
    expect(page).to_have_url(re.compile(r"[?&]rolle=tillidsvalgt(&|$)"))
    # Filters in use: the panel is open after the page load, showing them.
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(panel).to_be_visible()
    expect(panel.locator("#id_trin")).to_have_value("2")
    expect(panel.locator("#id_rolle")).to_have_value("tillidsvalgt")
    found = axe_findings(page, f"{LIBRARY_URL}?rolle=tillidsvalgt&trin=2 (filter panel open)")

    # Only tools for step 2 and shop stewards.
    expect(library_cards(page)).to_have_count(len(STEP_2_FOR_SHOP_STEWARDS))
    assert sorted(card_titles(page)) == sorted(STEP_2_FOR_SHOP_STEWARDS), card_titles(page)
    expect(card(page, STEP_2_SIMPLIFIED)).to_have_count(1)
    expect(card(page, STEP_2_SHEET)).to_have_count(1)
    expect(card(page, STEP_1_ONLY)).to_have_count(0)
    for title in STEP_2_FOR_SHOP_STEWARDS:
        tool = Tool.objects.get(title=title)
        assert 2 in tool.steps and "tillidsvalgt" in set(
            tool.audience_rows.values_list("audience", flat=True)
        ), title
        expect(card(page, title)).to_contain_text(re.compile(r"(Trin|Step) 2"))

    # A simplified tool's page, reached from its card (which keeps the chosen role).
    tool = Tool.objects.get(title=STEP_2_SIMPLIFIED)
    assert tool.is_simplified
    card(page, STEP_2_SIMPLIFIED).get_by_role("link", name=STEP_2_SIMPLIFIED).click()
    expect(page).to_have_url(
        re.compile(rf"{re.escape(tool.get_absolute_url())}\?rolle=tillidsvalgt$")
    )
    expect(page.get_by_role("heading", level=1)).to_have_text(STEP_2_SIMPLIFIED)
    found += axe_findings(page, tool.get_absolute_url())

    # "Hent som PDF": the job is queued and the job page polls until the PDF is made.
    pdf_button = page.locator(
        f'form[action="{reverse("toolkit:tool_pdf", args=[tool.slug])}"]'
    ).get_by_role("button", name=DOWNLOAD_AS_PDF)
    with hold_pdf_jobs(monkeypatch) as held:
        pdf_button.click()
        expect(page).to_have_url(JOB_URL)
        status = page.locator("#job-status")
        expect(status).to_have_attribute("hx-trigger", re.compile(r"every"))
        expect(status).to_contain_text(re.compile("PDF"))
        expect(status.get_by_role("link")).to_have_count(0)
        # Not axe_findings: the spinner's animation never ends.
        found += serious_axe_violations(page, "tool's job page (in the queue)")
    job = RenderJob.objects.get(tool=tool)
    assert held == [str(job.pk)], held
    assert job.status == JobStatus.QUEUED
    job_url = page.url
    # The worker's part, done here: htmx's next poll swaps the download link in.
    with page.expect_response(
        lambda r: r.url == job_url and r.request.headers.get("hx-request") == "true"
    ):
        assert toolkit_tasks.render_pdf.delay(str(job.pk)).get() == JobStatus.DONE
    data, name = download_from_job_page(page, tmp_path, STEP_2_SIMPLIFIED)
    expect(page).to_have_url(job_url)  # no reload: htmx updated the page in place
    assert name == "boevl-jagt-paa-personalemoedet.pdf", name
    assert STEP_2_SIMPLIFIED in pdf_text(data)
    job.refresh_from_db()
    assert job.status == JobStatus.DONE
    found += axe_findings(page, f"{job.get_absolute_url()} (done)")

    # The print basket: one tool from its own page …
    page.go_back()
    expect(page.get_by_role("heading", level=1)).to_have_text(STEP_2_SIMPLIFIED)
    page.reload()  # the back/forward cache may show the page as it was
    page.get_by_role("button", name=ADD_TO_BASKET).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(STEP_2_SIMPLIFIED)
    expect(page.get_by_role("status").filter(has_text=STEP_2_SIMPLIFIED)).to_be_visible()
    expect(page.get_by_role("button", name=REMOVE_FROM_BASKET)).to_be_visible()
    expect(page.get_by_role("button", name=ADD_TO_BASKET)).to_have_count(0)

    # … and one from its card in the library.
    page.get_by_role("navigation", name=re.compile("Brødkrumme|Breadcrumb")).get_by_role(
        "link"
    ).first.click()
    expect(page).to_have_url(re.compile(rf"{re.escape(LIBRARY_URL)}\?rolle=tillidsvalgt$"))
    sheet_card = card(page, STEP_2_SHEET)
    add = sheet_card.get_by_role("button", name=ADD_TO_BASKET)
    expect(add).to_have_accessible_name(re.compile(rf"{re.escape(STEP_2_SHEET)}$"))
    add.click()
    expect(page).to_have_url(re.compile(rf"{re.escape(LIBRARY_URL)}\?rolle=tillidsvalgt$"))
    expect(page.get_by_role("status").filter(has_text=STEP_2_SHEET)).to_be_visible()
    basket_link = page.locator(f'main a[href="{BASKET_URL}"]')
    expect(basket_link).to_have_text(BASKET)
    expect(basket_link).to_contain_text("2")
    found += axe_findings(page, f"{LIBRARY_URL}?rolle=tillidsvalgt (2 tools in the basket)")

    basket_link.click()
    expect(page).to_have_url(url_path(BASKET_URL))
    expect(page.get_by_role("heading", level=1)).to_have_text(BASKET)
    items = page.locator("main ol.list-group > li")
    expect(items).to_have_count(2)
    expect(items.nth(0)).to_contain_text(STEP_2_SIMPLIFIED)
    expect(items.nth(1)).to_contain_text(STEP_2_SHEET)
    found += axe_findings(page, BASKET_URL)

    page.get_by_role("button", name=DOWNLOAD_ALL).click()
    data, name = download_from_job_page(
        page, tmp_path, re.compile(rf"{re.escape(STEP_2_SIMPLIFIED)}.*{re.escape(STEP_2_SHEET)}")
    )
    text = pdf_text(data)
    assert STEP_2_SIMPLIFIED in text, text[:2000]
    assert STEP_2_SHEET in text, text[:2000]
    assert len(PdfReader(BytesIO(data)).pages) >= 2
    found += axe_findings(page, "print basket's job page (done)")
    assert_accessible(found)


def test_facilitator_downloads_langelands_starter_pack(
    page: Page, live_server, celery_eager, tmp_path
):
    seed_users()
    seed_tools()
    langeland = next(c for c in seed_courses() if c.municipality.name == "Langeland")
    starter_pack_url = reverse("toolkit:starter_pack", args=[langeland.pk])
    assert starter_pack_url == f"/vaerktoejer/startpakke/{langeland.pk}/"

    log_in(page, live_server, FACILITATOR_EMAIL, totp=True)
    page.locator(f'header nav a[href="{reverse("municipalities:dashboard")}"]').click()
    page.locator(f'main table a[href="{langeland.get_absolute_url()}"]').click()
    expect(page).to_have_url(url_path(langeland.get_absolute_url()))
    expect(page.get_by_role("heading", level=1)).to_have_text(langeland.title)

    tab = page.locator(f'main nav .nav-tabs a[href="{starter_pack_url}"]')
    expect(tab).to_have_text(STARTER_PACK)
    tab.click()
    expect(page).to_have_url(url_path(starter_pack_url))
    expect(tab).to_have_attribute("aria-current", "page")
    expect(page.get_by_role("heading", level=2, name=STARTER_PACK)).to_be_visible()
    found = axe_findings(page, f"{starter_pack_url} (no version yet)")

    form = page.locator(
        f'form[action="{reverse("toolkit:starter_pack_pdf", args=[langeland.pk])}"]'
    )
    form.get_by_role("button", name=DOWNLOAD_STARTER_PACK).click()
    data, name = download_from_job_page(page, tmp_path, re.compile("Langeland"))
    assert "langeland" in name, name
    assert "Langeland" in pdf_text(data)
    job = RenderJob.objects.get(course=langeland)
    assert job.status == JobStatus.DONE
    found += axe_findings(page, f"{job.get_absolute_url()} (starter pack done)")

    # The version is listed on the starter pack page, ready to download again.
    page.goto(f"{live_server.url}{starter_pack_url}")
    versions = page.locator("main table tbody tr")
    expect(versions).to_have_count(1)
    expect(
        versions.locator(f'a[href="{reverse("toolkit:job_download", args=[job.pk])}"]')
    ).to_have_count(1)
    found += axe_findings(page, f"{starter_pack_url} (one version)")
    assert_accessible(found)


def test_anonymous_visitor_browses_the_library_without_restricted_tools(page: Page, live_server):
    seed_users()
    seed_tools()
    restricted = Tool.objects.get(title=RESTRICTED_FULL)
    assert restricted.visibility == "begraenset"

    page.goto(f"{live_server.url}/")
    page.locator(f'header nav a[href="{LIBRARY_URL}"]').click()
    expect(page).to_have_url(url_path(LIBRARY_URL))
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile("Værktøjer|Tools"))
    # Every published public tool, the restricted full version not among them.
    public = Tool.objects.filter(status="publiceret", visibility="offentlig").count()
    expect(library_cards(page)).to_have_count(public)
    titles = card_titles(page)
    assert RESTRICTED_FULL not in titles, titles
    assert "Effektspørgsmål (3 spørgsmål)" in titles  # its simplified version is public
    # The panel starts closed when no filter is used.
    expect(page.locator('button[aria-controls="filter-panel"]')).to_have_attribute(
        "aria-expanded", "false"
    )
    expect(page.locator("#filter-panel")).to_be_hidden()
    found = axe_findings(page, f"{LIBRARY_URL} (anonymous)")

    # "Jeg er facilitator": the facilitators' public tools, still not the restricted one.
    choose_role(page, "facilitator")
    titles = card_titles(page)
    assert PUBLIC_FULL_FOR_FACILITATORS in titles, titles
    assert RESTRICTED_FULL not in titles, titles
    assert STEP_2_SIMPLIFIED not in titles, titles  # written for others
    found += axe_findings(page, f"{LIBRARY_URL}?rolle=facilitator (anonymous)")

    # Another role changes the list.
    choose_role(page, "medarbejder")
    titles = card_titles(page)
    assert STEP_2_SIMPLIFIED in titles, titles
    assert PUBLIC_FULL_FOR_FACILITATORS not in titles, titles

    # A tool page.
    card(page, STEP_2_SIMPLIFIED).get_by_role("link", name=STEP_2_SIMPLIFIED).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(STEP_2_SIMPLIFIED)
    expect(page.get_by_role("button", name=DOWNLOAD_AS_PDF)).to_be_visible()
    found += axe_findings(page, f"{Tool.objects.get(title=STEP_2_SIMPLIFIED).get_absolute_url()}")

    # The restricted tool's page does not exist for them (asked with the page's own session:
    # Chromium reports a document answered with 404 as a console error).
    response = page.request.get(f"{live_server.url}{restricted.get_absolute_url()}")
    assert response.status == 404, response.status
    assert RESTRICTED_FULL not in response.text()
    assert_accessible(found)
