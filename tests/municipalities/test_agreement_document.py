"""The signed agreement as an uploaded PDF: checked by content, stored under a generated name,
downloaded as an attachment (quality.md R3)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from municipalities.models import Agreement
from municipalities.validators import MAX_DOCUMENT_BYTES
from portal.accounts.roles import Role
from tests.municipalities.factories import make_course

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"


@pytest.fixture
def course(client_as):
    return make_course(facilitators=[client_as(Role.FACILITATOR)])


def _upload(client, course, name, content, content_type="application/pdf"):
    return client.post(
        reverse("municipalities:agreement", args=[course.pk]),
        {
            "needs": "Færre skemaer",
            "goals": "",
            "scope": "",
            "resources": "",
            "fixed_frames": "",
            "signed_on": "2026-11-01",
            "document": SimpleUploadedFile(name, content, content_type=content_type),
        },
    )


def test_a_pdf_is_stored_under_a_generated_name_and_downloaded_as_attachment(client, course):
    response = _upload(client, course, "../../etc/aftale underskrevet.pdf", PDF)
    assert response.status_code == 302
    stored = Agreement.objects.get(course=course).document.name
    assert stored.startswith("agreements/") and stored.endswith(".pdf")
    assert "underskrevet" not in stored and ".." not in stored
    download = client.get(reverse("municipalities:agreement_document", args=[course.pk]))
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    assert download["Content-Disposition"].startswith("attachment;")
    assert download["X-Content-Type-Options"] == "nosniff"
    assert b"".join(download.streaming_content) == PDF


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("aftale.pdf", b"<html><script>alert(1)</script></html>", "Filen er ikke en PDF."),
        ("aftale.pdf", b"\x89PNG\r\n\x1a\n<html>", "Filen er ikke en PDF."),
        (
            "aftale.pdf",
            PDF + b"<< /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>",
            "indeholder scripts eller handlinger",
        ),
        ("aftale.pdf", PDF + b"0" * (MAX_DOCUMENT_BYTES + 1 - len(PDF)), "Filen er for stor"),
    ],
)
def test_hostile_files_are_refused_in_danish_and_nothing_is_saved(
    client, course, name, content, message
):
    response = _upload(client, course, name, content)
    page = response.content.decode()
    assert response.status_code == 200
    assert message in page
    assert 'value="2026-11-01"' in page or "Færre skemaer" in page  # the input is kept
    assert not Agreement.objects.filter(course=course).exists()


def test_no_document_is_404(client, course):
    Agreement.objects.create(course=course, needs="x")
    assert (
        client.get(reverse("municipalities:agreement_document", args=[course.pk])).status_code
        == 404
    )
