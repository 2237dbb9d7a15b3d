"""The podcast: an RSS feed Apple Podcasts and Podcasting 2.0 apps accept, episode pages with a
player and the transcript, audio served in byte ranges, publishing only with a transcript, and
uploads checked by content. Episodes are made the way the admin makes them: the file saved
through the model's FileField (a generated name), then `episode_saved` and `episode_publish`."""

import itertools
import re
import xml.etree.ElementTree as ET
from calendar import timegm
from html.parser import HTMLParser
from pathlib import Path

import feedparser
import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from media_library import validators
from media_library.exceptions import CannotPublish, NotAllowed
from media_library.feeds import ITUNES, PODCAST
from media_library.models import Episode, PodcastShow, PublishStatus
from media_library.services import episode_publish, episode_saved, episode_unpublish
from portal.accounts.roles import Role
from tests.accounts.factories import make_user
from tests.media_library.factories import png_bytes, video_editor

pytestmark = pytest.mark.django_db

SITE = "https://fremfaerd.example"
NS = {"itunes": ITUNES, "podcast": PODCAST}
FEED = reverse("media_library:podcast_feed")
PODCAST_PAGE = reverse("media_library:podcast")
ADD = reverse("admin:media_library_episode_add")
STORED_NAME = re.compile(r"podcast/[0-9a-f]{32}\.(mp3|m4a)")

# Minimal fake audio, with deterministic padding (byte i is i % 251) so ranges are checkable.
# An MP3 with an ID3v2 tag header, 3000 bytes.
MP3_BYTES = b"ID3\x04\x00\x00\x00\x00\x00\x0a" + bytes(i % 251 for i in range(2990))
# An MP3 without a tag: it starts with an MPEG-1 Layer III frame sync; another size.
MP3_SYNC_BYTES = b"\xff\xfb\x90\x64" + bytes((i * 7) % 251 for i in range(4096 + 13))
# An M4A: an ISO media "ftyp" box at offset 0, so b"ftyp" at offset 4.
M4A_BYTES = b"\x00\x00\x00\x20ftypM4A \x00\x00\x00\x00M4A mp42isom\x00\x00\x00\x00" + bytes(
    i % 241 for i in range(1500)
)
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
WAV = b"RIFF\x24\x08\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x02\x00" + bytes(200)
TRANSCRIPT = "Velkommen til podcasten om bøvl.\n\nI dag taler vi om <styring> & samskabelse."

_numbers = itertools.count(1)


# --- Factories -----------------------------------------------------------------------------------


def make_show(**fields) -> PodcastShow:
    values = {
        "title": "Samskabt styring – podcasten",
        "description": "Samtaler om bøvl, borgere og styring.",
        "author": "Fremfærd",
        "owner_name": "Fremfærds sekretariat",
        "owner_email": "podcast@fremfaerd.example",
        "category": "Government",
    } | fields
    show = PodcastShow(**values)
    show.artwork.save("cover.png", ContentFile(png_bytes((16, 16))), save=False)
    show.save()
    return show


def _show() -> PodcastShow:
    return PodcastShow.objects.first() or make_show()


def make_episode(
    *, audio: bytes = MP3_BYTES, name: str = "afsnit.mp3", publish: bool = True, **fields
) -> Episode:
    """An episode with the fake audio, saved as the admin saves it (episode_saved sets the
    size), published by an editor unless `publish=False`."""
    number = next(_numbers)
    values = {
        "show": fields.pop("show", None) or _show(),
        "title": f"Afsnit {number}: om bøvl",
        "slug": f"afsnit-{number}",
        "number": number,
        "summary": f"Resumé af afsnit {number}.",
        "transcript": TRANSCRIPT,
        "duration_seconds": 1234,
    } | fields
    episode = Episode(**values)
    episode.audio_file.save(name, ContentFile(audio), save=False)
    episode.save()
    episode_saved(episode=episode)
    episode.refresh_from_db()
    if publish:
        episode = episode_publish(episode=episode, actor=video_editor())
    return episode


@pytest.fixture(autouse=True)
def _site_url(settings):
    settings.SITE_URL = SITE


@pytest.fixture
def editor_client(client, client_as):
    client_as(Role.EDITOR)
    return client


