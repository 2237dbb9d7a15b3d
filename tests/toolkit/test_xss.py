"""quality.md R2: hostile HTML through every rich-text field of a tool, by the service and by
the editor's form, never reaches a page, the LIX preview or the PDF source as markup."""

import re
from collections import Counter
from html.parser import HTMLParser

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse
from django.utils.html import escape

from portal.accounts.roles import Role
from portal.richtext import ALLOWED_TAGS
from tests.toolkit.factories import make_tool
from toolkit.models import Tool
from toolkit.pdf import job_html
from toolkit.services import tool_pdf_request

pytestmark = pytest.mark.django_db

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    '<iframe srcdoc="<script>alert(1)</script>">',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    '<p style="background:url(javascript:alert(1))">x</p>',
    '<base href="https://evil.example/">',
    '<form action="https://evil.example/"><input></form>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
]
RICH_FIELDS = ("body", "preparation", "follow_up")
BENIGN = "<p>Helt <strong>almindelig</strong> tekst.</p>"
# Elements that must never come from a payload, whatever the page around it has.
NEVER = {"script", "iframe", "frame", "base", "form", "input", "style", "noscript", "object",
         "embed", "img", "svg", "math", "mglyph", "link", "meta", "textarea", "button"}  # fmt: skip
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "xlink:href", "poster", "srcdoc"}
BAD_SCHEMES = ("javascript:", "data:", "vbscript:")
CONTROL = re.compile(r"[\x00-\x20\x7f]+")


