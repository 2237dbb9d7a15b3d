"""Real PDFs from WeasyPrint, rendered in-process and read back with pypdf; and the URL
fetcher that keeps documents to the project's static files (quality.md R13)."""

import io
import logging
import re
from pathlib import Path

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import translation
from pypdf import PdfReader

from municipalities.models import CourseRole, Municipality, Phase, Step
from portal.accounts.roles import Role
from tests.accounts.factories import make_user
from tests.municipalities.factories import make_course
from tests.toolkit.factories import make_tool, tool_editor
from toolkit import services
from toolkit.models import JobKind, JobStatus, RenderJob, ToolStatus, Variant
from toolkit.pdf import RefusedURL, StaticOnlyURLFetcher, html_to_pdf, job_html

pytestmark = pytest.mark.django_db

FOOTER = re.compile(r"(?:Side|Page) (\d+) (?:af|of) (\d+)")
# Enough text for more than one page, with the Danish letters in it.
LONG_BODY = "".join(
    f"<p>Afsnit {n}: Ærlige øjeblikke på ålborggården giver bøvl, glæde og små "
    "forandringer i hverdagen for både ledere og medarbejdere.</p>"
    for n in range(30)
)


def _render(job: RenderJob) -> PdfReader:
    services.render_job_run(job.pk)
    job.refresh_from_db()
    assert job.status == JobStatus.DONE, job.error
    with job.file.open("rb") as file:
        return PdfReader(io.BytesIO(file.read()))


def _text(page) -> str:
    return " ".join(page.extract_text().split())


def _all_text(reader: PdfReader) -> str:
    return " ".join(_text(page) for page in reader.pages)


def _fonts(resources, seen=None) -> list:
    """Every font dictionary used by a page, also inside its form XObjects."""
    seen = set() if seen is None else seen
    fonts = []
    if resources is None:
        return fonts
    resources = resources.get_object()
    for font in (resources.get("/Font") or {}).values():
        font = font.get_object()
        fonts.append(font)
        fonts.extend(d.get_object() for d in font.get("/DescendantFonts", []))
    for xobject in (resources.get("/XObject") or {}).values():
        xobject = xobject.get_object()
        if id(xobject) not in seen and "/Resources" in xobject:
            seen.add(id(xobject))
            fonts.extend(_fonts(xobject["/Resources"], seen))
    return fonts


def test_tool_pdf_through_the_task_has_title_letters_and_page_footers(
    celery_eager, django_capture_on_commit_callbacks
):
    tool = make_tool("Bøvl-jagt på personalemødet", body=LONG_BODY)
    with django_capture_on_commit_callbacks(execute=True):
        job, created = services.tool_pdf_request(tool=tool, user=AnonymousUser())
    assert created
    job.refresh_from_db()
    assert job.status == JobStatus.DONE, job.error  # the eager task rendered it
    with job.file.open("rb") as file:
        reader = PdfReader(io.BytesIO(file.read()))

    text = _all_text(reader)
    assert "Bøvl-jagt på personalemødet" in text
    for letter in "æøåÆ":
        assert letter in text
    pages = len(reader.pages)
    assert pages >= 2
    assert job.page_count == pages
    assert job.size == job.file.size
    for number, page in enumerate(reader.pages, start=1):
        footer = FOOTER.search(_text(page))
        assert footer, _text(page)[-200:]
        assert footer.groups() == (str(number), str(pages))


def test_tool_pdf_has_embedded_subset_fonts_metadata_and_tags():
    tool = make_tool("Ærøs ålemøde", body=LONG_BODY)
    job, _created = services.tool_pdf_request(tool=tool, user=AnonymousUser())
    reader = _render(job)

    fonts = [font for page in reader.pages for font in _fonts(page.get("/Resources"))]
    assert fonts
    for font in fonts:
        assert re.fullmatch(r"/[A-Z]{6}\+.+", str(font["/BaseFont"])), font["/BaseFont"]
        if font["/Subtype"] == "/Type0":
            continue  # its descendant carries the descriptor (checked in this loop too)
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor or "/FontFile3" in descriptor, dict(descriptor)

    assert reader.metadata.title == "Ærøs ålemøde"
    catalog = reader.trailer["/Root"]
    assert catalog["/Lang"] == "da"
    assert catalog["/MarkInfo"]["/Marked"].value is True
    assert "/StructTreeRoot" in catalog


def test_basket_pdf_has_both_tools_and_a_table_of_contents():
    first = make_tool("Bøvlkortet")
    second = make_tool("Stafetten for ældre")
    job, _created = services.basket_pdf_request(tools=[first, second], user=AnonymousUser())
    reader = _render(job)

    text = _all_text(reader)
    assert "Bøvlkortet" in text
    assert "Stafetten for ældre" in text
    contents = _text(reader.pages[0])
    listed = {}
    for title in ("Bøvlkortet", "Stafetten for ældre"):
        entry = re.search(re.escape(title) + r" \.{5,} (\d+)", contents)
        assert entry, contents
        listed[title] = int(entry.group(1))
    # The page numbers in the contents lead to the tools (their title is the running header).
    assert 1 < listed["Bøvlkortet"] < listed["Stafetten for ældre"] <= len(reader.pages)
    for title, page in listed.items():
        assert title in _text(reader.pages[page - 1])


