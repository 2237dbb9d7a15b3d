"""Tools in the drejebog format, their PDF render jobs, starter packs and download counts."""

import uuid

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from municipalities.models import Course, Municipality, Step


class Audience(models.TextChoices):
    """Who a tool is written for: the "Jeg er …" filter of the library."""

    EMPLOYEE = "medarbejder", _("Employee")
    SHOP_STEWARD = "tillidsvalgt", _("Shop steward")
    LEADER = "leder", _("First-line leader")
    TOP_LEADER = "topleder", _("Top leader")
    FACILITATOR = "facilitator", _("Facilitator")
    INTERNAL_CONSULTANT = "intern_konsulent", _("Internal consultant")


# The highest LIX a simplified tool should have for each audience. LIX below 25 is very
# easy, 25–34 easy, 35–44 medium (a newspaper), 45–54 hard. Simplified tools are read by
# people with little facilitation experience, so they aim at "easy" to "medium".
LIX_TARGETS = {
    Audience.EMPLOYEE: 35,
    Audience.SHOP_STEWARD: 35,
    Audience.LEADER: 40,
    Audience.TOP_LEADER: 45,
    Audience.FACILITATOR: 50,
    Audience.INTERNAL_CONSULTANT: 50,
}


class Variant(models.TextChoices):
    FULL = "fuld", _("Full version")
    SIMPLIFIED = "forenklet", _("Simplified version")


class ToolStatus(models.TextChoices):
    DRAFT = "kladde", _("Draft")
    PUBLISHED = "publiceret", _("Published")


class Visibility(models.TextChoices):
    PUBLIC = "offentlig", _("Public")
    RESTRICTED = "begraenset", _("Restricted to roles")


class ToolQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=ToolStatus.PUBLISHED)

    def visible_to(self, user):
        """Published tools the user may read: public ones for everybody, restricted ones for
        the roles they are restricted to. Editors and administrators see drafts too."""
        if user.is_authenticated and user.is_active and user.has_perm("toolkit.view_all_tools"):
            return self
        published = self.published()
        if not user.is_authenticated or not user.is_active:
            return published.filter(visibility=Visibility.PUBLIC)
        return published.filter(
            models.Q(visibility=Visibility.PUBLIC)
            | models.Q(
                pk__in=Tool.restricted_roles.through.objects.filter(
                    group__in=user.groups.all()
                ).values("tool_id")
            )
        )

    def editable_by(self, user):
        if user.is_authenticated and user.is_active and user.has_perm("toolkit.change_tool"):
            return self
        return self.none()

    def for_library(self):
        """What a list of tools shows, in a fixed number of queries."""
        return self.prefetch_related("audience_rows", "step_rows").select_related("full_version")

    def for_page(self):
        return self.select_related("full_version", "simplified_version").prefetch_related(
            "audience_rows", "step_rows", "programme"
        )

    def search(self, text: str):
        """Plain word search in title, purpose and the tool's text, every word must match."""
        queryset = self
        for word in text.split()[:8]:
            queryset = queryset.filter(
                models.Q(title__icontains=word)
                | models.Q(purpose__icontains=word)
                | models.Q(search_text__icontains=word)
            )
        return queryset


