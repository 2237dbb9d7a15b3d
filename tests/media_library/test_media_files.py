"""The video's files: whole, or one byte range so players can seek (HTTP 206/416), always as
an attachment with the detected type and nosniff (quality.md R3); drafts' files stay hidden."""

import pytest
from django.urls import reverse

from media_library.services import video_unpublish
from portal.accounts.roles import Role
from tests.media_library.factories import CAPTIONS, WEBM_BYTES, make_video, png_bytes, video_editor

pytestmark = pytest.mark.django_db

SIZE = len(WEBM_BYTES)


def _file_url(video, name: str = "video_file") -> str:
    return reverse(f"media_library:{name}", args=[video.slug])


def _body(response) -> bytes:
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def _assert_safe_download(response, content_type: str, filename: str) -> None:
    assert response["Content-Type"] == content_type
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"] == f'attachment; filename="{filename}"'
    assert response["Accept-Ranges"] == "bytes"


def test_the_whole_video(client):
    video = make_video()
    response = client.get(_file_url(video))
    assert response.status_code == 200
    _assert_safe_download(response, "video/webm", f"{video.slug}.webm")
    assert "Content-Range" not in response
    assert int(response["Content-Length"]) == SIZE
    assert _body(response) == WEBM_BYTES


@pytest.mark.parametrize(
    ("header", "start", "end"),
    [
        ("bytes=0-99", 0, 99),
        ("bytes=100-", 100, SIZE - 1),  # open-ended
        ("bytes=-50", SIZE - 50, SIZE - 1),  # the last 50 bytes
        ("bytes=5-5", 5, 5),  # one byte
        ("bytes=1000-1999", 1000, 1999),
        (f"bytes={SIZE - 1}-", SIZE - 1, SIZE - 1),  # the last byte
        (f"bytes=2000-{SIZE * 10}", 2000, SIZE - 1),  # an end past the file is cut
        (f"bytes=-{SIZE * 10}", 0, SIZE - 1),  # a suffix longer than the file is all of it
    ],
)
def test_a_byte_range_is_206_with_exactly_those_bytes(client, header, start, end):
    video = make_video()
    response = client.get(_file_url(video), headers={"Range": header})
    assert response.status_code == 206
    assert response["Content-Range"] == f"bytes {start}-{end}/{SIZE}"
    assert response["Content-Length"] == str(end - start + 1)
    assert _body(response) == WEBM_BYTES[start : end + 1]
    _assert_safe_download(response, "video/webm", f"{video.slug}.webm")


def test_the_first_hundred_bytes(client):
    video = make_video()
    response = client.get(_file_url(video), headers={"Range": "bytes=0-99"})
    assert response.status_code == 206
    assert response["Content-Range"] == f"bytes 0-99/{SIZE}"
    assert response["Content-Length"] == "100"
    body = _body(response)
    assert len(body) == 100
    assert body.startswith(b"\x1a\x45\xdf\xa3")
    assert body == WEBM_BYTES[:100]


@pytest.mark.parametrize(
    "header",
    [
        f"bytes={SIZE}-",
        f"bytes={SIZE + 100}-",
        f"bytes={SIZE}-{SIZE + 5}",
        "bytes=10-5",
        "bytes=-0",
    ],
)
def test_an_unsatisfiable_range_is_416(client, header):
    video = make_video()
    response = client.get(_file_url(video), headers={"Range": header})
    assert response.status_code == 416
    assert response["Content-Range"] == f"bytes */{SIZE}"
    assert _body(response) == b""


@pytest.mark.parametrize(
    "header", ["bytes=-", "bytes=a-b", "items=0-99", "bytes=0-1,5-6", "0-99", "bytes=0x10-"]
)
def test_a_range_it_does_not_understand_gives_the_whole_file(client, header):
    # RFC 9110 lets a server ignore a Range header it does not support.
    video = make_video()
    response = client.get(_file_url(video), headers={"Range": header})
    assert response.status_code == 200
    assert "Content-Range" not in response
    assert _body(response) == WEBM_BYTES


def test_captions_are_served_as_webvtt(client):
    video = make_video()
    response = client.get(_file_url(video, "video_captions"))
    assert response.status_code == 200
    _assert_safe_download(response, "text/vtt", f"{video.slug}.vtt")
    assert _body(response).decode() == CAPTIONS

    response = client.get(_file_url(video, "video_captions"), headers={"Range": "bytes=0-5"})
    assert response.status_code == 206
    assert _body(response) == b"WEBVTT"
    assert response["Content-Type"] == "text/vtt"


def test_the_poster_is_served_as_a_png(client):
    video = make_video(with_poster=True)
    response = client.get(_file_url(video, "video_poster"))
    assert response.status_code == 200
    _assert_safe_download(response, "image/png", f"{video.slug}.png")
    assert _body(response) == png_bytes()


@pytest.mark.parametrize("name", ["video_file", "video_captions", "video_poster"])
@pytest.mark.parametrize("headers", [{}, {"Range": "bytes=0-99"}, {"Range": f"bytes={SIZE}-"}])
def test_a_drafts_files_are_404_for_anonymous_whatever_the_range(client, name, headers):
    video = make_video(publish=False, with_poster=True)
    response = client.get(_file_url(video, name), headers=headers)
    assert response.status_code == 404
    assert "Content-Range" not in response


@pytest.mark.parametrize("name", ["video_file", "video_captions", "video_poster"])
def test_files_of_an_unpublished_video_are_404_again(client, name):
    video = make_video(with_poster=True)
    assert client.get(_file_url(video, name)).status_code == 200
    video_unpublish(video=video, actor=video_editor())
    assert client.get(_file_url(video, name)).status_code == 404


def test_an_editor_can_seek_in_a_draft(client, client_as):
    video = make_video(publish=False)
    client_as(Role.EDITOR)
    response = client.get(_file_url(video), headers={"Range": "bytes=-50"})
    assert response.status_code == 206
    assert _body(response) == WEBM_BYTES[-50:]


@pytest.mark.parametrize("name", ["video_file", "video_captions", "video_poster"])
def test_a_drafts_files_are_not_publicly_cacheable(client, client_as, name):
    video = make_video(publish=False, with_poster=True)
    client_as(Role.EDITOR)
    response = client.get(_file_url(video, name))
    assert response.status_code == 200
    assert "public" not in response.get("Cache-Control", "")
