"""Uploads checked by content, not by name or extension (quality.md R3), and links."""

from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_VIDEO_BYTES = 500 * 1024 * 1024
MAX_CAPTIONS_BYTES = 1024 * 1024
MAX_POSTER_BYTES = 5 * 1024 * 1024
MAX_POSTER_PIXELS = 20_000_000


def _head(upload, size: int) -> bytes:
    upload.seek(0)
    head = upload.read(size)
    upload.seek(0)
    return head


def _limit(upload, limit: int) -> None:
    if upload.size > limit:
        raise ValidationError(
            _("The file is too large: at most %(mb)s MB.") % {"mb": limit // 2**20},
            code="too_large",
        )


def validate_video(upload) -> None:
    """An MP4 (an ISO media "ftyp" box) or a WebM (an EBML header)."""
    _limit(upload, MAX_VIDEO_BYTES)
    head = _head(upload, 12)
    if not (head[4:8] == b"ftyp" or head.startswith(b"\x1a\x45\xdf\xa3")):
        raise ValidationError(_("The file is not an MP4 or WebM video."), code="not_video")


def validate_captions(upload) -> None:
    """A UTF-8 WebVTT file (it starts with "WEBVTT")."""
    _limit(upload, MAX_CAPTIONS_BYTES)
    upload.seek(0)
    content = upload.read()
    upload.seek(0)
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(
            _("The captions must be a WebVTT file in UTF-8."), code="not_utf8"
        ) from None
    if not text.startswith("WEBVTT"):
        raise ValidationError(
            _("The captions must be a WebVTT file (it starts with WEBVTT)."), code="not_vtt"
        )


def validate_poster(upload) -> None:
    """A real PNG or JPEG of sensible size (no pixel floods, no SVG, no polyglots)."""
    from PIL import Image

    _limit(upload, MAX_POSTER_BYTES)
    head = _head(upload, 8)
    if not (head.startswith(b"\x89PNG\r\n\x1a\n") or head.startswith(b"\xff\xd8\xff")):
        raise ValidationError(_("The image must be a PNG or JPEG."), code="not_image")
    try:
        upload.seek(0)
        with Image.open(upload) as image:
            width, height = image.size
            if width * height > MAX_POSTER_PIXELS:
                raise ValidationError(_("The image has too many pixels."), code="too_many_pixels")
            image.verify()
    except ValidationError:
        raise
    except Exception:
        raise ValidationError(_("The image could not be read."), code="broken_image") from None
    finally:
        upload.seek(0)


MAX_AUDIO_BYTES = 300 * 1024 * 1024


def validate_audio(upload) -> None:
    """An MP3 (an ID3 tag or an MPEG frame sync) or an M4A (an ISO media "ftyp" box)."""
    _limit(upload, MAX_AUDIO_BYTES)
    head = _head(upload, 12)
    is_mp3 = head.startswith(b"ID3") or (
        len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0
    )
    if not (is_mp3 or head[4:8] == b"ftyp"):
        raise ValidationError(_("The file is not an MP3 or M4A audio file."), code="not_audio")


def validate_vpt_url(value: str) -> None:
    """A link to an article on vpt.dk (Fremfærd's site), over https."""
    parts = urlsplit(value)
    host = (parts.hostname or "").lower()
    if parts.scheme != "https" or host not in {"vpt.dk", "www.vpt.dk"}:
        raise ValidationError(
            _("Give the address of the article on vpt.dk (starting with https://vpt.dk/)."),
            code="not_vpt",
        )
