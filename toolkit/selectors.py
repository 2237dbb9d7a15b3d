"""Reads for the library, the cookbook and the starter pack. No side effects."""

from datetime import date, timedelta

from django.db.models import Min
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from municipalities.models import PHASE_EXPECTED_DAYS, Course, CourseRole, Phase, Step
from municipalities.selectors import course_timeline

from .models import Audience, Tool, Variant, Visibility

# What each person in a course does, in the starter pack.
ROLE_TASKS = {
    CourseRole.EXTERNAL_FACILITATOR: _(
        "Plans and leads the first workshops and hands the facilitation over step by step."
    ),
    CourseRole.KEY_PERSON: _(
        "Learns to facilitate during the course and takes over: plans meetings, keeps the "
        "bøvl list and follows the trial actions."
    ),
    CourseRole.SHOP_STEWARD: _(
        "Brings the colleagues' bøvl to the table, makes sure their input is used, and runs "
        "short tools at staff meetings."
    ),
    CourseRole.INSTITUTION_LEADER: _(
        "Frames what can and cannot change locally, gives time, and owns the trial actions "
        "in the own unit."
    ),
    CourseRole.TOP_LEADER: _(
        "Backs the course through the management chain, sets the fixed frames and decides "
        "on spreading and anchoring."
    ),
    CourseRole.MED_REPRESENTATIVE: _(
        "Puts the course on the MED committee's agenda and follows that the involvement is real."
    ),
}

DEFAULT_STARTER_PACK_STEPS = (Step.INTRO, Step.CHALLENGES)

# Published films about the method elsewhere, linked from the starter pack after the portal's
# own method and role videos (domain.md §4: VPT-FILM).
PUBLIC_FILMS = [
    {
        "title": "Samskabt styring virker – se filmen med erfaringerne (vpt.dk)",
        "url": "https://vpt.dk/afbureaukratisering/samskabt-styring-virker-se-filmen-med-erfaringerne",
    },
]


def library_tools(
    user, *, audience: str = "", step: int | None = None, variant: str = "", text: str = ""
):
    """The library's list: published tools the user may read, filtered."""
    tools = Tool.objects.published().visible_to(user)
    if audience in Audience.values:
        tools = tools.filter(audience_rows__audience=audience)
    if step:
        tools = tools.filter(step_rows__step=step)
    if variant in Variant.values:
        tools = tools.filter(variant=variant)
    if text:
        tools = tools.search(text)
    return (
        tools.for_library()
        .annotate(first_step=Min("step_rows__step"))
        .order_by("first_step", "title")
    )


def cookbook_tools(user) -> list[Tool]:
    """The published full versions the user may read, in step order: the facilitators'
    cookbook. A tool restricted to other roles stays out of this user's book."""
    return list(
        Tool.objects.published()
        .visible_to(user)
        .filter(variant=Variant.FULL)
        .annotate(first_step=Min("step_rows__step"))
        .order_by("first_step", "title")
    )


def starter_pack_default_tools():
    """Simplified public tools for the first two steps: the starter pack when nobody chose."""
    return (
        Tool.objects.published()
        .filter(variant=Variant.SIMPLIFIED, visibility=Visibility.PUBLIC)
        .filter(step_rows__step__in=DEFAULT_STARTER_PACK_STEPS)
        .distinct()
        .annotate(first_step=Min("step_rows__step"))
        .order_by("first_step", "title")
    )


def starter_pack_choices():
    """The tools a facilitator may put into a starter pack: the published, public simplified
    ones (the pack goes to every member of the course, whatever their role)."""
    return (
        Tool.objects.published()
        .filter(variant=Variant.SIMPLIFIED, visibility=Visibility.PUBLIC)
        .annotate(first_step=Min("step_rows__step"))
        .order_by("first_step", "title")
        .prefetch_related("step_rows")
    )


def starter_pack_tools(course: Course) -> list[Tool]:
    pack = getattr(course, "starter_pack", None)  # the reverse one-to-one may not exist
    chosen = (
        list(
            pack.tools.published()
            .filter(visibility=Visibility.PUBLIC)
            .annotate(first_step=Min("step_rows__step"))
            .order_by("first_step", "title")
        )
        if pack is not None
        else []
    )
    return chosen or list(starter_pack_default_tools())


