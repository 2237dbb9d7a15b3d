"""Checks for uploaded files, by content rather than by name (quality.md R3)."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
# Actions a PDF can run when opened; an agreement has no use for any of them.
ACTIVE_PDF_CONTENT = re.compile(rb"/(JavaScript|JS|Launch|EmbeddedFile|OpenAction|AA|RichMedia)\b")


def validate_pdf(upload) -> None:
    """A real PDF without active content, at most 10 MB."""
    if upload.size > MAX_DOCUMENT_BYTES:
        raise ValidationError(
            _("The file is too large: at most %(mb)s MB.") % {"mb": MAX_DOCUMENT_BYTES // 2**20},
            code="too_large",
        )
    upload.seek(0)
    content = upload.read()
    upload.seek(0)
    if not content.startswith(b"%PDF-"):
        raise ValidationError(_("The file is not a PDF."), code="not_pdf")
    if ACTIVE_PDF_CONTENT.search(content):
        raise ValidationError(
            _("The PDF contains scripts or actions and cannot be uploaded."), code="active_pdf"
        )