# --- Helpers -------------------------------------------------------------------------------------


def _body(response) -> bytes:
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def _audio_url(episode) -> str:
    return episode.audio_url


def _transcript_url(episode) -> str:
    return reverse("media_library:episode_transcript_text", args=[episode.slug])


def _local(url: str) -> str:
    """The path of an absolute URL on the site (the test client asks the path)."""
    assert url.startswith(SITE + "/"), url
    return url.removeprefix(SITE)


def _get_feed(client, **headers):
    response = client.get(FEED, headers=headers)
    assert response.status_code == 200
    parsed = feedparser.parse(response.content)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    root = ET.fromstring(response.content)  # noqa: S314 - our own feed, in a test
    return response, parsed, root.find("channel")


def _items_by_guid(channel) -> dict:
    return {item.findtext("guid"): item for item in channel.findall("item")}


def _enclosure(client, episode) -> dict:
    _, _, channel = _get_feed(client)
    return dict(_items_by_guid(channel)[str(episode.guid)].find("enclosure").attrib)


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _tags(html: str, name: str) -> list[dict]:
    parser = _Tags()
    parser.feed(html)
    return [attrs for tag, attrs in parser.tags if tag == name]


def _admin_data(**overrides) -> dict:
    """A valid admin add/change form for an episode of the show."""
    return {
        "show": str(_show().pk),
        "title": "Bøvl i hjemmeplejen",
        "slug": "boevl-i-hjemmeplejen",
        "number": "7",
        "summary": "Om bøvl.",
        "show_notes": "",
        "audio_file": SimpleUploadedFile("afsnit.mp3", MP3_BYTES, "audio/mpeg"),
        "duration_seconds": "1800",
        "transcript": TRANSCRIPT,
    } | overrides


def _change_data(episode, **overrides) -> dict:
    data = _admin_data(
        show=str(episode.show_id),
        title=episode.title,
        slug=episode.slug,
        number=str(episode.number or ""),
        summary=episode.summary,
        duration_seconds=str(episode.duration_seconds),
        transcript=episode.transcript,
    )
    del data["audio_file"]  # no new file: the admin keeps the stored one
    return data | overrides


def _change(editor_client, episode, **overrides):
    url = reverse("admin:media_library_episode_change", args=[episode.pk])
    response = editor_client.post(url, _change_data(episode, **overrides))
    assert response.status_code == 302, response.context["adminform"].form.errors
    return Episode.objects.get(pk=episode.pk)


def _stored_files(settings) -> list[Path]:
    root = Path(settings.MEDIA_ROOT) / "podcast"
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


# --- 1. The feed ---------------------------------------------------------------------------------


def test_the_feed_has_the_channel_tags_apple_requires(client):
    show = make_show(explicit=False)
    make_episode()
    response, parsed, channel = _get_feed(client)
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = parsed.feed

    assert feed.title == show.title
    assert feed.link == "http://testserver" + PODCAST_PAGE
    assert feed.description == show.description
    assert feed.language == "da"
    # feedparser reads itunes:owner as the publisher (and as the author, over itunes:author),
    # and knows only Apple's old "yes"/"clean" for itunes:explicit: the XML is read below.
    assert feed.publisher_detail == {"name": show.owner_name, "email": show.owner_email}
    assert feed.image.href == SITE + show.artwork_url
    assert [tag.term for tag in feed.tags] == ["Government"]

    # The same, read from the XML itself.
    assert channel.findtext("title") == show.title
    assert channel.findtext("language") == "da"
    assert channel.findtext("itunes:author", namespaces=NS) == "Fremfærd"
    owner = channel.find("itunes:owner", NS)
    assert owner.findtext("itunes:name", namespaces=NS) == show.owner_name
    assert owner.findtext("itunes:email", namespaces=NS) == show.owner_email
    assert channel.find("itunes:category", NS).get("text") == "Government"
    assert channel.findtext("itunes:explicit", namespaces=NS) == "false"
    artwork = channel.find("itunes:image", NS).get("href")
    assert artwork == SITE + show.artwork_url
    assert artwork.endswith(".png")
    served = client.get(_local(artwork))
    assert served.status_code == 200
    assert served["Content-Type"] == "image/png"
    assert _body(served) == show.artwork.open("rb").read()