def _planned_phases(course: Course) -> list[dict]:
    """Each phase 0–4 with its start: the real date when reached, else projected from the
    phase lengths a course usually takes."""
    timeline = course_timeline(course)
    plan = []
    previous_start: date | None = None
    for step in timeline:
        if step.phase == Phase.CLOSED:
            continue
        if step.entered_at is not None:
            starts = timezone.localdate(step.entered_at)
            planned = False
        else:
            base = previous_start or course.start_date
            days = PHASE_EXPECTED_DAYS.get(Phase(step.phase - 1), 0) if previous_start else 0
            # Projected from the last known start, not from today: the plan (and with it the
            # pack's content hash) must not change by itself every day.
            starts = base + timedelta(days=days)
            planned = True
        plan.append(
            {
                "phase": int(step.phase),
                "label": str(Phase(step.phase).label),
                "starts": starts.isoformat(),
                "planned": planned,
                "state": step.state,
            }
        )
        previous_start = starts
    return plan


def starter_pack_inputs(course: Course) -> dict:
    """Everything a course's starter pack shows, as plain data. Its hash is the job's key:
    a new version is made when any of it changes."""
    course = (
        Course.objects.select_related("municipality")
        .prefetch_related("phase_changes", "members__user", "workshops")
        .get(pk=course.pk)
    )
    tools = starter_pack_tools(course)
    return {
        "municipality": course.municipality.name,
        "title": course.title,
        "area": course.area,
        "model": str(course.get_facilitation_model_display()),
        "start_date": course.start_date.isoformat(),
        "end_date": course.end_date.isoformat() if course.end_date else None,
        "phases": _planned_phases(course),
        "workshops": [
            {"date": w.held_on.isoformat(), "place": w.place}
            for w in sorted(course.workshops.all(), key=lambda w: w.held_on)
        ],
        "members": [
            {
                "name": m.user.full_name,
                "email": m.user.email,
                "job_title": m.user.job_title,
                "role": m.role,
                "role_label": str(m.get_role_display()),
            }
            for m in sorted(course.members.all(), key=lambda m: (m.role, m.user.full_name))
        ],
        "roles": [
            {"role": role.value, "label": str(role.label), "tasks": str(ROLE_TASKS[role])}
            for role in CourseRole
        ],
        "tool_ids": [tool.pk for tool in tools],
        "tools": [[tool.pk, tool.content_hash, tool.version] for tool in tools],
        "films": [*_portal_videos(), *PUBLIC_FILMS],
    }


def _portal_videos() -> list[dict]:
    """The published method and role videos, with their addresses in the portal."""
    from django.conf import settings

    from media_library.selectors import starter_pack_videos

    return [
        {"title": str(video.title), "url": settings.SITE_URL + video.get_absolute_url()}
        for video in starter_pack_videos()
    ]


def group_by_first_step(tools: list[Tool]) -> list[tuple[str, list[Tool]]]:
    """Tools (annotated with `first_step`) grouped under the first step they support."""
    groups = []
    for step in Step:
        in_step = [tool for tool in tools if getattr(tool, "first_step", None) == step]
        if in_step:
            groups.append((step.label, in_step))
    return groups


def lix_preview(data) -> dict:
    """The readability of a tool form as typed, against the target for its audiences."""
    from portal.richtext import sanitize_html

    from .models import LIX_TARGETS
    from .readability import lix
    from .services import ProgrammeRow, readable_text

    tool = Tool(
        purpose=data.get("purpose", ""),
        body=sanitize_html(data.get("body", "")),
        preparation=sanitize_html(data.get("preparation", "")),
        follow_up=sanitize_html(data.get("follow_up", "")),
    )
    rows = []
    total = data.get("programme-TOTAL_FORMS", "0")
    total = int(total) if total.isascii() and total.isdigit() else 0
    for index in range(min(total, 30)):
        prefix = f"programme-{index}-"
        if data.get(prefix + "DELETE"):
            continue
        rows.append(
            ProgrammeRow(
                title=data.get(prefix + "title", ""),
                description=data.get(prefix + "description", ""),
                cue=data.get(prefix + "cue", ""),
            )
        )
    score = lix(readable_text(tool, rows))
    simplified = data.get("variant") == Variant.SIMPLIFIED
    audiences = [a for a in data.getlist("audiences") if a in Audience.values]
    target = None
    if simplified:
        targets = [LIX_TARGETS[Audience(a)] for a in audiences] or [
            LIX_TARGETS[Audience.SHOP_STEWARD]
        ]
        target = min(targets)
    return {
        "lix": score,
        "lix_target": target,
        "lix_too_high": target is not None and score > target,
        "lix_band": lix_band(score),
    }


def lix_band(score: int) -> str:
    if score < 25:
        return _("very easy")
    if score < 35:
        return _("easy")
    if score < 45:
        return _("medium")
    if score < 55:
        return _("hard")
    return _("very hard")


def is_public_tool_job(job) -> bool:
    from .models import JobKind, ToolStatus

    tool = job.tool
    return (
        job.kind == JobKind.TOOL
        and tool is not None
        and (tool.status, tool.visibility) == (ToolStatus.PUBLISHED, Visibility.PUBLIC)
    )


