"""Videos made the way production makes them: files saved through the model's FileFields
(generated names) and publishing through `video_publish`, by an editor."""

import io
import itertools

from django.core.files.base import ContentFile
from PIL import Image

from media_library.models import Video, VideoKind
from media_library.services import video_publish
from portal.accounts.models import User
from portal.accounts.roles import Role
from tests.accounts.factories import make_user

EDITOR_EMAIL = "videoredaktoer@fremfaerd.example"
_numbers = itertools.count(1)

# A minimal fake WebM: the EBML magic number, then deterministic padding (byte i is i % 251,
# a prime, so no two nearby ranges look alike), 2 KB in all.
WEBM_MAGIC = b"\x1a\x45\xdf\xa3"
WEBM_BYTES = WEBM_MAGIC + bytes(i % 251 for i in range(2048 - len(WEBM_MAGIC)))
# An MP4 starts with a box whose type is "ftyp".
MP4_BYTES = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2" + bytes(range(256)) * 4
CAPTIONS = "WEBVTT\n\n00:00.000 --> 00:01.000\nHej\n"


def png_bytes(size=(4, 3), mode="RGB", color=(200, 30, 30)) -> bytes:
    """A real PNG made by Pillow."""
    buffer = io.BytesIO()
    Image.new(mode, size, color if mode != "1" else 0).save(buffer, format="PNG")
    return buffer.getvalue()


def jpeg_bytes(size=(4, 3)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (30, 30, 200)).save(buffer, format="JPEG")
    return buffer.getvalue()


def video_editor() -> User:
    """The editor who publishes the videos of a test (made once per test)."""
    editor = User.objects.filter(email=EDITOR_EMAIL).first()
    return editor or make_user(Role.EDITOR, email=EDITOR_EMAIL, full_name="Vera Videoredaktør")


def make_video(
    kind: str = VideoKind.METHOD,
    role: str = "",
    steps=(1,),
    with_file: bool = True,
    with_captions: bool = True,
    publish: bool = True,
    with_poster: bool = False,
    **fields,
) -> Video:
    """A video with the fake WebM, the captions and (asked for) a PNG poster, published by an
    editor unless `publish=False`."""
    number = next(_numbers)
    values = {
        "title": f"Video nummer {number}",
        "slug": f"video-{number}",
        "summary": "En kort video om metoden.",
        "transcript": "Hej og velkommen.\n\nHer er metoden.",
        "duration_seconds": 75,
    } | fields
    video = Video(kind=kind, role=role, steps=list(steps), **values)
    if with_file:
        video.video_file.save("film.webm", ContentFile(WEBM_BYTES), save=False)
    if with_captions:
        video.captions.save("tekster.vtt", ContentFile(CAPTIONS.encode()), save=False)
    if with_poster:
        video.poster.save("plakat.png", ContentFile(png_bytes()), save=False)
    video.save()
    if publish:
        video = video_publish(video=video, actor=video_editor())
    return video


def make_story(
    *,
    kind: str = "succeshistorie",
    audiences=("medarbejdere",),
    publish: bool = True,
    quotes=(),
    **fields,
):
    """A story written, sent and approved through the services by an editor (a draft when
    `publish=False`)."""
    from media_library.news import services
    from municipalities.models import Municipality

    number = next(_numbers)
    values = {
        "kind": kind,
        "title": f"Historie nummer {number}",
        "slug": f"historie-{number}",
        "summary": "Et kort resumé af historien.",
        "body": "<p>Brødtekst.</p>",
        "challenge": "<p>Fraværsregistrering tog lang tid.</p>",
        "solution": "<p>En enklere registrering.</p>",
        "trial_action": "<p>Afprøvet på én skole i tre måneder.</p>",
    } | fields
    if kind == "succeshistorie" and "municipality" not in values:
        values["municipality"] = Municipality.objects.get(name="Glostrup")
    editor = video_editor()
    story = services.story_save(
        actor=editor, fields=values, audiences=list(audiences), quotes=list(quotes)
    )
    if publish:
        story = services.story_submit(actor=editor, story=story)
        story = services.story_approve(actor=editor, story=story)
    return story