def test_an_explicit_show_says_true(client):
    make_show(explicit=True)
    _, _, channel = _get_feed(client)
    assert channel.findtext("itunes:explicit", namespaces=NS) == "true"


def test_the_feed_stays_danish_for_a_visitor_who_chose_english(client, settings):
    # The feed's language is the content's, not the visitor's choice of interface language.
    make_show()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    _, parsed, channel = _get_feed(client, **{"Accept-Language": "en-US"})
    assert channel.findtext("language") == "da"
    assert parsed.feed.language == "da"


def test_each_item_has_what_apple_and_podcasting_2_need(client):
    episode = make_episode(title="Bøvl & <styring> i ældreplejen", duration_seconds=3725)
    _, parsed, channel = _get_feed(client)

    [entry] = parsed.entries
    assert entry.title == "Bøvl & <styring> i ældreplejen"
    assert entry.id == str(episode.guid)
    assert entry.guidislink is False
    assert entry.link == "http://testserver" + episode.get_absolute_url()
    assert entry.summary == episode.summary
    assert timegm(entry.published_parsed) == int(episode.published_at.timestamp())
    assert entry.itunes_duration == "3725"
    [enclosure] = entry.enclosures
    assert enclosure.href == SITE + _audio_url(episode)
    assert int(enclosure.length) == len(MP3_BYTES) == episode.audio_file.size
    assert enclosure.type == "audio/mpeg"

    [item] = channel.findall("item")
    guid = item.find("guid")
    assert guid.text == str(episode.guid)
    assert guid.get("isPermaLink") == "false"
    assert item.findtext("pubDate")
    assert item.findtext("itunes:duration", namespaces=NS) == "3725"
    assert item.findtext("itunes:episode", namespaces=NS) == str(episode.number)
    attributes = item.find("enclosure").attrib
    assert attributes == {
        "url": SITE + _audio_url(episode),
        "length": str(len(MP3_BYTES)),
        "type": "audio/mpeg",
    }
    transcript = item.find("podcast:transcript", NS)
    assert transcript is not None
    assert transcript.attrib == {
        "url": SITE + _transcript_url(episode),
        "type": "text/plain",
        "language": "da",
    }

    # The URLs in the item are the episode's own files.
    audio = client.get(_local(attributes["url"]))
    assert audio.status_code == 200
    assert _body(audio) == MP3_BYTES
    text = client.get(_local(transcript.get("url")))
    assert text.status_code == 200
    assert text.content.decode() == TRANSCRIPT


def test_an_m4a_episode_is_enclosed_as_audio_mp4(client):
    episode = make_episode(audio=M4A_BYTES, name="afsnit.m4a")
    assert STORED_NAME.fullmatch(episode.audio_file.name)
    assert episode.audio_file.name.endswith(".m4a")
    attributes = _enclosure(client, episode)
    assert attributes["type"] == "audio/mp4"
    assert int(attributes["length"]) == len(M4A_BYTES)


def test_the_enclosure_type_follows_the_content_not_the_name(client):
    # An MP3 uploaded as "afsnit.m4a" is stored as .m4a, but its type comes from its bytes.
    episode = make_episode(audio=MP3_SYNC_BYTES, name="afsnit.m4a")
    assert _enclosure(client, episode)["type"] == "audio/mpeg"


def test_the_guid_never_changes_when_the_episode_is_edited(client, editor_client):
    episode = make_episode()
    guid = str(episode.guid)

    episode = _change(editor_client, episode, title="Et helt nyt navn", guid=str(Episode().guid))
    assert episode.title == "Et helt nyt navn"
    assert str(episode.guid) == guid

    upload = SimpleUploadedFile("nyt.mp3", MP3_SYNC_BYTES, "audio/mpeg")
    episode = _change(editor_client, episode, audio_file=upload)
    assert episode.audio_file.read() == MP3_SYNC_BYTES
    assert str(episode.guid) == guid

    client.logout()
    _, parsed, channel = _get_feed(client)
    assert [entry.id for entry in parsed.entries] == [guid]
    assert parsed.entries[0].title == "Et helt nyt navn"
    assert list(_items_by_guid(channel)) == [guid]