# Answers about public tools' PDFs, cached with the tools version they were true for: any tool
# change (an edit, unpublishing, a new visibility) bumps that version, so no stale answer
# outlives the tool it is about. One round trip reads the answer and the current version.
def _public_get(kind: str, ident):
    from django.core.cache import cache

    from .caching import VERSION_KEY, tools_version
    from .services import PDF_LAYOUT_VERSION

    key = f"toolkit:public-{kind}:{PDF_LAYOUT_VERSION}:{ident}"
    found = cache.get_many([VERSION_KEY, key])
    version, entry = found.get(VERSION_KEY), found.get(key)
    if version is None:
        version = tools_version()
    if entry is None or entry[0] != version:
        return None
    return entry[1]


def _public_set(kind: str, ident, answer: tuple) -> None:
    from django.core.cache import cache

    from .caching import tools_version
    from .services import PDF_LAYOUT_VERSION

    key = f"toolkit:public-{kind}:{PDF_LAYOUT_VERSION}:{ident}"
    cache.set(key, (tools_version(), answer), timeout=60 * 60 * 24)


def cached_public_tool_job(slug: str):
    """(tool id, job id) of a public tool's PDF for its current content, or None."""
    return _public_get("tool-job", slug)


def cache_public_tool_job(slug: str, found: tuple) -> None:
    _public_set("tool-job", slug, found)


def cached_public_file(job_id):
    """(stored file name, download name) of a public tool's rendered PDF, or None."""
    return _public_get("file", job_id)


def cache_public_file(job_id, found: tuple) -> None:
    _public_set("file", job_id, found)


def job_visible_to(user, job) -> bool:
    """Whether the user may see a PDF job: only when they may read everything in it."""
    from .models import JobKind

    if job.kind == JobKind.TOOL:
        if is_public_tool_job(job):
            return True
        return Tool.objects.visible_to(user).filter(pk=job.tool_id).exists()
    if job.kind in (JobKind.BASKET, JobKind.COOKBOOK):
        if job.kind == JobKind.COOKBOOK and not user.has_perm("toolkit.view_cookbook"):
            return False
        ids = set(job.tool_ids)
        return Tool.objects.visible_to(user).filter(pk__in=ids).count() == len(ids)
    return Course.objects.of_member(user).filter(pk=job.course_id).exists()


def download_statistics() -> tuple[list[dict], list[dict]]:
    """Downloads per tool × role × municipality, and per tool: the rows in the database plus
    the counts still waiting in Redis (read, not moved: this is a GET)."""
    from collections import Counter

    from django.db.models import Sum

    from municipalities.models import Municipality

    from . import download_counts
    from .models import ToolDownload

    detail: Counter = Counter()
    for row in ToolDownload.objects.values("tool_id", "audience", "municipality_id").annotate(
        n=Sum("count")
    ):
        detail[(row["tool_id"], row["audience"], row["municipality_id"])] += row["n"]
    detail.update(download_counts.pending())
    tools = {
        t.pk: t for t in Tool.objects.filter(pk__in={k[0] for k in detail}).only("title", "variant")
    }
    places = dict(
        Municipality.objects.filter(pk__in={k[2] for k in detail if k[2]}).values_list("pk", "name")
    )
    rows, per_tool = [], Counter()
    for (tool_id, audience, municipality_id), n in detail.items():
        if tool_id not in tools:
            continue
        per_tool[tool_id] += n
        rows.append(
            {
                "tool__title": tools[tool_id].title,
                "tool__variant": tools[tool_id].variant,
                "audience": audience,
                "municipality__name": places.get(municipality_id),
                "count": n,
            }
        )
    rows.sort(key=lambda r: (r["tool__title"], r["audience"], r["municipality__name"] or ""))
    totals = [
        {"tool__title": tools[pk].title, "tool__variant": tools[pk].variant, "count": n}
        for pk, n in sorted(per_tool.items(), key=lambda item: (-item[1], tools[item[0]].title))
    ]
    return rows, totals


def jobs_needing_attention(limit: int = 50) -> list:
    """Failed PDF jobs, and jobs waiting far longer than any render takes, newest first."""
    from datetime import timedelta

    from django.conf import settings
    from django.db.models import Q

    from .models import JobStatus, RenderJob

    stale = timezone.now() - timedelta(seconds=settings.PDF_TIME_LIMIT * 2 + 60)
    return list(
        RenderJob.objects.filter(
            Q(status=JobStatus.FAILED)
            | Q(status=JobStatus.QUEUED, created_at__lt=stale)
            | Q(status=JobStatus.RENDERING, started_at__lt=stale)
        ).order_by("-created_at")[:limit]
    )
