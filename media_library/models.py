"""Videos about the method and the roles, the podcast, and the news: articles and success
stories ("Viden og historier")."""

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from municipalities.models import FourF, Measurement, Step

from .validators import (
    validate_audio,
    validate_captions,
    validate_poster,
    validate_video,
    validate_vpt_url,
)


class VideoKind(models.TextChoices):
    METHOD = "metode", _("Method video")
    ROLE = "rolle", _("Role video")
    OTHER = "andet", _("Other video")


class VideoRole(models.TextChoices):
    """The four roles the project makes a video for."""

    EMPLOYEE = "medarbejder", _("Employee")
    SHOP_STEWARD = "tillidsvalgt", _("Shop steward")
    INSTITUTION_LEADER = "institutionsleder", _("Institution leader")
    TOP_LEADER = "topleder", _("Top leader")


class PublishStatus(models.TextChoices):
    DRAFT = "kladde", _("Draft")
    PUBLISHED = "publiceret", _("Published")


def _generated_name(folder: str, extension: str) -> str:
    # The uploader's file name is never used on disk.
    return f"{folder}/{uuid.uuid4().hex}.{extension}"


def video_file_path(instance, filename: str) -> str:
    return _generated_name("videos", "webm" if filename.lower().endswith(".webm") else "mp4")


def poster_path(instance, filename: str) -> str:
    return _generated_name("posters", "png" if filename.lower().endswith(".png") else "jpg")


def captions_path(instance, filename: str) -> str:
    return _generated_name("captions", "vtt")


def _head(field, size: int) -> bytes:
    with field.open("rb") as handle:
        return handle.read(size)


def _image_type(field) -> str:
    return "image/png" if _head(field, 8) == b"\x89PNG\r\n\x1a\n" else "image/jpeg"


class PublishableQuerySet(models.QuerySet):
    """Videos and episodes alike: published ones for everyone, drafts for their editors."""

    def published(self):
        return self.filter(status=PublishStatus.PUBLISHED)

    def visible_to(self, user):
        meta = self.model._meta
        if user.is_authenticated and user.has_perm(f"{meta.app_label}.change_{meta.model_name}"):
            return self
        return self.published()