class Tool(models.Model):
    """A tool in the drejebog format. A full version may have one simplified counterpart."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("address"), max_length=120, unique=True, allow_unicode=False)
    purpose = models.TextField(_("purpose"), help_text=_("What the tool is for and gives."))
    body = models.TextField(
        _("introduction"), blank=True, help_text=_("Background and when to use the tool.")
    )
    variant = models.CharField(
        _("variant"), max_length=20, choices=Variant.choices, default=Variant.FULL
    )
    full_version = models.OneToOneField(
        "self",
        verbose_name=_("full version"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="simplified_version",
        help_text=_("For a simplified tool: the full version it simplifies."),
    )
    duration_minutes = models.PositiveSmallIntegerField(_("duration (minutes)"))
    participants = models.CharField(_("participants"), max_length=300)
    materials = models.TextField(_("materials"), blank=True, help_text=_("One per line."))
    preparation = models.TextField(_("preparation"), blank=True)
    follow_up = models.TextField(_("follow-up"), blank=True)
    source_note = models.CharField(
        _("source"), max_length=300, blank=True, help_text=_("What the tool builds on.")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=ToolStatus.choices, default=ToolStatus.DRAFT
    )
    visibility = models.CharField(
        _("visibility"), max_length=20, choices=Visibility.choices, default=Visibility.PUBLIC
    )
    restricted_roles = models.ManyToManyField(
        Group,
        verbose_name=_("visible to roles"),
        blank=True,
        related_name="restricted_tools",
        help_text=_("For restricted tools: the roles that may read them."),
    )
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    updated_at = models.DateTimeField(_("updated"), editable=False)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("updated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    lix = models.PositiveSmallIntegerField(_("readability (LIX)"), default=0, editable=False)
    # Everything that ends up in the tool's PDF, hashed: the render job's key.
    content_hash = models.CharField(max_length=64, editable=False)
    # Title, purpose and text without markup, for the library's search.
    search_text = models.TextField(editable=False, blank=True)
    is_demo = models.BooleanField(_("demo data"), default=False)

    objects = ToolQuerySet.as_manager()

    class Meta:
        verbose_name = _("tool")
        verbose_name_plural = _("tools")
        ordering = ["title"]
        permissions = [
            ("view_all_tools", _("Can see drafts and every restricted tool")),
            ("view_cookbook", _("Can download the facilitators' cookbook")),
            ("view_tool_statistics", _("Can see download statistics and PDF jobs")),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(full_version__isnull=True) | models.Q(variant="forenklet"),
                name="tool_only_simplified_has_full_version",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("toolkit:tool", args=[self.slug])

    @property
    def is_simplified(self) -> bool:
        return self.variant == Variant.SIMPLIFIED

    @property
    def counterpart(self):
        """The other variant of the same tool, or None."""
        if self.is_simplified:
            return self.full_version
        try:
            return self.simplified_version
        except Tool.DoesNotExist:
            return None

    @property
    def steps(self) -> list[int]:
        return sorted(row.step for row in self.step_rows.all())

    @property
    def step_labels(self) -> list[str]:
        return [Step(step).label for step in self.steps]

    @property
    def audiences(self) -> list[str]:
        order = list(Audience.values)
        return sorted((row.audience for row in self.audience_rows.all()), key=order.index)

    @property
    def audience_labels(self) -> list[str]:
        return [Audience(audience).label for audience in self.audiences]

    @property
    def lix_target(self) -> int | None:
        """The strictest LIX target of the tool's audiences (simplified tools only)."""
        if not self.is_simplified:
            return None
        targets = [LIX_TARGETS[Audience(a)] for a in self.audiences]
        return min(targets) if targets else LIX_TARGETS[Audience.SHOP_STEWARD]

    @property
    def lix_too_high(self) -> bool:
        target = self.lix_target
        return target is not None and self.lix > target

    @property
    def material_list(self) -> list[str]:
        return [line.strip() for line in self.materials.splitlines() if line.strip()]


class ToolStep(models.Model):
    """One of the six steps a tool supports."""

    tool = models.ForeignKey(Tool, on_delete=models.CASCADE, related_name="step_rows")
    step = models.PositiveSmallIntegerField(_("step"), choices=Step.choices)

    class Meta:
        verbose_name = _("step")
        verbose_name_plural = _("steps")
        ordering = ["step"]
        constraints = [
            models.UniqueConstraint(fields=["tool", "step"], name="tool_step_once"),
        ]

    def __str__(self) -> str:
        return str(Step(self.step).label)


class ToolAudience(models.Model):
    """One audience a tool is written for."""

    tool = models.ForeignKey(Tool, on_delete=models.CASCADE, related_name="audience_rows")
    audience = models.CharField(_("audience"), max_length=20, choices=Audience.choices)

    class Meta:
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
        constraints = [
            models.UniqueConstraint(fields=["tool", "audience"], name="tool_audience_once"),
        ]

    def __str__(self) -> str:
        return str(Audience(self.audience).label)


class ProgrammeItem(models.Model):
    """One step of a tool's programme, with the facilitator's cue."""

    tool = models.ForeignKey(Tool, on_delete=models.CASCADE, related_name="programme")
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    title = models.CharField(_("title"), max_length=200)
    minutes = models.PositiveSmallIntegerField(_("minutes"), null=True, blank=True)
    description = models.TextField(_("what happens"), blank=True)
    cue = models.TextField(_("facilitator cue"), blank=True)

    class Meta:
        verbose_name = _("programme item")
        verbose_name_plural = _("programme")
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return self.title


