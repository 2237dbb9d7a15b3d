"""Writes for tools, their PDFs, starter packs and download counts. Views, the admin,
commands and tasks call these."""

import hashlib
import json
import logging
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import IntegrityError, models, transaction
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from municipalities.models import Course
from portal.accounts.models import User
from portal.accounts.roles import Role
from portal.richtext import html_to_text, sanitize_html

from . import download_counts
from .caching import bump_tools_version
from .exceptions import NotAllowed, ToolChanged
from .models import (
    Audience,
    JobKind,
    JobStatus,
    ProgrammeItem,
    RenderJob,
    StarterPack,
    Tool,
    ToolAudience,
    ToolStatus,
    ToolStep,
    Variant,
)
from .readability import lix

logger = logging.getLogger(__name__)


def _layout_version() -> str:
    """A hash of everything that shapes a PDF besides its content: the PDF templates, the
    print CSS and the Danish translations. A change to any of them renders every PDF anew."""
    root = Path(settings.BASE_DIR)
    files = [
        *sorted((root / "templates/toolkit/pdf").glob("*.html")),
        root / "static/toolkit/pdf.css",
        root / "locale/da/LC_MESSAGES/django.mo",
    ]
    digest = hashlib.sha256()
    for path in files:
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


PDF_LAYOUT_VERSION = _layout_version()
RICH_FIELDS = ("body", "preparation", "follow_up")
PLAIN_FIELDS = ("title", "purpose", "participants", "materials", "source_note")


@dataclass(frozen=True)
class ProgrammeRow:
    title: str
    minutes: int | None = None
    description: str = ""
    cue: str = ""


DANISH_LETTERS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})


def slug_for(title: str) -> str:
    """A web address from a Danish title: "Bøvl-jagt på personalemødet" becomes
    "boevl-jagt-paa-personalemoedet"."""
    return slugify(title.translate(DANISH_LETTERS))[:120].strip("-")


def _content_hash(tool: Tool, steps, audiences, programme: Sequence[ProgrammeRow]) -> str:
    content = {
        **{field: getattr(tool, field) for field in (*PLAIN_FIELDS, *RICH_FIELDS)},
        "variant": tool.variant,
        "duration": tool.duration_minutes,
        "steps": sorted(steps),
        "audiences": sorted(audiences),
        "programme": [[row.title, row.minutes, row.description, row.cue] for row in programme],
        "is_demo": tool.is_demo,
    }
    return hashlib.sha256(json.dumps(content, sort_keys=True).encode()).hexdigest()


def _lf(text: str) -> str:
    # Browsers send CRLF; the same text saved again must not count as a change.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def readable_text(tool: Tool, programme: Iterable[ProgrammeRow]) -> str:
    """The text a reader of the tool reads, without markup: what LIX is measured on."""
    parts = [tool.purpose, *(html_to_text(getattr(tool, f)) for f in RICH_FIELDS)]
    for row in programme:
        parts.extend([row.title, row.description, row.cue])
    return "\n".join(part for part in parts if part)