def test_drafts_never_appear_in_the_feed(client):
    published = make_episode()
    draft = make_episode(publish=False, title="Hemmeligt udkast")
    withdrawn = make_episode(title="Trukket tilbage")
    episode_unpublish(episode=withdrawn, actor=video_editor())

    response, parsed, channel = _get_feed(client)
    assert [entry.id for entry in parsed.entries] == [str(published.guid)]
    assert list(_items_by_guid(channel)) == [str(published.guid)]
    for hidden in (draft, withdrawn):
        assert str(hidden.guid).encode() not in response.content
        assert hidden.slug.encode() not in response.content
        assert hidden.title.encode() not in response.content


def test_the_newest_episode_comes_first(client):
    first, second, third = make_episode(), make_episode(), make_episode()
    _, parsed, _ = _get_feed(client)
    assert [entry.id for entry in parsed.entries] == [
        str(third.guid),
        str(second.guid),
        str(first.guid),
    ]


def test_no_show_no_feed(client):
    assert client.get(FEED).status_code == 404
    assert client.get(reverse("media_library:podcast_artwork", args=["x.png"])).status_code == 404
    assert client.get(PODCAST_PAGE).status_code == 200


# --- 2. An episode's file URL is never reused ----------------------------------------------------


def test_replacing_the_audio_in_the_admin_stores_a_new_name_and_a_new_length(client, editor_client):
    episode = make_episode()
    old_name = episode.audio_file.name
    old_url = _enclosure(client, episode)["url"]
    assert episode.audio_bytes == len(MP3_BYTES)

    # The same file name as the first upload: the stored name is generated anew.
    upload = SimpleUploadedFile("afsnit.mp3", MP3_SYNC_BYTES, "audio/mpeg")
    episode = _change(editor_client, episode, audio_file=upload)

    assert STORED_NAME.fullmatch(episode.audio_file.name)
    assert episode.audio_file.name != old_name
    assert episode.audio_bytes == len(MP3_SYNC_BYTES) != len(MP3_BYTES)
    attributes = _enclosure(client, episode)
    # A new file gets a new address (never reused); the old one answers 404.
    assert attributes["url"] == SITE + _audio_url(episode) != old_url
    assert client.get(_local(old_url)).status_code == 404
    assert int(attributes["length"]) == len(MP3_SYNC_BYTES)
    assert _body(client.get(_audio_url(episode))) == MP3_SYNC_BYTES


def test_replacing_the_audio_through_the_model_and_episode_saved(client):
    episode = make_episode()
    old_name = episode.audio_file.name
    episode.audio_file.save("afsnit.m4a", ContentFile(M4A_BYTES))  # saves the episode too
    assert Episode.objects.get(pk=episode.pk).audio_bytes == len(MP3_BYTES)  # not yet
    episode_saved(episode=episode)

    episode.refresh_from_db()
    assert STORED_NAME.fullmatch(episode.audio_file.name)
    assert episode.audio_file.name != old_name
    assert episode.audio_bytes == len(M4A_BYTES)
    attributes = _enclosure(client, episode)
    assert attributes["url"] == SITE + _audio_url(episode)
    assert int(attributes["length"]) == len(M4A_BYTES)
    assert attributes["type"] == "audio/mp4"


def test_two_episodes_never_share_a_file_name():
    episodes = [make_episode(name="afsnit.mp3", audio=MP3_BYTES) for _ in range(5)]
    names = {episode.audio_file.name for episode in episodes}
    assert len(names) == 5
    assert all(STORED_NAME.fullmatch(name) for name in names)


def test_an_admin_upload_of_a_used_name_gets_its_own_stored_name(editor_client):
    first = make_episode(publish=False, name="afsnit.mp3")
    response = editor_client.post(ADD, _admin_data())  # also uploads "afsnit.mp3"
    assert response.status_code == 302, response.context["adminform"].form.errors
    second = Episode.objects.exclude(pk=first.pk).get()
    assert second.audio_file.name != first.audio_file.name
    assert second.audio_bytes == len(MP3_BYTES)


# --- 3. Byte ranges ------------------------------------------------------------------------------