# --- PDF render jobs -------------------------------------------------------------------------


class JobKind(models.TextChoices):
    TOOL = "tool", _("Tool")
    BASKET = "basket", _("Print basket")
    STARTER_PACK = "starter_pack", _("Starter pack")
    COOKBOOK = "cookbook", _("Cookbook")


class JobStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    RENDERING = "rendering", _("Rendering")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


def job_file_path(instance, filename: str) -> str:
    # Named by the content hash: a job that runs twice (a killed worker) writes one file.
    return f"pdf/{instance.content_hash}.pdf"


class RenderJobQuerySet(models.QuerySet):
    def versions_of(self, course):
        return self.filter(kind=JobKind.STARTER_PACK, course=course).order_by("-created_at")


class RenderJob(models.Model):
    """One PDF, keyed by the hash of everything that goes into it: unchanged content is
    rendered once and then reused."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    kind = models.CharField(_("kind"), max_length=20, choices=JobKind.choices)
    content_hash = models.CharField(_("content hash"), max_length=64, unique=True)
    title = models.CharField(_("title"), max_length=300)
    status = models.CharField(
        _("status"), max_length=20, choices=JobStatus.choices, default=JobStatus.QUEUED
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    error = models.TextField(_("error"), blank=True)
    file = models.FileField(_("file"), upload_to=job_file_path, blank=True)
    page_count = models.PositiveIntegerField(_("pages"), default=0)
    size = models.PositiveIntegerField(_("size (bytes)"), default=0)
    tool = models.ForeignKey(
        Tool, null=True, blank=True, on_delete=models.CASCADE, related_name="render_jobs"
    )
    course = models.ForeignKey(
        Course, null=True, blank=True, on_delete=models.CASCADE, related_name="render_jobs"
    )
    # The tools in a print basket, starter pack or cookbook, in order.
    tool_ids = models.JSONField(default=list, blank=True)
    # What was hashed, for documents made from more than tools (a starter pack's dates and
    # people): rendered from this snapshot, so a version stays what it was when asked for.
    payload = models.JSONField(default=dict, blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    render_seconds = models.FloatField(_("render time (s)"), null=True, blank=True)

    objects = RenderJobQuerySet.as_manager()

    class Meta:
        verbose_name = _("PDF job")
        verbose_name_plural = _("PDF jobs")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["kind", "course", "-created_at"])]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="done") | ~models.Q(file=""),
                name="render_job_done_has_file",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.get_status_display()})"

    def get_absolute_url(self) -> str:
        return reverse("toolkit:job", args=[self.pk])

    @property
    def is_done(self) -> bool:
        return self.status == JobStatus.DONE

    @property
    def is_pending(self) -> bool:
        return self.status in (JobStatus.QUEUED, JobStatus.RENDERING)

    @property
    def download_name(self) -> str:
        from .services import slug_for

        return f"{slug_for(self.title)[:80] or 'dokument'}.pdf"


class StarterPack(models.Model):
    """A course's starter pack: what the facilitator chose to put in it."""

    course = models.OneToOneField(Course, on_delete=models.CASCADE, related_name="starter_pack")
    tools = models.ManyToManyField(
        Tool, verbose_name=_("simplified tools"), blank=True, related_name="starter_packs"
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("starter pack")
        verbose_name_plural = _("starter packs")

    def __str__(self) -> str:
        return str(self.course)


class ToolDownload(models.Model):
    """Asked-for PDFs of a tool on one day: who (by role) and from where, never by name."""

    tool = models.ForeignKey(Tool, on_delete=models.CASCADE, related_name="downloads")
    audience = models.CharField(
        _("role"), max_length=20, choices=Audience.choices, blank=True, default=""
    )
    municipality = models.ForeignKey(
        Municipality, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    day = models.DateField(_("day"), default=timezone.localdate)
    count = models.PositiveIntegerField(_("downloads"), default=1)
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)

    class Meta:
        verbose_name = _("tool download")
        verbose_name_plural = _("tool downloads")
        indexes = [models.Index(fields=["tool", "audience"])]

    def __str__(self) -> str:
        return f"{self.tool} ({self.audience or '?'})"