def test_cookbook_has_only_published_full_versions_grouped_by_step():
    first = make_tool("Kogebogens første", steps=[1, 4])
    third = make_tool("Kogebogens tredje", steps=[3])
    make_tool("Forenklet ret", variant=Variant.SIMPLIFIED, full_version=first, steps=[1])
    make_tool("Kladde til kogebogen", status=ToolStatus.DRAFT, steps=[1])
    job, _created = services.cookbook_pdf_request(user=tool_editor())
    assert job.kind == JobKind.COOKBOOK
    assert job.tool_ids == [first.pk, third.pk]

    html = job_html(job)
    with translation.override("da"):
        step_1, step_3, step_4 = (str(Step(n).label) for n in (1, 3, 4))
    groups = re.findall(r'<p class="group">([^<]+)</p>\s*<ol>(.*?)</ol>', html, re.S)
    assert [(label, re.findall(r"#tool-(\d+)", items)) for label, items in groups] == [
        (step_1, [str(first.pk)]),
        (step_3, [str(third.pk)]),
    ]
    assert step_4 not in html.split('<div class="collection">')[0]

    text = _all_text(_render(job))
    assert "Kogebogens første" in text
    assert "Kogebogens tredje" in text
    assert "Forenklet ret" not in text
    assert "Kladde til kogebogen" not in text


def test_starter_pack_pdf_has_the_municipality_plan_and_people():
    glostrup = Municipality.objects.get(name="Glostrup")
    steward = make_user(Role.SHOP_STEWARD, email="tillid@glostrup.example", full_name="Tove Tillid")
    steward.municipality = glostrup
    steward.save(update_fields=["municipality"])
    course = make_course("Glostrup", members=[(steward, CourseRole.SHOP_STEWARD)])
    make_tool("Startpakkens bøvlrunde", variant=Variant.SIMPLIFIED, steps=[1])
    job, _created = services.starter_pack_pdf_request(course=course, user=None)
    assert job.kind == JobKind.STARTER_PACK

    text = _all_text(_render(job))
    assert "Glostrup" in text
    assert "tillid@glostrup.example" in text
    assert "Tove Tillid" in text
    assert "Startpakkens bøvlrunde" in text
    with translation.override("da"):
        labels = [str(phase.label) for phase in Phase if phase != Phase.CLOSED]
    for label in labels:
        assert label in text


# --- R13: the URL fetcher -------------------------------------------------------------------

REFUSED = [
    "file:///etc/passwd",
    "http://169.254.169.254/latest/meta-data/",
    "https://example.com/x.css",
    "file:///dev/urandom",
    "https://pdf.portal.invalid/dev/urandom",  # "/dev/urandom" resolved against the base URL
    "https://pdf.portal.invalid/static/../../../etc/passwd",
    "https://pdf.portal.invalid/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "https://pdf.portal.invalid/static/toolkit/../../../../etc/passwd",
    "https://pdf.portal.invalid/static//etc/passwd",
    "https://pdf.portal.invalid/media/pdf/secret.pdf",
    "https://pdf.portal.invalid@evil.example/static/toolkit/pdf.css",
]


@pytest.mark.parametrize("url", REFUSED)
def test_fetcher_refuses_everything_but_static_files_and_logs_it(url, caplog):
    with caplog.at_level(logging.WARNING, logger="toolkit.pdf"), pytest.raises(RefusedURL):
        StaticOnlyURLFetcher().fetch(url)
    assert [r.levelno for r in caplog.records if r.name == "toolkit.pdf"] == [logging.WARNING]
    assert url[:60] in caplog.text


def test_fetcher_serves_static_files_and_data_urls():
    fetcher = StaticOnlyURLFetcher()
    css = fetcher.fetch("https://pdf.portal.invalid/static/toolkit/pdf.css")
    assert b"@font-face" in css.read()
    assert css.headers.get_content_type() == "text/css"
    data = fetcher.fetch("data:text/plain;base64,SGVqIMOmw7jDpQ==")
    assert data.read() == "Hej æøå".encode()


def test_html_to_pdf_renders_without_local_files_and_logs_the_refusal(caplog):
    passwd = [line for line in Path("/etc/passwd").read_text().splitlines() if line]
    html = (
        '<html lang="da"><head><title>Prøve</title>'
        '<link rel="stylesheet" href="file:///etc/passwd">'
        '<link rel="attachment" href="file:///etc/passwd">'
        "<style>@import url(file:///etc/passwd); "
        "body { background: url(http://169.254.169.254/latest/meta-data/) }</style></head>"
        '<body><p>Synlig tekst</p><img src="file:///etc/passwd" alt="">'
        '<img src="/dev/urandom" alt=""><a rel="attachment" href="file:///etc/passwd">x</a>'
        "</body></html>"
    )
    with caplog.at_level(logging.WARNING, logger="toolkit.pdf"):
        pdf, pages = html_to_pdf(html)

    assert pdf.startswith(b"%PDF")
    assert pages == 1
    refused = [r.getMessage() for r in caplog.records if r.name == "toolkit.pdf"]
    assert any("file:///etc/passwd" in message for message in refused)
    assert any("169.254.169.254" in message for message in refused)
    assert any("/dev/urandom" in message for message in refused)

    reader = PdfReader(io.BytesIO(pdf))
    text = _all_text(reader)
    assert "Synlig tekst" in text
    assert not reader.attachments
    for line in passwd[:5]:
        assert line not in text
        assert line.encode() not in pdf