def test_the_first_ten_bytes_are_a_206(client):
    episode = make_episode()
    response = client.get(_audio_url(episode), headers={"Range": "bytes=0-9"})
    assert response.status_code == 206
    assert response["Content-Range"] == f"bytes 0-9/{len(MP3_BYTES)}"
    assert response["Content-Length"] == "10"
    assert _body(response) == MP3_BYTES[:10]
    assert response["Content-Type"] == "audio/mpeg"


@pytest.mark.parametrize(
    ("header", "start", "end"),
    [
        ("bytes=1000-1999", 1000, 1999),
        ("bytes=2990-", 2990, len(MP3_BYTES) - 1),
        ("bytes=-25", len(MP3_BYTES) - 25, len(MP3_BYTES) - 1),
    ],
)
def test_other_ranges_give_exactly_those_bytes(client, header, start, end):
    episode = make_episode()
    response = client.get(_audio_url(episode), headers={"Range": header})
    assert response.status_code == 206
    assert response["Content-Range"] == f"bytes {start}-{end}/{len(MP3_BYTES)}"
    assert _body(response) == MP3_BYTES[start : end + 1]


def test_a_range_past_the_end_is_416(client):
    episode = make_episode()
    response = client.get(_audio_url(episode), headers={"Range": f"bytes={len(MP3_BYTES)}-"})
    assert response.status_code == 416
    assert response["Content-Range"] == f"bytes */{len(MP3_BYTES)}"


def test_the_whole_file_is_a_safe_download(client):
    episode = make_episode()
    response = client.get(_audio_url(episode))
    assert response.status_code == 200
    assert "Content-Range" not in response
    assert response["Accept-Ranges"] == "bytes"
    assert response["Content-Type"] == "audio/mpeg"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"] == f'attachment; filename="{episode.slug}.mp3"'
    assert int(response["Content-Length"]) == len(MP3_BYTES)
    assert response["Cache-Control"] == "public, max-age=3600"
    assert _body(response) == MP3_BYTES


def test_an_m4a_is_served_as_audio_mp4(client):
    episode = make_episode(audio=M4A_BYTES, name="afsnit.m4a")
    response = client.get(_audio_url(episode), headers={"Range": "bytes=4-7"})
    assert response.status_code == 206
    assert _body(response) == b"ftyp"
    assert response["Content-Type"] == "audio/mp4"
    assert response["Content-Disposition"] == f'attachment; filename="{episode.slug}.m4a"'


# --- 4. Publishing -------------------------------------------------------------------------------


@pytest.mark.parametrize("transcript", ["", "   ", "\n\t \r\n"])
def test_no_transcript_no_publishing(client, transcript):
    episode = make_episode(publish=False, transcript=transcript)
    with pytest.raises(CannotPublish):
        episode_publish(episode=episode, actor=video_editor())
    episode.refresh_from_db()
    assert episode.status == PublishStatus.DRAFT
    assert episode.published_at is None
    assert client.get(episode.get_absolute_url()).status_code == 404


def test_the_admin_action_refuses_an_episode_without_a_transcript(editor_client):
    episode = make_episode(publish=False, transcript=" ")
    response = editor_client.post(
        reverse("admin:media_library_episode_changelist"),
        {"action": "publish", "_selected_action": [episode.pk]},
        follow=True,
    )
    assert response.status_code == 200
    assert "transcript" in response.text.lower() or "udskrift" in response.text.lower()
    episode.refresh_from_db()
    assert episode.status == PublishStatus.DRAFT


@pytest.mark.parametrize("role", [None, Role.FACILITATOR, Role.EMPLOYEE, Role.SHOP_STEWARD])
def test_only_editors_publish(role):
    episode = make_episode(publish=False)
    with pytest.raises(NotAllowed):
        episode_publish(episode=episode, actor=make_user(role))
    episode.refresh_from_db()
    assert episode.status == PublishStatus.DRAFT
    assert episode.published_at is None


def test_an_editor_publishes_and_unpublishes(client):
    episode = make_episode(publish=False)
    episode = episode_publish(episode=episode, actor=video_editor())
    assert episode.status == PublishStatus.PUBLISHED
    assert episode.published_at is not None
    assert client.get(episode.get_absolute_url()).status_code == 200
    with pytest.raises(NotAllowed):
        episode_unpublish(episode=episode, actor=make_user(Role.FACILITATOR))
    episode_unpublish(episode=episode, actor=video_editor())
    assert client.get(episode.get_absolute_url()).status_code == 404