@transaction.atomic
def tool_save(
    *,
    actor: User,
    tool: Tool | None,
    fields: dict,
    steps: Iterable[int],
    audiences: Iterable[str],
    programme: Sequence[ProgrammeRow],
    restricted_roles: Iterable[Group] = (),
    is_demo: bool = False,
    seen_version: int | None = None,
) -> Tool:
    """Creates or revises a tool. Rich text is sanitised here, whoever calls; the version
    goes up and "updated" moves only when the content really changed. `seen_version` is the
    version the editor started from: a newer one means someone else saved in between."""
    if not actor.has_perm("toolkit.change_tool" if tool else "toolkit.add_tool"):
        raise NotAllowed(_("You may not edit tools."))
    steps, audiences = sorted(set(steps)), sorted(set(audiences))
    programme = [
        ProgrammeRow(row.title, row.minutes, _lf(row.description), _lf(row.cue))
        for row in programme
    ]
    if tool is not None:
        tool = Tool.objects.select_for_update().get(pk=tool.pk)
        if seen_version is not None and tool.version != seen_version:
            raise ToolChanged(
                _(
                    "Someone else saved the tool while you were editing it (now version "
                    "%(version)s). Open it again and make your changes there."
                )
                % {"version": tool.version}
            )
    else:
        tool = Tool(is_demo=is_demo)
    for name, value in fields.items():
        if isinstance(value, str):
            value = _lf(value)
        setattr(tool, name, sanitize_html(value) if name in RICH_FIELDS else value)
    if tool.variant != Variant.SIMPLIFIED:
        tool.full_version = None
    new_hash = _content_hash(tool, steps, audiences, programme)
    if new_hash != tool.content_hash:
        tool.version = tool.version + 1 if tool.pk else 1
        tool.updated_at = timezone.now()
        tool.updated_by = actor
        tool.content_hash = new_hash
    text = readable_text(tool, programme)
    tool.lix = lix(text)
    tool.search_text = text
    tool.save()

    ToolStep.objects.filter(tool=tool).exclude(step__in=steps).delete()
    existing = set(ToolStep.objects.filter(tool=tool).values_list("step", flat=True))
    ToolStep.objects.bulk_create(
        [ToolStep(tool=tool, step=step) for step in steps if step not in existing]
    )
    ToolAudience.objects.filter(tool=tool).exclude(audience__in=audiences).delete()
    existing = set(ToolAudience.objects.filter(tool=tool).values_list("audience", flat=True))
    ToolAudience.objects.bulk_create(
        [ToolAudience(tool=tool, audience=a) for a in audiences if a not in existing]
    )
    ProgrammeItem.objects.filter(tool=tool).delete()
    ProgrammeItem.objects.bulk_create(
        [
            ProgrammeItem(
                tool=tool,
                order=index,
                title=row.title,
                minutes=row.minutes,
                description=row.description,
                cue=row.cue,
            )
            for index, row in enumerate(programme)
        ]
    )
    tool.restricted_roles.set(restricted_roles)
    bump_tools_version()
    return tool


@transaction.atomic
def tool_set_status(*, actor: User, tool: Tool, status: str) -> Tool:
    """Publishes a tool or takes it back to draft."""
    if not actor.has_perm("toolkit.change_tool"):
        raise NotAllowed(_("You may not edit tools."))
    tool = Tool.objects.select_for_update().get(pk=tool.pk)
    if tool.status != status:
        tool.status = ToolStatus(status)
        tool.save(update_fields=["status"])
        bump_tools_version()
    return tool


# --- Download counts -------------------------------------------------------------------------

ROLE_AUDIENCES = {
    Role.EMPLOYEE: Audience.EMPLOYEE,
    Role.SHOP_STEWARD: Audience.SHOP_STEWARD,
    Role.LEADER: Audience.LEADER,
    Role.TOP_LEADER: Audience.TOP_LEADER,
    Role.FACILITATOR: Audience.FACILITATOR,
    Role.INTERNAL_CONSULTANT: Audience.INTERNAL_CONSULTANT,
}


def audience_of(user, chosen: str = "") -> str:
    """The role a download is counted under: the user's own role when logged in, otherwise
    what they picked in "Jeg er …" (or unknown)."""
    if user.is_authenticated:
        for name in user.groups.values_list("name", flat=True):
            if name in ROLE_AUDIENCES:
                return ROLE_AUDIENCES[name]
        return ""
    return chosen if chosen in Audience.values else ""


def tool_downloads_record(*, tools: Iterable[Tool | int], user, chosen_audience: str = "") -> None:
    """Counts one asked-for PDF per tool (Tools or their ids), by role and municipality, never
    by person."""
    download_counts.count(
        [getattr(tool, "pk", tool) for tool in tools],
        audience_of(user, chosen_audience),
        getattr(user, "municipality_id", None),
    )


# --- PDF render jobs ---------------------------------------------------------------------------


def job_key(kind: str, *parts) -> str:
    """The content hash a job is known by: everything that changes the PDF's bytes."""
    material = [PDF_LAYOUT_VERSION, kind, settings.SITE_URL, *parts]
    return hashlib.sha256(json.dumps(material, default=str).encode()).hexdigest()


def tools_key_parts(tools: Iterable[Tool]) -> list:
    return [[tool.pk, tool.content_hash, tool.version] for tool in tools]