class Video(models.Model):
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("address"), max_length=120, unique=True)
    summary = models.TextField(_("summary"), help_text=_("A few lines on what the video shows."))
    kind = models.CharField(_("kind"), max_length=10, choices=VideoKind.choices)
    role = models.CharField(
        _("role"),
        max_length=20,
        choices=VideoRole.choices,
        blank=True,
        help_text=_("For a role video: the role it is about."),
    )
    steps = models.JSONField(
        _("steps"), default=list, blank=True, help_text=_("The steps (1–6) the video supports.")
    )
    video_file = models.FileField(
        _("video file (MP4 or WebM)"),
        upload_to=video_file_path,
        blank=True,
        validators=[validate_video],
    )
    external_url = models.URLField(
        _("or a link to the video elsewhere"),
        blank=True,
        help_text=_("For a video hosted elsewhere; it opens there."),
    )
    poster = models.FileField(
        _("poster image (PNG or JPEG)"),
        upload_to=poster_path,
        blank=True,
        validators=[validate_poster],
    )
    captions = models.FileField(
        _("Danish captions (WebVTT)"),
        upload_to=captions_path,
        blank=True,
        validators=[validate_captions],
        help_text=_("Required before the video can be published."),
    )
    transcript = models.TextField(_("transcript"), blank=True)
    duration_seconds = models.PositiveIntegerField(_("duration (seconds)"), null=True, blank=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=PublishStatus.choices,
        default=PublishStatus.DRAFT,
        editable=False,
    )
    published_at = models.DateTimeField(_("published"), null=True, blank=True, editable=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    is_demo = models.BooleanField(_("demo data"), default=False)

    objects = PublishableQuerySet.as_manager()

    class Meta:
        verbose_name = _("video")
        verbose_name_plural = _("videos")
        ordering = ["kind", "title"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(kind="rolle") | ~models.Q(role=""),
                name="video_role_video_has_role",
            ),
            models.UniqueConstraint(
                fields=["role"],
                condition=models.Q(kind="rolle", status="publiceret"),
                name="video_one_published_per_role",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("media_library:video", args=[self.slug])

    @property
    def is_published(self) -> bool:
        return self.status == PublishStatus.PUBLISHED

    @property
    def video_type(self) -> str:
        """From the file's content (its first bytes), never from a name the uploader chose."""
        return "video/webm" if _head(self.video_file, 4) == b"\x1a\x45\xdf\xa3" else "video/mp4"

    @property
    def poster_type(self) -> str:
        return _image_type(self.poster)

    @property
    def duration_label(self) -> str:
        if not self.duration_seconds:
            return ""
        minutes, seconds = divmod(self.duration_seconds, 60)
        return f"{minutes}:{seconds:02d}"


# --- Podcast -----------------------------------------------------------------------------------


AUDIO_FOLDER = "podcast"
ARTWORK_FOLDER = "podcast-artwork"


def audio_path(instance, filename: str) -> str:
    # A new name for every upload, and the name is in the file's address: an episode's file
    # URL is never reused for other audio.
    return _generated_name(AUDIO_FOLDER, "m4a" if filename.lower().endswith(".m4a") else "mp3")


def artwork_path(instance, filename: str) -> str:
    return _generated_name(ARTWORK_FOLDER, "png" if filename.lower().endswith(".png") else "jpg")


class PodcastShow(models.Model):
    """The podcast's own settings (one show)."""

    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"))
    author = models.CharField(_("author"), max_length=200, default="Fremfærd")
    owner_name = models.CharField(_("owner's name"), max_length=200)
    owner_email = models.EmailField(_("owner's e-mail"))
    artwork = models.FileField(
        _("artwork (square PNG or JPEG, 1400–3000 px)"),
        upload_to=artwork_path,
        validators=[validate_poster],
    )
    category = models.CharField(
        _("category"), max_length=100, default="Government", help_text=_("An Apple category.")
    )
    explicit = models.BooleanField(_("explicit"), default=False)
    is_demo = models.BooleanField(_("demo data"), default=False)

    class Meta:
        verbose_name = _("podcast")
        verbose_name_plural = _("podcast")

    def __str__(self) -> str:
        return self.title

    @property
    def artwork_type(self) -> str:
        return _image_type(self.artwork)

    @property
    def artwork_url(self) -> str:
        return reverse("media_library:podcast_artwork", args=[self.artwork.name.rsplit("/", 1)[-1]])


class Episode(models.Model):
    show = models.ForeignKey(PodcastShow, on_delete=models.PROTECT, related_name="episodes")
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("address"), max_length=120, unique=True)
    number = models.PositiveIntegerField(_("episode number"), null=True, blank=True)
    steps = models.JSONField(
        _("steps"), default=list, blank=True, help_text=_("The steps (1–6) the episode supports.")
    )
    # The feed's guid: fixed for the episode's whole life, whatever else changes.
    guid = models.UUIDField(default=uuid.uuid4, editable=False, unique=True)
    summary = models.TextField(_("summary"))
    show_notes = models.TextField(_("show notes"), blank=True)
    audio_file = models.FileField(
        _("audio file (MP3 or M4A)"), upload_to=audio_path, validators=[validate_audio]
    )
    audio_bytes = models.PositiveIntegerField(_("size (bytes)"), default=0, editable=False)
    # Detected from the file's content when it is saved, so the feed reads no files.
    audio_type = models.CharField(
        _("audio type"), max_length=20, default="audio/mpeg", editable=False
    )
    duration_seconds = models.PositiveIntegerField(_("duration (seconds)"))
    transcript = models.TextField(
        _("transcript"), blank=True, help_text=_("Required before the episode can be published.")
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=PublishStatus.choices,
        default=PublishStatus.DRAFT,
        editable=False,
    )
    published_at = models.DateTimeField(_("published"), null=True, blank=True, editable=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    is_demo = models.BooleanField(_("demo data"), default=False)

    objects = PublishableQuerySet.as_manager()

    class Meta:
        verbose_name = _("podcast episode")
        verbose_name_plural = _("podcast episodes")
        ordering = ["-published_at", "-pk"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("media_library:episode", args=[self.slug])

    @property
    def is_published(self) -> bool:
        return self.status == PublishStatus.PUBLISHED

    @property
    def audio_url(self) -> str:
        name = self.audio_file.name.rsplit("/", 1)[-1]
        return reverse("media_library:episode_audio", args=[self.slug, name])

    def detected_audio_type(self) -> str:
        return "audio/mp4" if _head(self.audio_file, 8)[4:8] == b"ftyp" else "audio/mpeg"

    @property
    def duration_label(self) -> str:
        minutes, seconds = divmod(self.duration_seconds or 0, 60)
        hours, minutes = divmod(minutes, 60)
        return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


# --- News and success stories ("Viden og historier") ------------------------------------------


class StoryKind(models.TextChoices):
    ARTICLE = "artikel", _("Article")
    SUCCESS_STORY = "succeshistorie", _("Success story")


class StoryStatus(models.TextChoices):
    """Kladde → til godkendelse → (planlagt →) publiceret; afpubliceret when taken down."""

    DRAFT = "kladde", _("Draft")
    PENDING = "til_godkendelse", _("Awaiting approval")
    SCHEDULED = "planlagt", _("Scheduled")
    PUBLISHED = "publiceret", _("Published")
    UNPUBLISHED = "afpubliceret", _("Unpublished")


class StoryAudience(models.TextChoices):
    """The project's dissemination targets."""

    TOP_MANAGEMENT = "topledelse", _("Top management")
    SHOP_STEWARDS = "tillidsvalgte", _("Shop stewards")
    INSTITUTION_LEADERS = "institutionsledere", _("Institution leaders")
    EMPLOYEES = "medarbejdere", _("Employees")


class WelfareArea(models.TextChoices):
    ELDER_CARE = "aeldre", _("Elder care and home care")
    SCHOOL = "skole", _("School")
    DAY_CARE = "dagtilbud", _("Day care")
    SPECIALISED_SOCIAL = "specialiseret_social", _("Specialised social services")
    ADMINISTRATION = "administration", _("Administration")
    OTHER = "andet", _("Other")


class GovernanceOrigin(models.TextChoices):
    """Where the rule or routine that caused the bøvl came from."""

    OWN_UNIT = "egen_enhed", _("Our own unit")
    MUNICIPALITY = "kommunen", _("The municipality")
    STATE = "staten", _("State law or rules")
    OTHER = "andet", _("Other")


class StoryQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=StoryStatus.PUBLISHED)

    def for_audience(self, audience: str):
        return self.filter(audience_rows__audience=audience)

    def visible_to(self, user):
        """Published stories for everyone; every story for the editors."""
        if user.is_authenticated and user.has_perm("media_library.change_story"):
            return self
        return self.published()

    def editable_by(self, user):
        if user.is_authenticated and user.is_active and user.has_perm("media_library.change_story"):
            return self
        return self.none()


class Story(models.Model):
    """An article or a success story. A success story follows the record in domain.md §5: the
    bøvl, the solution, the trial action and what came of it, for the product and the process."""

    kind = models.CharField(_("kind"), max_length=20, choices=StoryKind.choices)
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("address"), max_length=120, unique=True)
    summary = models.TextField(
        _("summary"), max_length=400, help_text=_("One or two sentences for lists and feeds.")
    )
    body = models.TextField(_("text"), blank=True)
    # Where it happened.
    municipality = models.ForeignKey(
        "municipalities.Municipality",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="stories",
        verbose_name=_("municipality"),
    )
    course = models.ForeignKey(
        "municipalities.Course",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="stories",
        verbose_name=_("course"),
    )
    area = models.CharField(
        _("welfare area"), max_length=30, choices=WelfareArea.choices, blank=True
    )
    workplace = models.CharField(_("workplace or unit"), max_length=200, blank=True)
    participants = models.CharField(
        _("participants"),
        max_length=200,
        blank=True,
        help_text=_("How many and which professions, e.g. almost 400 leaders and staff."),
    )
    # The story itself.
    challenge = models.TextField(_("the bøvl (the challenge)"), blank=True)
    governance_origin = models.CharField(
        _("where the rule came from"), max_length=20, choices=GovernanceOrigin.choices, blank=True
    )
    four_f = models.CharField(_("4F"), max_length=10, choices=FourF.choices, blank=True)
    solution = models.TextField(_("the solution"), blank=True)
    trial_action = models.TextField(
        _("the trial action"),
        blank=True,
        help_text=_("Which unit, which period, who did what differently."),
    )
    expected_effect = models.TextField(_("expected effect and signs"), blank=True)
    measurement_method = models.CharField(
        _("how it was measured"), max_length=20, choices=Measurement.METHODS, blank=True
    )
    result_product = models.TextField(
        _("result for the product"), blank=True, help_text=_("e.g. minutes freed per week.")
    )
    result_process = models.TextField(
        _("result for the process"), blank=True, help_text=_("Trust, relations, feedback culture.")
    )
    effect_citizen = models.TextField(_("effect for the citizens"), blank=True)
    effect_task = models.TextField(_("effect for the task"), blank=True)
    effect_work_environment = models.TextField(_("effect for the work environment"), blank=True)
    next_steps = models.TextField(_("next steps and spreading"), blank=True)
    step_reached = models.PositiveSmallIntegerField(
        _("step reached"), choices=Step.choices, null=True, blank=True
    )
    # Elsewhere.
    vpt_url = models.URLField(
        _("the article on vpt.dk"),
        blank=True,
        validators=[validate_vpt_url],
        help_text=_("When the story is published on vpt.dk too."),
    )
    video = models.ForeignKey(
        Video,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="stories",
        verbose_name=_("video"),
    )
    episode = models.ForeignKey(
        "Episode",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="stories",
        verbose_name=_("podcast episode"),
    )
    # Workflow.
    status = models.CharField(
        _("status"), max_length=20, choices=StoryStatus.choices, default=StoryStatus.DRAFT
    )
    publish_at = models.DateTimeField(_("publish at"), null=True, blank=True)
    unpublish_at = models.DateTimeField(_("unpublish at"), null=True, blank=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    review_note = models.TextField(_("note from the approver"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("written by"),
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("suggested by"),
        help_text=_("The facilitator who suggested the story from a course."),
    )
    # Bumped by every content save: the editor's form carries it to refuse a stale save.
    revision = models.PositiveIntegerField(_("revision"), default=0)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    is_demo = models.BooleanField(_("demo data"), default=False)

    objects = StoryQuerySet.as_manager()

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")
        ordering = [models.F("published_at").desc(nulls_last=True), "-pk"]
        permissions = [("approve_story", _("Can approve, publish and unpublish stories"))]
        indexes = [models.Index(fields=["status", "-published_at"])]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("news:story", args=[self.slug])

    @property
    def is_published(self) -> bool:
        return self.status == StoryStatus.PUBLISHED

    @property
    def is_success_story(self) -> bool:
        return self.kind == StoryKind.SUCCESS_STORY

    @property
    def audiences(self) -> list[str]:
        """The audiences' values (from prefetched rows when there are any)."""
        return sorted(row.audience for row in self.audience_rows.all())

    @property
    def audience_labels(self) -> list[str]:
        labels = dict(StoryAudience.choices)
        return [labels[a] for a in self.audiences if a in labels]


class StoryAudienceRow(models.Model):
    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="audience_rows")
    audience = models.CharField(_("audience"), max_length=30, choices=StoryAudience.choices)

    class Meta:
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
        constraints = [
            models.UniqueConstraint(fields=["story", "audience"], name="story_audience_once")
        ]

    def __str__(self) -> str:
        return self.get_audience_display()


class StoryQuote(models.Model):
    """A quote in a success story. It is only kept with a record of the consent to use it."""

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="quotes")
    position = models.PositiveSmallIntegerField(default=0)
    text = models.TextField(_("quote"))
    name = models.CharField(_("name (optional)"), max_length=200, blank=True)
    role = models.CharField(_("role or job"), max_length=200)
    consent_date = models.DateField(_("consent given on"))
    consent_note = models.CharField(
        _("how the consent was given"),
        max_length=300,
        help_text=_("e.g. in writing by e-mail to the editor."),
    )

    class Meta:
        verbose_name = _("quote")
        verbose_name_plural = _("quotes")
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return self.text[:60]


class StoryAction(models.TextChoices):
    CREATED = "oprettet", _("Created")
    SUGGESTED = "foreslaaet", _("Suggested from a course")
    SAVED = "gemt", _("Saved")
    SUBMITTED = "sendt", _("Sent for approval")
    REJECTED = "afvist", _("Sent back")
    SCHEDULED = "planlagt", _("Approved and scheduled")
    PUBLISHED = "publiceret", _("Published")
    UNPUBLISHED = "afpubliceret", _("Unpublished")


class StoryRevision(models.Model):
    """Every change of a story, kept: who did what, when, and the content as it then was."""

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveIntegerField(_("revision"))
    action = models.CharField(_("action"), max_length=20, choices=StoryAction.choices)
    status = models.CharField(_("status"), max_length=20, choices=StoryStatus.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
    )
    note = models.TextField(_("note"), blank=True)
    content = models.JSONField(_("content"))
    created_at = models.DateTimeField(_("when"), auto_now_add=True)

    class Meta:
        verbose_name = _("story revision")
        verbose_name_plural = _("story revisions")
        ordering = ["-pk"]

    def __str__(self) -> str:
        return f"{self.story} #{self.number}"