def _episode_urls(episode) -> list[str]:
    return [episode.get_absolute_url(), _audio_url(episode), _transcript_url(episode)]


def test_a_drafts_page_audio_and_transcript_are_404_for_anonymous(client):
    episode = make_episode(publish=False)
    for url in _episode_urls(episode):
        assert client.get(url).status_code == 404, url
        assert client.get(url, headers={"Range": "bytes=0-9"}).status_code == 404, url


def test_a_drafts_files_are_404_for_a_signed_in_non_editor(client, client_as):
    episode = make_episode(publish=False)
    client_as(Role.FACILITATOR)
    for url in _episode_urls(episode):
        assert client.get(url).status_code == 404, url


def test_an_editor_sees_a_draft_but_no_shared_cache_keeps_it(editor_client):
    episode = make_episode(publish=False)
    for url in _episode_urls(episode):
        response = editor_client.get(url)
        assert response.status_code == 200, url
        assert "public" not in response.get("Cache-Control", ""), url
    response = editor_client.get(_audio_url(episode), headers={"Range": "bytes=0-9"})
    assert response.status_code == 206
    assert _body(response) == MP3_BYTES[:10]


def test_a_published_episode_is_there_for_everyone(client, client_as):
    episode = make_episode()
    for url in _episode_urls(episode):
        assert client.get(url).status_code == 200, url
    client_as(Role.EMPLOYEE)
    for url in _episode_urls(episode):
        assert client.get(url).status_code == 200, url


def test_the_episode_page_has_a_player_and_the_transcript(client):
    episode = make_episode(show_notes="Læs mere på fremfaerd.example.")
    response = client.get(episode.get_absolute_url())
    assert response.status_code == 200
    [audio] = _tags(response.text, "audio")
    assert "controls" in audio
    assert audio["src"] == _audio_url(episode)
    # The transcript is on the page, escaped, paragraph by paragraph.
    assert "<p>Velkommen til podcasten om bøvl.</p>" in response.text
    assert "I dag taler vi om &lt;styring&gt; &amp; samskabelse." in response.text
    assert "<styring>" not in response.text
    assert _transcript_url(episode) in [a.get("href") for a in _tags(response.text, "a")]


def test_the_transcript_text_is_plain_utf8(client):
    episode = make_episode()
    response = client.get(_transcript_url(episode))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response.content == TRANSCRIPT.encode("utf-8")


def test_the_podcast_page_lists_only_published_episodes(client):
    published = make_episode(title="Offentligt afsnit")
    draft = make_episode(publish=False, title="Hemmeligt udkast")
    response = client.get(PODCAST_PAGE)
    assert response.status_code == 200
    assert published.get_absolute_url() in response.text
    assert draft.get_absolute_url() not in response.text
    assert "Hemmeligt udkast" not in response.text
    feeds = [
        link for link in _tags(response.text, "link") if link.get("type") == "application/rss+xml"
    ]
    assert [link["href"] for link in feeds] == [FEED]


# --- 5. Uploads ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("afsnit.mp3", MP3_BYTES),  # ID3 tag
        ("afsnit.mp3", MP3_SYNC_BYTES),  # MPEG frame sync
        ("afsnit.mp3", b"\xff\xf3\x44\xc4" + bytes(100)),  # MPEG-2 Layer III
        ("afsnit.m4a", M4A_BYTES),
    ],
)
def test_validate_audio_accepts_mp3_and_m4a_and_leaves_the_file_at_the_start(name, content):
    upload = SimpleUploadedFile(name, content)
    validators.validate_audio(upload)
    assert upload.tell() == 0


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("afsnit.mp3", HTML),
        ("afsnit.m4a", HTML),
        ("afsnit.mp3", WAV),
        ("afsnit.mp3", b""),
        ("afsnit.mp3", png_bytes()),
        ("afsnit.mp3", b"\xff\xd8\xff\xe0" + bytes(20)),  # a JPEG's start is no frame sync
        ("afsnit.mp3", b"\xff"),
        ("afsnit.mp3", b"OggS\x00\x02" + bytes(30)),
    ],
    ids=["html", "html-as-m4a", "wav", "empty", "png", "jpeg", "one-byte", "ogg"],
)
def test_validate_audio_refuses_other_files(name, content):
    with pytest.raises(ValidationError) as error:
        validators.validate_audio(SimpleUploadedFile(name, content))
    assert error.value.code == "not_audio"


