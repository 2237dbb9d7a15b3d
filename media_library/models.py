"""Videos about the method and the roles (issue 5 adds the podcast and the stories)."""

import uuid

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .validators import validate_captions, validate_poster, validate_video


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


class VideoQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=PublishStatus.PUBLISHED)

    def visible_to(self, user):
        """Published videos for everyone; drafts for the editors."""
        if user.is_authenticated and user.has_perm("media_library.change_video"):
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

    objects = VideoQuerySet.as_manager()

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
        return "image/png" if _head(self.poster, 8) == b"\x89PNG\r\n\x1a\n" else "image/jpeg"

    @property
    def duration_label(self) -> str:
        if not self.duration_seconds:
            return ""
        minutes, seconds = divmod(self.duration_seconds, 60)
        return f"{minutes}:{seconds:02d}"