class Elements(HTMLParser):
    """Every start tag of a document, with its attributes as the browser would read them
    (entities decoded)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, attrs))


def _elements(html: str) -> list[tuple[str, list]]:
    parser = Elements()
    parser.feed(html)
    parser.close()
    return parser.elements


def _own_qr(tag, attrs) -> bool:
    """The PDF's QR codes: PNG images the portal makes itself (an <img> runs no script), and
    rich text cannot produce them (no <img>, no class attribute survives the sanitiser)."""
    values = dict(attrs)
    return (
        tag == "img"
        and values.get("class") == "qr-code"
        and (values.get("src") or "").startswith("data:image/png;base64,")
    )


def violations(html: str, baseline: str) -> list[str]:
    """What in `html` could run script or leave the site: `baseline` is the same response with
    harmless rich text, so any element the payload added beyond it must be allowed rich text."""
    found = []
    elements = _elements(html)
    added = Counter(tag for tag, _a in elements) - Counter(tag for tag, _a in _elements(baseline))
    found += [f"<{tag}> added" for tag in added if tag in NEVER or tag not in ALLOWED_TAGS]
    for tag, attrs in elements:
        for name, value in attrs:
            plain = CONTROL.sub("", value or "").lower()
            if name.startswith("on"):
                found.append(f"<{tag} {name}>")
            if name in URL_ATTRIBUTES and plain.startswith(BAD_SCHEMES) and not _own_qr(tag, attrs):
                found.append(f"<{tag} {name}={value!r}>")
            if name == "style" and re.search(r"javascript:|vbscript:|expression\(|url\(", plain):
                found.append(f"<{tag} style={value!r}>")
        if tag == "script" and not dict(attrs).get("src"):
            found.append("inline <script>")
        if tag == "form" and re.match(r"(?:[a-z]+:)?//", dict(attrs).get("action") or ""):
            found.append(f"<form action={dict(attrs)['action']!r}>")
    return found


@pytest.mark.parametrize("payload", PAYLOADS)
def test_the_checker_sees_each_raw_payload(payload):
    # A test that cannot fail is a defect: unsanitised, every payload is caught.
    page = "<html><body><div class='rich-text'>{}</div></body></html>"
    assert violations(page.format(payload), page.format(BENIGN))


def _csp(response) -> dict[str, list[str]]:
    header = response.headers["Content-Security-Policy"]
    directives = [part.split() for part in header.split(";") if part.strip()]
    return {words[0]: words[1:] for words in directives}


def assert_strict_csp(response):
    csp = _csp(response)
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert "script-src" in csp
    assert "'unsafe-inline'" not in csp["script-src"]
    assert "'unsafe-inline'" not in csp.get("default-src", [])


def _pdf_source(tool: Tool) -> str:
    job, _created = tool_pdf_request(tool=tool, user=AnonymousUser())
    return job_html(job)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_saved_by_the_service_is_harmless_on_the_page_and_in_the_pdf(client, payload):
    rich = dict.fromkeys(RICH_FIELDS, payload)
    hostile = make_tool("Farligt værktøj", **rich)
    harmless = make_tool("Harmløst værktøj", **dict.fromkeys(RICH_FIELDS, BENIGN))
    for field in RICH_FIELDS:
        assert "alert(1)</script>" not in getattr(hostile, field)

    page = client.get(hostile.get_absolute_url())
    baseline = client.get(harmless.get_absolute_url())
    assert page.status_code == baseline.status_code == 200
    assert violations(page.text, baseline.text) == []
    assert_strict_csp(page)

    assert violations(_pdf_source(hostile), _pdf_source(harmless)) == []


def _form_data(slug: str, text: str, rich: str) -> dict:
    """The editor's form as a browser posts it: `text` in every plain field, `rich` in every
    rich-text field."""
    return {
        "title": text,
        "slug": slug,
        "variant": "fuld",
        "full_version": "",
        "purpose": text,
        "steps": ["1", "2"],
        "audiences": ["tillidsvalgt"],
        "duration_minutes": "30",
        "participants": text,
        "materials": text,
        "preparation": rich,
        "body": rich,
        "follow_up": rich,
        "source_note": text,
        "visibility": "offentlig",
        "programme-TOTAL_FORMS": "1",
        "programme-INITIAL_FORMS": "0",
        "programme-MIN_NUM_FORMS": "0",
        "programme-MAX_NUM_FORMS": "30",
        "programme-0-title": text,
        "programme-0-minutes": "10",
        "programme-0-description": text,
        "programme-0-cue": text,
    }


def test_payloads_posted_by_an_editor_are_harmless_everywhere(client, client_as):
    client_as(Role.EDITOR)
    lix_url = reverse("toolkit:lix")
    response = client.post(reverse("toolkit:tool_new"), _form_data("grundlinje", "Tekst", BENIGN))
    assert response.status_code == 302
    harmless = Tool.objects.get(slug="grundlinje")
    baseline = {
        "page": client.get(harmless.get_absolute_url()).text,
        "form": client.get(reverse("toolkit:tool_edit", args=[harmless.pk])).text,
        "lix": client.post(lix_url, _form_data("x", "Tekst", BENIGN)).text,
        "pdf": _pdf_source(harmless),
    }

    failures = {}
    for number, payload in enumerate(PAYLOADS):
        slug = f"payload-{number}"
        data = _form_data(slug, payload, payload)
        response = client.post(reverse("toolkit:tool_new"), data)
        assert response.status_code == 302, (payload, response.text[:3000])
        tool = Tool.objects.get(slug=slug)
        # Plain-text fields are kept as typed and escaped on output.
        assert tool.title == payload
        assert tool.programme.get().title == payload

        page = client.get(tool.get_absolute_url())
        form = client.get(reverse("toolkit:tool_edit", args=[tool.pk]))
        lix = client.post(lix_url, data)
        for response in (page, form, lix):
            assert response.status_code == 200
            assert_strict_csp(response)
        outputs = {"page": page.text, "form": form.text, "lix": lix.text}
        # The form lists every full tool as a choice: compare with a form of the same moment.
        baseline["form"] = client.get(reverse("toolkit:tool_edit", args=[harmless.pk])).text
        outputs["pdf"] = _pdf_source(tool)
        for name, html in outputs.items():
            if found := violations(html, baseline[name]):
                failures[f"{payload} → {name}"] = found
        if "<" in payload:
            # <title>, breadcrumb, heading, purpose, materials, the programme item's title,
            # description and cue, participants and source (and the "saved" message).
            assert page.text.count(escape(payload)) >= 10, payload
            assert payload not in page.text
            assert escape(payload) in outputs["pdf"]
    assert failures == {}