def test_validate_audio_takes_the_limit_and_refuses_one_byte_more(monkeypatch):
    monkeypatch.setattr(validators, "MAX_AUDIO_BYTES", len(MP3_BYTES))
    validators.validate_audio(SimpleUploadedFile("a.mp3", MP3_BYTES))
    with pytest.raises(ValidationError) as error:
        validators.validate_audio(SimpleUploadedFile("a.mp3", MP3_BYTES + b"\x00"))
    assert error.value.code == "too_large"


def test_the_admin_add_form_saves_a_valid_episode_as_a_draft(editor_client, settings):
    response = editor_client.post(ADD, _admin_data())
    assert response.status_code == 302, response.context["adminform"].form.errors
    episode = Episode.objects.get()
    assert episode.status == PublishStatus.DRAFT
    assert STORED_NAME.fullmatch(episode.audio_file.name)
    assert episode.audio_file.read() == MP3_BYTES
    assert episode.audio_bytes == len(MP3_BYTES)
    assert len(_stored_files(settings)) == 1


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("afsnit.mp3", HTML, "not_audio"),
        ("afsnit.mp3", WAV, "not_audio"),
        ("afsnit.wav", WAV, "not_audio"),
        ("afsnit.m4a", png_bytes(), "not_audio"),
        ("afsnit.mp3", b"", "empty"),  # the form field refuses it before the validator
    ],
    ids=["html", "wav", "wav-named-wav", "png", "empty"],
)
def test_the_admin_add_form_refuses_a_bad_file_and_creates_nothing(
    editor_client, settings, name, content, code
):
    response = editor_client.post(ADD, _admin_data(audio_file=SimpleUploadedFile(name, content)))
    assert response.status_code == 200, response.get("Location")
    form = response.context["adminform"].form
    assert set(form.errors) == {"audio_file"}, form.errors
    assert form.errors.as_data()["audio_file"][0].code == code
    assert 'name="audio_file"' in response.text  # the form is shown again, with the error
    assert 'class="errorlist' in response.text
    assert not Episode.objects.exists()
    assert _stored_files(settings) == []


def test_the_admin_change_form_refuses_a_bad_replacement_and_keeps_the_old_file(editor_client):
    episode = make_episode()
    url = reverse("admin:media_library_episode_change", args=[episode.pk])
    data = _change_data(episode, audio_file=SimpleUploadedFile("afsnit.mp3", HTML))
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert set(response.context["adminform"].form.errors) == {"audio_file"}
    stored = Episode.objects.get(pk=episode.pk)
    assert stored.audio_file.name == episode.audio_file.name
    assert stored.audio_bytes == len(MP3_BYTES)


@pytest.mark.parametrize("role", [Role.FACILITATOR, Role.EMPLOYEE])
def test_only_editors_reach_the_admin_add_form(client, client_as, role):
    client_as(role)
    response = client.post(ADD, _admin_data())
    assert response.status_code in (302, 403)
    assert not Episode.objects.exists()


# --- 6. Queries ----------------------------------------------------------------------------------


def _queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
        assert response.status_code == 200
        _body(response)  # a streamed body is read inside the context too
    return len(queries)


@pytest.mark.parametrize("url", [PODCAST_PAGE, FEED])
def test_queries_stay_flat_from_2_to_20_episodes(client, url):
    for _ in range(2):
        make_episode()
    make_episode(publish=False)
    few = _queries(client, url)
    for _ in range(18):
        make_episode()
    many = _queries(client, url)
    assert Episode.objects.published().count() == 20
    assert few == many, (few, many)
    assert many <= 10


def test_the_feed_with_20_episodes_lists_them_all(client):
    episodes = [make_episode() for _ in range(20)]
    _, parsed, _ = _get_feed(client)
    assert {entry.id for entry in parsed.entries} == {str(e.guid) for e in episodes}
    assert all(int(entry.enclosures[0].length) == len(MP3_BYTES) for entry in parsed.entries)
