"""Turning tools, print baskets, starter packs and the cookbook into print-ready PDFs.

Only the worker calls this (never a web request). WeasyPrint is imported with this module, so
a worker pays its import once, at start (quality.md P10).
"""

import contextlib
import logging
import mimetypes
import posixpath
import re
from datetime import date
from pathlib import Path
from urllib.parse import unquote, urlsplit

import qrcode
import qrcode.image.svg
from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.db.models import Min
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.safestring import mark_safe
from weasyprint import HTML
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
        with contextlib.suppress(NotImplementedError):  # remote storages have no path
            candidates.append(Path(staticfiles_storage.path(relative)))
        found = finders.find(relative)
        if found:
            candidates.append(Path(found))
        for candidate in candidates:
            if candidate.is_file():
                return candidate
        return None


def qr_svg(url: str) -> str:
    """An inline SVG QR code for `url` (vector, so it prints sharp at any size)."""
    image = qrcode.make(
        url,
        image_factory=qrcode.image.svg.SvgPathImage,
        error_correction=qrcode.constants.ERROR_CORRECT_M,
        border=2,
    )
    svg = image.to_string(encoding="unicode")
    svg = svg[svg.index("<svg") :]
    # Several codes in one document must not share the generator's fixed element id.
    svg = re.sub(r'\s+id="[^"]*"', "", svg)
    return mark_safe(svg)  # noqa: S308  (made here from a URL, no markup from users)


def absolute(path: str) -> str:
    return settings.SITE_URL + path


def html_to_pdf(html: str) -> tuple[bytes, int]:
    """Renders HTML to a tagged A4 PDF with subset, embedded fonts; returns it and its pages."""
    document = HTML(
        string=html, base_url=BASE_URL, url_fetcher=StaticOnlyURLFetcher(timeout=5)
    ).render()
    pdf = document.write_pdf(pdf_variant="pdf/ua-1")
    return pdf, len(document.pages)


def _tools_in_order(ids: list[int]) -> list[Tool]:
    tools = Tool.objects.for_page().in_bulk(ids)
    return [tools[pk] for pk in ids if pk in tools]


def _with_qr(tools: list[Tool]) -> list[Tool]:
    for tool in tools:
        tool.page_url = absolute(tool.get_absolute_url())
        tool.qr = qr_svg(tool.page_url)
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
            inputs = starter_pack_inputs(course)
            _dates_from_iso(inputs)
            tools = _with_qr(_tools_in_order(inputs["tool_ids"]))
            course_url = absolute(course.get_absolute_url())
            context |= {
                "pack": inputs,
                "tools": tools,
                "with_toc": True,
                "document_title": job.title,
                "course_url": course_url,
                "course_qr": qr_svg(course_url),
                "library_url": absolute("/vaerktoejer/"),
            }
            return render_to_string("toolkit/pdf/starter_pack.html", context)
    raise ValueError(f"Unknown job kind {job.kind}")


def render_job_pdf(job: RenderJob) -> tuple[bytes, int]:
    return html_to_pdf(job_html(job))