def render_job_request(
    *,
    kind: str,
    key: str,
    title: str,
    requested_by: User | None = None,
    tool: Tool | None = None,
    course: Course | None = None,
    tool_ids: Sequence[int] = (),
    payload: dict | None = None,
) -> tuple[RenderJob, bool]:
    """Finds the job for this content, or creates and queues it. Never renders: the answer
    is immediate, the worker does the work (quality.md P11)."""
    job = RenderJob.objects.filter(content_hash=key).first()
    if job is not None:
        return job, False
    try:
        with transaction.atomic():
            job = RenderJob.objects.create(
                kind=kind,
                content_hash=key,
                title=title[:300],
                tool=tool,
                course=course,
                tool_ids=list(tool_ids),
                payload=payload or {},
                requested_by=requested_by if requested_by and requested_by.pk else None,
            )
    except IntegrityError:  # somebody asked for the same content at the same moment
        return RenderJob.objects.get(content_hash=key), False
    _enqueue(job)
    return job, True


def _enqueue(job: RenderJob) -> None:
    """Sends the job to the worker after commit. If the broker is down the answer still
    succeeds; the job stays queued and the stale-job sweep sends it again."""
    from .tasks import render_pdf

    job_id = str(job.pk)
    transaction.on_commit(lambda: render_pdf.delay(job_id), robust=True)


def render_jobs_requeue_stale() -> int:
    """Sends again the jobs that waited in the queue or "rendered" far longer than any render
    may take: their message was lost. A duplicate message is harmless (jobs are idempotent),
    and every run still counts as an attempt."""
    now = timezone.now()
    limit = timedelta(seconds=settings.PDF_TIME_LIMIT * 2 + 60)
    stale = list(
        RenderJob.objects.filter(
            models.Q(status=JobStatus.QUEUED, created_at__lt=now - limit)
            | models.Q(status=JobStatus.RENDERING, started_at__lt=now - limit)
        ).only("pk")[:200]
    )
    for job in stale:
        _enqueue(job)
    return len(stale)


def tool_pdf_request(*, tool: Tool, user) -> tuple[RenderJob, bool]:
    key = job_key(JobKind.TOOL, tools_key_parts([tool]))
    return render_job_request(
        kind=JobKind.TOOL, key=key, title=tool.title, tool=tool, requested_by=user, tool_ids=[]
    )


def basket_pdf_request(*, tools: Sequence[Tool], user) -> tuple[RenderJob, bool]:
    key = job_key(JobKind.BASKET, tools_key_parts(tools))
    with translation.override("da"):
        title = _("Tools: %(titles)s") % {"titles": ", ".join(t.title for t in tools)}
    return render_job_request(
        kind=JobKind.BASKET,
        key=key,
        title=title,
        requested_by=user,
        tool_ids=[tool.pk for tool in tools],
    )


def cookbook_pdf_request(*, user) -> tuple[RenderJob, bool]:
    from .selectors import cookbook_tools

    tools = cookbook_tools(user)
    key = job_key(JobKind.COOKBOOK, tools_key_parts(tools))
    with translation.override("da"):
        title = _("Cookbook for facilitators")
    return render_job_request(
        kind=JobKind.COOKBOOK,
        key=key,
        title=title,
        requested_by=user,
        tool_ids=[tool.pk for tool in tools],
    )


def starter_pack_pdf_request(*, course: Course, user) -> tuple[RenderJob, bool]:
    """The job for the course's starter pack as it is now; a new version when its inputs
    (course, dates, people, chosen tools) changed since the last one."""
    from .selectors import starter_pack_inputs

    with translation.override("da"):  # the PDFs are in Danish, whoever asks
        inputs = starter_pack_inputs(course)
        title = _("Starter pack – %(municipality)s") % {"municipality": course.municipality.name}
    key = job_key(JobKind.STARTER_PACK, course.pk, inputs)
    return render_job_request(
        kind=JobKind.STARTER_PACK,
        key=key,
        title=title,
        course=course,
        requested_by=user,
        tool_ids=inputs["tool_ids"],
        payload=inputs,
    )


@transaction.atomic
def starter_pack_set_tools(*, actor: User, course: Course, tools: Iterable[Tool]) -> StarterPack:
    """The facilitator's choice of simplified tools for a course's starter pack."""
    if not Course.objects.editable_by(actor).filter(pk=course.pk).exists():
        raise NotAllowed(_("You may not change this course's starter pack."))
    pack, _created = StarterPack.objects.select_for_update().get_or_create(course=course)
    pack.tools.set([tool for tool in tools if tool.variant == Variant.SIMPLIFIED])
    pack.save(update_fields=["updated_at"])
    return pack


