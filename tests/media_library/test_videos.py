"""Videos: publishing rules (captions first, something to play, one video per role), who sees
drafts, the list and the player page, the selectors other apps use, and query counts."""

from html.parser import HTMLParser

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from media_library import selectors
from media_library.exceptions import CannotPublish, NotAllowed
from media_library.models import PublishStatus, Video, VideoKind, VideoRole
from media_library.services import video_publish, video_unpublish
from portal.accounts.roles import Role
from tests.accounts.factories import make_user
from tests.media_library.factories import make_video, video_editor

pytestmark = pytest.mark.django_db

VIDEO_URL_NAMES = [
    "media_library:video",
    "media_library:video_transcript",
    "media_library:video_file",
    "media_library:video_captions",
    "media_library:video_poster",
]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}  # fmt: skip


class Tree(HTMLParser):
    """Every start tag with its attributes (entities decoded) and the tags it sits inside."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.elements: list[tuple[str, dict, tuple[str, ...]]] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs), tuple(self.stack)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.elements.append((tag, dict(attrs), tuple(self.stack)))

    def handle_endtag(self, tag):
        if tag in self.stack:
            while self.stack.pop() != tag:
                pass


def _elements(html: str, tag: str) -> list[tuple[dict, tuple[str, ...]]]:
    tree = Tree()
    tree.feed(html)
    tree.close()
    return [(attrs, parents) for name, attrs, parents in tree.elements if name == tag]


def _status(video: Video) -> str:
    video.refresh_from_db()
    return video.status


# --- Publishing ------------------------------------------------------------------------


def test_publish_sets_status_and_time():
    video = make_video(publish=False)
    assert video.status == PublishStatus.DRAFT
    before = timezone.now()
    video_publish(video=video, actor=video_editor())
    video.refresh_from_db()
    assert video.status == PublishStatus.PUBLISHED
    assert video.is_published
    assert video.published_at >= before


def test_publishing_without_captions_is_refused_and_the_video_stays_a_draft():
    video = make_video(with_captions=False, publish=False)
    with pytest.raises(CannotPublish):
        video_publish(video=video, actor=video_editor())
    assert _status(video) == PublishStatus.DRAFT
    assert video.published_at is None


def test_publishing_without_a_file_or_a_link_is_refused():
    video = make_video(with_file=False, publish=False)
    with pytest.raises(CannotPublish):
        video_publish(video=video, actor=video_editor())
    assert _status(video) == PublishStatus.DRAFT


def test_a_link_alone_is_enough_to_publish():
    video = make_video(with_file=False, publish=False, external_url="https://video.example/v/1")
    video_publish(video=video, actor=video_editor())
    assert _status(video) == PublishStatus.PUBLISHED


def test_a_second_published_video_for_the_same_role_is_refused():
    first = make_video(kind=VideoKind.ROLE, role=VideoRole.SHOP_STEWARD)
    second = make_video(kind=VideoKind.ROLE, role=VideoRole.SHOP_STEWARD, publish=False)
    with pytest.raises(CannotPublish) as error:
        video_publish(video=second, actor=video_editor())
    assert first.title in str(error.value)
    assert _status(second) == PublishStatus.DRAFT
    assert _status(first) == PublishStatus.PUBLISHED

    # Another role is free, and the role is free again once the first is unpublished.
    other = make_video(kind=VideoKind.ROLE, role=VideoRole.TOP_LEADER)
    assert _status(other) == PublishStatus.PUBLISHED
    video_unpublish(video=first, actor=video_editor())
    video_publish(video=second, actor=video_editor())
    assert _status(second) == PublishStatus.PUBLISHED


def test_republishing_a_published_video_keeps_its_time():
    video = make_video()
    published_at = video.published_at
    video_publish(video=video, actor=video_editor())
    video.refresh_from_db()
    assert video.published_at == published_at


@pytest.mark.parametrize(
    "role", [Role.EMPLOYEE, Role.SHOP_STEWARD, Role.LEADER, Role.FACILITATOR, None]
)
def test_only_editors_may_publish_or_unpublish(role):
    draft = make_video(publish=False)
    published = make_video()
    person = make_user(role)
    with pytest.raises(NotAllowed):
        video_publish(video=draft, actor=person)
    with pytest.raises(NotAllowed):
        video_unpublish(video=published, actor=person)
    assert _status(draft) == PublishStatus.DRAFT
    assert _status(published) == PublishStatus.PUBLISHED


def test_administrators_may_publish():
    video = make_video(publish=False)
    video_publish(video=video, actor=make_user(Role.ADMINISTRATOR))
    assert _status(video) == PublishStatus.PUBLISHED


def test_unpublish_takes_the_video_off_the_site(client):
    video = make_video()
    assert client.get(video.get_absolute_url()).status_code == 200
    video_unpublish(video=video, actor=video_editor())
    assert _status(video) == PublishStatus.DRAFT
    assert client.get(video.get_absolute_url()).status_code == 404
    assert video.get_absolute_url() not in client.get(reverse("media_library:videos")).text


# --- Who sees drafts --------------------------------------------------------------------


@pytest.mark.parametrize("url_name", VIDEO_URL_NAMES)
@pytest.mark.parametrize(
    ("role", "published", "expected"),
    [
        (None, False, 404),
        (Role.SHOP_STEWARD, False, 404),
        (Role.EMPLOYEE, False, 404),
        (Role.FACILITATOR, False, 404),
        (Role.EDITOR, False, 200),
        (Role.ADMINISTRATOR, False, 200),
        (None, True, 200),
        (Role.SHOP_STEWARD, True, 200),
    ],
)
def test_who_reaches_a_video(client, client_as, url_name, role, published, expected):
    video = make_video(publish=published, with_poster=True)
    if role:
        client_as(role)
    response = client.get(reverse(url_name, args=[video.slug]))
    assert response.status_code == expected


@pytest.mark.parametrize("url_name", VIDEO_URL_NAMES)
def test_an_unknown_slug_is_404_even_for_an_editor(client, client_as, url_name):
    make_video(with_poster=True)
    client_as(Role.EDITOR)
    assert client.get(reverse(url_name, args=["findes-ikke"])).status_code == 404


@pytest.mark.parametrize(
    ("url_name", "missing"),
    [
        ("media_library:video_file", {"with_file": False, "external_url": "https://v.example/"}),
        ("media_library:video_poster", {"with_poster": False}),
        ("media_library:video_captions", {"with_captions": False, "publish": False}),
    ],
)
def test_a_file_the_video_does_not_have_is_404(client, client_as, url_name, missing):
    video = make_video(**missing)
    if not video.is_published:  # a video without captions is a draft only editors see
        client_as(Role.EDITOR)
    assert client.get(video.get_absolute_url()).status_code == 200
    assert client.get(reverse(url_name, args=[video.slug])).status_code == 404


# --- List and player page ----------------------------------------------------------------


def test_the_list_shows_only_published_videos(client, client_as):
    method = make_video(title="Metoden kort")
    role = make_video(kind=VideoKind.ROLE, role=VideoRole.EMPLOYEE, title="Medarbejderens rolle")
    draft = make_video(title="Hemmelig kladde", publish=False)
    for who in (None, Role.EDITOR):  # editors see drafts in the admin, not in the list
        if who:
            client_as(who)
        page = client.get(reverse("media_library:videos"))
        assert page.status_code == 200
        links = {attrs.get("href") for attrs, _ in _elements(page.text, "a")}
        assert method.get_absolute_url() in links
        assert role.get_absolute_url() in links
        assert draft.get_absolute_url() not in links
        assert draft.title not in page.text
        shown = [v for _, videos in page.context["groups"] for v in videos]
        assert sorted(v.pk for v in shown) == sorted([method.pk, role.pk])


def test_the_list_groups_by_kind_and_leaves_out_empty_groups(client):
    make_video(kind=VideoKind.ROLE, role=VideoRole.TOP_LEADER)
    make_video()
    groups = client.get(reverse("media_library:videos")).context["groups"]
    kinds = [{v.kind for v in videos} for _, videos in groups]
    assert kinds == [{VideoKind.METHOD}, {VideoKind.ROLE}]


def test_the_player_has_captions_and_a_transcript_link(client):
    video = make_video(with_poster=True)
    page = client.get(video.get_absolute_url())
    assert page.status_code == 200
    html = page.text
    captions_url = reverse("media_library:video_captions", args=[video.slug])

    [(player, _)] = _elements(html, "video")
    assert "controls" in player
    assert player["poster"] == reverse("media_library:video_poster", args=[video.slug])

    [(source, parents)] = _elements(html, "source")
    assert "video" in parents
    assert source["src"] == reverse("media_library:video_file", args=[video.slug])
    assert source["type"] == "video/webm"

    [(track, parents)] = _elements(html, "track")
    assert "video" in parents
    assert track["kind"] == "captions"
    assert track["srclang"] == "da"
    assert track["src"] == captions_url
    assert "default" in track
    assert track.get("label")

    links = {attrs.get("href") for attrs, _ in _elements(html, "a")}
    assert reverse("media_library:video_transcript", args=[video.slug]) in links
    assert captions_url in links


def test_a_linked_video_shows_the_link_and_no_player(client):
    url = "https://video.example/watch?v=abc&t=1"
    video = make_video(with_file=False, external_url=url)
    html = client.get(video.get_absolute_url()).text
    assert _elements(html, "video") == []
    assert _elements(html, "source") == []
    [(link, _)] = [(a, p) for a, p in _elements(html, "a") if a.get("href") == url]
    assert "noopener" in link.get("rel", "")


def test_the_transcript_page_shows_the_transcript(client):
    video = make_video(transcript="Første afsnit.\n\nAndet afsnit med <b>tegn</b>.")
    page = client.get(reverse("media_library:video_transcript", args=[video.slug]))
    assert page.status_code == 200
    assert "<p>Første afsnit.</p>" in page.text
    assert "&lt;b&gt;tegn&lt;/b&gt;" in page.text  # escaped, not markup
    assert "<b>tegn</b>" not in page.text


def test_an_empty_transcript_says_so(client):
    video = make_video(transcript="")
    page = client.get(reverse("media_library:video_transcript", args=[video.slug]))
    assert page.status_code == 200
    assert '<div class="transcript"><p></p></div>' not in page.text


# --- Selectors -----------------------------------------------------------------------------


def test_videos_for_matches_method_videos_by_step_and_role_videos_by_audience():
    step_1 = make_video(steps=[1, 2], title="Trin 1 og 2")
    step_3 = make_video(steps=[3], title="Trin 3")
    make_video(steps=[1], publish=False, title="Kladde trin 1")
    make_video(kind=VideoKind.OTHER, steps=[1], title="Andet")
    leader = make_video(kind=VideoKind.ROLE, role=VideoRole.INSTITUTION_LEADER, steps=[])
    steward = make_video(kind=VideoKind.ROLE, role=VideoRole.SHOP_STEWARD, steps=[])
    make_video(kind=VideoKind.ROLE, role=VideoRole.TOP_LEADER, steps=[1])

    assert {v.pk for v in selectors.videos_for([2], ["leder"])} == {step_1.pk, leader.pk}
    assert {v.pk for v in selectors.videos_for([1, 3], ["tillidsvalgt", "ukendt"])} == {
        step_1.pk,
        step_3.pk,
        steward.pk,
    }
    assert selectors.videos_for([4], []) == []
    assert selectors.videos_for([], ["institutionsleder"]) == []  # audiences, not roles


def test_videos_for_is_one_query():
    for step in range(1, 7):
        make_video(steps=[step])
    with CaptureQueriesContext(connection) as queries:
        assert len(selectors.videos_for([1, 2], ["leder"])) == 2
    assert len(queries) == 1


def test_role_video_finds_the_published_video_of_an_audience():
    assert selectors.role_video("tillidsvalgt") is None
    make_video(kind=VideoKind.ROLE, role=VideoRole.SHOP_STEWARD, publish=False)
    assert selectors.role_video("tillidsvalgt") is None
    steward = make_video(kind=VideoKind.ROLE, role=VideoRole.SHOP_STEWARD)
    leader = make_video(kind=VideoKind.ROLE, role=VideoRole.INSTITUTION_LEADER)
    assert selectors.role_video("tillidsvalgt") == steward
    assert selectors.role_video("leder") == leader
    assert selectors.role_video("medarbejder") is None
    assert selectors.role_video("facilitator") is None


def test_starter_pack_videos_are_the_published_method_and_role_videos():
    method = make_video()
    role = make_video(kind=VideoKind.ROLE, role=VideoRole.EMPLOYEE)
    make_video(kind=VideoKind.OTHER)
    make_video(publish=False)
    assert selectors.starter_pack_videos() == [method, role]


# --- Query counts (quality.md P3) -------------------------------------------------------------


def _grow(to: int) -> None:
    have = Video.objects.count()
    now = timezone.now()
    Video.objects.bulk_create(
        Video(
            title=f"Video {i}",
            slug=f"masse-{i}",
            summary="Om metoden.",
            kind=VideoKind.METHOD if i % 2 else VideoKind.OTHER,
            steps=[i % 6 + 1],
            video_file=f"videos/{i:032x}.webm",
            captions=f"captions/{i:032x}.vtt",
            duration_seconds=60 + i,
            status=PublishStatus.PUBLISHED,
            published_at=now,
        )
        for i in range(have, to)
    )


@pytest.mark.parametrize("role", [None, Role.SHOP_STEWARD])
def test_the_list_page_stays_flat_at_3_and_30_videos(client, client_as, settings, role):
    # Measure the work, not a cache: every size is a miss.
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    if role:
        client_as(role)
    url = reverse("media_library:videos")
    counts = []
    for size in (3, 30):
        _grow(size)
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            page = client.get(url)
        assert page.status_code == 200
        assert sum(len(videos) for _, videos in page.context["groups"]) == size
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
    assert counts[0] <= 10, counts
