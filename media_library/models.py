"""Videos about the method and the roles, and the podcast (the stories come later)."""

import uuid

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .validators import validate_audio, validate_captions, validate_poster, validate_video


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