@transaction.atomic
def render_job_retry(*, actor: User, job: RenderJob) -> RenderJob:
    """Gives a failed job its attempts back and queues it again (staff, after a fix); sends a
    stuck one again."""
    if not actor.has_perm("toolkit.view_tool_statistics"):
        raise NotAllowed(_("You may not retry PDF jobs."))
    job = RenderJob.objects.select_for_update().get(pk=job.pk)
    if job.status == JobStatus.FAILED:
        job.status, job.attempts, job.error = JobStatus.QUEUED, 0, ""
        job.save(update_fields=["status", "attempts", "error"])
        _enqueue(job)
    elif job.status in (JobStatus.QUEUED, JobStatus.RENDERING):
        _enqueue(job)  # a lost message: send it again; a duplicate is harmless
    return job


class JobGaveUp(Exception):
    """The job has used all its attempts."""


def render_job_start(job_id) -> RenderJob | None:
    """Claims a job for one attempt and counts it in the database, before any rendering, so
    that a worker killed mid-render still used the attempt. None when there is nothing to do."""
    with transaction.atomic():
        job = RenderJob.objects.select_for_update().filter(pk=job_id).first()
        if job is None or job.status in (JobStatus.DONE, JobStatus.FAILED):
            return None
        if job.attempts >= settings.PDF_MAX_ATTEMPTS:
            job.status = JobStatus.FAILED
            job.error = job.error or _("Gave up after %(n)s attempts.") % {"n": job.attempts}
            job.finished_at = timezone.now()
            job.save(update_fields=["status", "error", "finished_at"])
            logger.error("PDF job %s failed after %s attempts", job.pk, job.attempts)
            return None
        job.attempts += 1
        job.status = JobStatus.RENDERING
        job.started_at = timezone.now()
        job.save(update_fields=["attempts", "status", "started_at"])
    return job


def render_job_run(job_id) -> RenderJob | None:
    """Renders one job. Idempotent: a done job is left alone, and the file is named by the
    content hash, so a job that runs twice still ends with exactly one file."""
    from .pdf import render_job_pdf

    job = render_job_start(job_id)
    if job is None:
        return None
    started = time.process_time()
    pdf, pages = render_job_pdf(job)
    return render_job_finish(job_id, pdf=pdf, pages=pages, seconds=time.process_time() - started)


@transaction.atomic
def render_job_finish(job_id, *, pdf: bytes, pages: int, seconds: float) -> RenderJob | None:
    job = RenderJob.objects.select_for_update().get(pk=job_id)
    if job.status == JobStatus.DONE:  # a second run of the same job: keep the first file
        return job
    storage = RenderJob._meta.get_field("file").storage
    name = f"pdf/{job.content_hash}.pdf"
    if storage.exists(name):
        storage.delete(name)
    job.file.save(name, ContentFile(pdf), save=False)
    job.status = JobStatus.DONE
    job.page_count = pages
    job.size = len(pdf)
    job.error = ""
    job.finished_at = timezone.now()
    job.render_seconds = round(seconds, 3)
    job.save()
    return job


@transaction.atomic
def render_job_fail(job_id, *, error: str, final: bool) -> None:
    """Records an attempt's error; `final` ends the job as failed (no retries left)."""
    job = RenderJob.objects.select_for_update().filter(pk=job_id).first()
    if job is None or job.status == JobStatus.DONE:
        return
    job.error = error[:4000]
    if final or job.attempts >= settings.PDF_MAX_ATTEMPTS:
        job.status = JobStatus.FAILED
        job.finished_at = timezone.now()
    else:
        job.status = JobStatus.QUEUED
    job.save(update_fields=["error", "status", "finished_at"])


def starter_packs_refresh() -> int:
    """A new starter-pack version for every open course that has one and whose inputs have
    changed since; returns how many were queued. Cheap when nothing changed: no render."""
    queued = 0
    courses = (
        Course.objects.open().filter(starter_pack__isnull=False).select_related("municipality")
    )
    for course in courses:
        _job, created = starter_pack_pdf_request(course=course, user=None)
        queued += created
    return queued
