"""Turning tools, print baskets, starter packs and the cookbook into print-ready PDFs.

Only the worker calls this (never a web request). WeasyPrint is imported with this module, so
a worker pays its import once, at start (quality.md P10).
"""

import base64
import contextlib
import copy
import io
import logging
import mimetypes
import os
import posixpath
from datetime import date
from pathlib import Path
from urllib import request
from urllib.parse import unquote, urlsplit

import qrcode
from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.db.models import Min
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.html import format_html
from django.utils.translation import gettext
from weasyprint import HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

from municipalities.models import Course, Step

from .models import JobKind, RenderJob, Tool

logger = logging.getLogger(__name__)

# The documents' own base address. Nothing is ever fetched from it: the fetcher below maps its
# /static/ paths to the project's static files and refuses everything else.
BASE_URL = "https://pdf.portal.invalid/"
STATIC_PREFIX = BASE_URL.rstrip("/") + settings.STATIC_URL


class RefusedURL(ValueError):
    """A document asked for something outside the project's static files."""


class StaticOnlyURLFetcher(URLFetcher):
    """Serves the project's own static files (CSS, fonts, images) and inline data: URLs.
    Refuses file://, other hosts, link-local metadata addresses and device files, and logs
    them (quality.md R13)."""

    def __init__(self):
        # Only the data: handler: no network or file handlers are ever built (their set-up,
        # TLS certificates included, cost more than rendering a short page).
        request.OpenerDirector.__init__(self)
        self.add_handler(request.DataHandler())
        self._timeout = 5
        self._http_headers = {}
        self._allowed_protocols = ("data",)
        self._fail_on_errors = False
        self._request = None

    def fetch(self, url, headers=None):
        if url.startswith("data:"):
            return super().fetch(url, headers)
        if url.startswith(STATIC_PREFIX):
            path = self._static_path(url)
            if path is not None:
                content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
                return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": content_type})
        logger.warning("PDF rendering refused to fetch %s", url[:200])
        raise RefusedURL(f"Refused: {url[:200]}")

    @staticmethod
    def _static_path(url: str) -> Path | None:
        relative = unquote(urlsplit(url).path)[len(settings.STATIC_URL) :]
        relative = posixpath.normpath(relative)
        if relative.startswith(("..", "/")) or "\x00" in relative:
            return None
        candidates = []
        found = finders.find(relative)
        if found:
            candidates.append(Path(found))
        with contextlib.suppress(NotImplementedError):  # remote storages have no path
            # Collected files (with hashed names in production) after the sources, so a stale
            # collectstatic in development never hides an edited file.
            candidates.append(Path(staticfiles_storage.path(relative)))
        for candidate in candidates:
            if candidate.is_file():
                return candidate
        return None


def qr_png(url: str) -> bytes:
    """The QR code for `url` as a PNG with one pixel per module. Printed large with
    `image-rendering: pixelated` it stays sharp, and WeasyPrint draws it far faster than the
    same code as SVG (quality.md P8)."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=1, border=2)
    code.add_data(url)
    code.make(fit=True)
    buffer = io.BytesIO()
    code.make_image().save(buffer, format="PNG")
    return buffer.getvalue()


def qr_image(url: str, description: str) -> str:
    """The QR code as an <img> with alternative text (PDF/UA needs it on every figure)."""
    data = base64.b64encode(qr_png(url)).decode()
    return format_html(
        '<img class="qr-code" src="data:image/png;base64,{}" alt="{}">',
        data,
        f"{description}: {url}",
    )


def absolute(path: str) -> str:
    return settings.SITE_URL + path


_font_config: tuple[int, FontConfiguration] | None = None


def font_config() -> FontConfiguration:
    """One font configuration per process (made after the worker forks): building it anew
    for every render re-reads the fonts and grows the worker's memory (quality.md P9)."""
    global _font_config
    if _font_config is None or _font_config[0] != os.getpid():
        _font_config = (os.getpid(), FontConfiguration())
    return _font_config[1]


def html_to_pdf(html: str) -> tuple[bytes, int]:
    """Renders HTML to a tagged A4 PDF with subset, embedded fonts; returns it and its pages."""
    config = font_config()
    document = HTML(string=html, base_url=BASE_URL, url_fetcher=StaticOnlyURLFetcher()).render(
        font_config=config
    )
    pdf = document.write_pdf(pdf_variant="pdf/ua-1")
    return pdf, len(document.pages)


def _tools_in_order(ids: list[int]) -> list[Tool]:
    tools = Tool.objects.for_page().in_bulk(ids)
    return [tools[pk] for pk in ids if pk in tools]


def _with_qr(tools: list[Tool]) -> list[Tool]:
    for tool in tools:
        tool.page_url = absolute(tool.get_absolute_url())
        tool.qr = qr_image(tool.page_url, gettext("QR code to the tool in the portal"))
    return tools


def _dates_from_iso(inputs: dict) -> None:
    """The pack's inputs keep dates as ISO text (they are hashed); the PDF shows them as dates."""
    for phase in inputs["phases"]:
        phase["starts"] = date.fromisoformat(phase["starts"])
    for workshop in inputs["workshops"]:
        workshop["date"] = date.fromisoformat(workshop["date"])
    for name in ("start_date", "end_date"):
        if inputs[name]:
            inputs[name] = date.fromisoformat(inputs[name])


def job_html(job: RenderJob) -> str:
    """The HTML source of a job's PDF."""
    from .selectors import starter_pack_inputs

    # The job's own date, so a PDF reused later still says when it was made.
    made_on = timezone.localdate(job.created_at) if job.created_at else timezone.localdate()
    context = {"job": job, "today": made_on, "site_url": settings.SITE_URL}
    with translation.override("da"):
        if job.kind == JobKind.TOOL:
            tool = Tool.objects.for_page().get(pk=job.tool_id)
            context |= {"tools": _with_qr([tool]), "document_title": tool.title}
            return render_to_string("toolkit/pdf/tools.html", context)
        if job.kind in (JobKind.BASKET, JobKind.COOKBOOK):
            tools = _with_qr(_tools_in_order(job.tool_ids))
            context |= {"tools": tools, "document_title": job.title, "with_toc": True}
            if job.kind == JobKind.COOKBOOK:
                firsts = dict(
                    Tool.objects.filter(pk__in=job.tool_ids)
                    .annotate(first=Min("step_rows__step"))
                    .values_list("pk", "first")
                )
                context["groups"] = [
                    (step.label, [t for t in tools if firsts.get(t.pk) == step]) for step in Step
                ]
                context["groups"] = [(label, ts) for label, ts in context["groups"] if ts]
            return render_to_string("toolkit/pdf/tools.html", context)
        if job.kind == JobKind.STARTER_PACK:
            course = Course.objects.select_related("municipality").get(pk=job.course_id)
            inputs = copy.deepcopy(job.payload) if job.payload else starter_pack_inputs(course)
            _dates_from_iso(inputs)
            for film in inputs.get("films", []):
                film["qr"] = qr_image(film["url"], film["title"])
            tools = _with_qr(_tools_in_order(inputs["tool_ids"]))
            course_url = absolute(course.get_absolute_url())
            context |= {
                "pack": inputs,
                "tools": tools,
                "with_toc": True,
                "document_title": job.title,
                "course_url": course_url,
                "course_qr": qr_image(course_url, gettext("QR code to the course in the portal")),
                "library_url": absolute("/vaerktoejer/"),
            }
            return render_to_string("toolkit/pdf/starter_pack.html", context)
    raise ValueError(f"Unknown job kind {job.kind}")


def render_job_pdf(job: RenderJob) -> tuple[bytes, int]:
    return html_to_pdf(job_html(job))
