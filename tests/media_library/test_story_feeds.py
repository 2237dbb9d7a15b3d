"""The stories' RSS and Atom feeds (all and per audience), the sitemap, and query counts that
stay flat as stories grow (quality.md P3)."""

import datetime
from xml.etree import ElementTree

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from media_library.models import Story, StoryAudience, StoryKind, StoryStatus
from media_library.news import services
from media_library.news.selectors import FEED_SIZE
from portal.accounts.roles import Role
from portal.sitemaps import StaticPagesSitemap
from tests.media_library.factories import make_story, make_video, video_editor
from tests.media_library.test_podcast import make_episode
from tests.toolkit.factories import make_tool
from toolkit.models import ToolStatus, Visibility

pytestmark = pytest.mark.django_db

BASE = "http://testserver"
FEEDS = {
    "rss": ("news:feed", "rss20"),
    "atom": ("news:feed_atom", "atom10"),
}
AUDIENCE_FEEDS = {
    "rss": ("news:audience_feed", "rss20"),
    "atom": ("news:audience_feed_atom", "atom10"),
}
SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    # What the feeds and pages say, not what a cache kept (tests/media_library/
    # test_page_cache.py has the cache).
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}


def parse(client, url: str, version: str):
    response = client.get(url)
    assert response.status_code == 200, url
    parsed = feedparser.parse(response.content)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.version == version
    return parsed


def feed_url(kind: str, audience: str = "") -> tuple[str, str]:
    name, version = AUDIENCE_FEEDS[kind] if audience else FEEDS[kind]
    return reverse(name, args=[audience] if audience else []), version


def guid(story: Story) -> str:
    return f"urn:samskabt-styring:story:{story.pk}"


def in_every_state() -> dict[str, Story]:
    editor = video_editor()
    stories = {"published": make_story(title="Publiceret historie")}
    stories["draft"] = make_story(title="Kladde", publish=False)
    pending = make_story(title="Til godkendelse", publish=False)
    stories["pending"] = services.story_submit(actor=editor, story=pending)
    scheduled = services.story_submit(
        actor=editor, story=make_story(title="Planlagt", publish=False)
    )
    stories["scheduled"] = services.story_approve(
        actor=editor, story=scheduled, publish_at=timezone.now() + datetime.timedelta(days=1)
    )
    stories["unpublished"] = services.story_unpublish(
        actor=editor, story=make_story(title="Afpubliceret")
    )
    return stories


@pytest.mark.parametrize("kind", ["rss", "atom"])
@pytest.mark.parametrize("audience", ["", "medarbejdere"])
def test_a_feed_has_only_the_published_stories_newest_first(client, kind, audience):
    stories = in_every_state()
    newer = make_story(title="Nyere historie")
    url, version = feed_url(kind, audience)
    parsed = parse(client, url, version)
    assert [entry.title for entry in parsed.entries] == [newer.title, "Publiceret historie"]
    assert [entry.id for entry in parsed.entries] == [guid(newer), guid(stories["published"])]
    assert parsed.feed.language == "da"
    with translation.override("da"):
        labels = {str(StoryKind.SUCCESS_STORY.label), str(StoryAudience.EMPLOYEES.label)}
    for entry, story in zip(parsed.entries, [newer, stories["published"]], strict=True):
        assert entry.link == BASE + story.get_absolute_url()
        assert entry.summary == story.summary
        assert entry.published_parsed is not None
        assert {tag.term for tag in entry.tags} == labels
    assert parsed.feed.title.startswith("Samskabt styring")


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_a_feed_points_at_itself_and_at_the_list(client, kind):
    make_story()
    url, version = feed_url(kind, "topledelse")
    parsed = parse(client, url, version)
    links = {link.get("rel"): link.href for link in parsed.feed.links}
    assert links["alternate"] == BASE + reverse("news:list") + "?maalgruppe=topledelse"
    if kind == "atom":
        assert links["self"] == BASE + url
    response = client.get(url)
    expected = "application/rss+xml" if kind == "rss" else "application/atom+xml"
    assert response["Content-Type"].startswith(expected)


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_the_guid_stays_when_the_title_and_address_change(client, kind):
    story = make_story(title="Første titel")
    url, version = feed_url(kind)
    before = parse(client, url, version).entries[0]
    services.story_save(
        actor=video_editor(),
        story=story,
        fields={"title": "Anden titel", "slug": "anden-titel"},
        seen_revision=story.revision,
    )
    after = parse(client, url, version).entries[0]
    assert before.id == after.id == guid(story)
    assert after.title == "Anden titel"
    assert after.link == BASE + reverse("news:story", args=["anden-titel"])
    if kind == "rss":
        assert after.guidislink is False


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_an_audience_feed_has_only_that_audience(client, kind):
    top = make_story(title="Til topledelsen", audiences=("topledelse",))
    both = make_story(title="Til begge", audiences=("topledelse", "tillidsvalgte"))
    make_story(title="Til medarbejderne", audiences=("medarbejdere",))
    url, version = feed_url(kind, "topledelse")
    assert [e.title for e in parse(client, url, version).entries] == [both.title, top.title]
    url, version = feed_url(kind, "tillidsvalgte")
    assert [e.title for e in parse(client, url, version).entries] == [both.title]
    url, version = feed_url(kind, "institutionsledere")
    assert parse(client, url, version).entries == []
    url, version = feed_url(kind)
    assert len(parse(client, url, version).entries) == 3


@pytest.mark.parametrize("name", ["news:audience_feed", "news:audience_feed_atom"])
@pytest.mark.parametrize("audience", ["alle", "TOPLEDELSE", "medarbejder"])
def test_an_unknown_audience_is_404(client, name, audience):
    make_story()
    assert client.get(reverse(name, args=[audience])).status_code == 404


def test_feed_atom_is_the_atom_feed_not_an_audience(client):
    make_story()
    response = client.get("/viden/feed/atom/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_a_feed_has_at_most_twenty_stories_the_newest(client, kind):
    stories = [make_story() for _ in range(FEED_SIZE + 3)]
    url, version = feed_url(kind)
    entries = parse(client, url, version).entries
    assert FEED_SIZE == 20
    assert [e.id for e in entries] == [guid(s) for s in reversed(stories[3:])]


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_an_empty_feed_is_still_a_valid_feed(client, kind):
    url, version = feed_url(kind)
    assert parse(client, url, version).entries == []


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_text_with_markup_characters_reaches_the_reader_as_typed(client, kind):
    """Title and summary are plain text; readers take RSS descriptions and Atom summaries
    (type="html") as HTML, so the text must arrive escaped, not as markup."""
    title = "Bøvl & regler: <b>fed</b> tekst"
    summary = 'Mindre "bøvl" <i>og</i> mere kerneopgave & tid'
    make_story(title=title, summary=summary)
    url, version = feed_url(kind)
    entry = parse(client, url, version).entries[0]
    # feedparser hands over the summary as HTML: the markup must be there as text.
    assert entry.summary_detail.type == "text/html"
    assert "<i>" not in entry.summary
    assert "&lt;i&gt;og&lt;/i&gt;" in entry.summary
    if kind == "rss":
        # RSS readers take the title as HTML too (Django's own default escapes it).
        assert entry.title_detail.type == "text/html"
        assert "&lt;b&gt;fed&lt;/b&gt;" in entry.title
    else:
        # Atom's <title> is plain text: as typed, no entities shown.
        assert entry.title_detail.type == "text/plain"
        assert entry.title == title


# --- The sitemap -------------------------------------------------------------------------


def sitemap_locations(client) -> set[str]:
    response = client.get(reverse("sitemap"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ElementTree.fromstring(response.content)  # noqa: S314 - our own sitemap, in a test
    return {loc.text for loc in root.findall("s:url/s:loc", SITEMAP_NS)}


def test_the_sitemap_lists_what_anyone_may_read_and_nothing_else(client):
    stories = in_every_state()
    public_tool = make_tool("Offentligt værktøj")
    restricted_tool = make_tool(
        "Begrænset værktøj", visibility=Visibility.RESTRICTED, restricted_roles=[Role.FACILITATOR]
    )
    draft_tool = make_tool("Kladdeværktøj", status=ToolStatus.DRAFT)
    video = make_video()
    draft_video = make_video(publish=False)
    episode = make_episode()
    draft_episode = make_episode(publish=False)

    locations = sitemap_locations(client)
    expected = [
        stories["published"],
        public_tool,
        video,
        episode,
    ]
    for item in expected:
        assert BASE + item.get_absolute_url() in locations, item
    hidden = [
        stories["draft"],
        stories["pending"],
        stories["scheduled"],
        stories["unpublished"],
        restricted_tool,
        draft_tool,
        draft_video,
        draft_episode,
    ]
    for item in hidden:
        assert BASE + item.get_absolute_url() not in locations, item
    for name in ("pages:home", "news:list", "toolkit:library", "media_library:podcast"):
        assert BASE + reverse(name) in locations
    # Nothing else: the pages, and one address per published thing.
    assert len(locations) == len(StaticPagesSitemap().items()) + len(expected)


def test_an_unpublished_story_leaves_the_sitemap(client):
    story = make_story()
    assert BASE + story.get_absolute_url() in sitemap_locations(client)
    services.story_unpublish(actor=video_editor(), story=story)
    assert BASE + story.get_absolute_url() not in sitemap_locations(client)


# --- Query counts (quality.md P3) ---------------------------------------------------------


def grow_to(size: int) -> None:
    """Published stories up to `size`, each with two audiences and a quote, the last one with
    a video and an episode."""
    for _ in range(size - Story.objects.published().count()):
        make_story(
            audiences=("medarbejdere", "topledelse"),
            quotes=[
                {
                    "text": "Det gav tid.",
                    "role": "Pædagog",
                    "consent_date": datetime.date(2026, 1, 1),
                    "consent_note": "Skriftligt",
                }
            ],
        )


def _count(client, url: str) -> int:
    client.get(url)  # anything made once (a session, the CSRF cookie) is made before counting
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


PUBLIC_URLS = [
    reverse("news:list"),
    reverse("news:list") + "?maalgruppe=topledelse&type=succeshistorie",
    reverse("news:feed"),
    reverse("news:feed_atom"),
    reverse("news:audience_feed", args=["medarbejdere"]),
    reverse("news:audience_feed_atom", args=["topledelse"]),
    reverse("sitemap"),
]


@pytest.mark.parametrize("role", [None, Role.EMPLOYEE, Role.EDITOR])
def test_the_public_lists_and_feeds_stay_flat_at_5_and_50_stories(client, client_as, role):
    if role:
        client_as(role)
    counts = {}
    for size in (5, 50):
        grow_to(size)
        counts[size] = {url: _count(client, url) for url in PUBLIC_URLS}
    assert counts[5] == counts[50]
    assert max(counts[50].values()) <= 10, counts[50]


def test_a_story_page_is_a_few_queries_whatever_it_holds(client, client_as):
    story = make_story(
        video=make_video(),
        episode=make_episode(),
        audiences=("medarbejdere", "topledelse", "tillidsvalgte"),
        quotes=[
            {
                "text": f"Citat {n}",
                "role": "Leder",
                "consent_date": datetime.date(2026, 1, 1),
                "consent_note": "Mundtligt, noteret",
            }
            for n in range(5)
        ],
    )
    anonymous = _count(client, story.get_absolute_url())
    client_as(Role.EDITOR)
    assert max(anonymous, _count(client, story.get_absolute_url())) <= 10


def test_the_editors_queue_stays_flat(client, client_as, settings):
    editor = client_as(Role.EDITOR)
    counts = []
    for size in (5, 50):
        grow_to(size)
        # Some of every kind in the queue: pending, suggested-looking drafts, scheduled.
        for _ in range(size // 5):
            draft = make_story(publish=False)
            services.story_submit(actor=editor, story=draft)
        counts.append(_count(client, reverse("news:editor_queue")))
    assert counts[0] == counts[1], counts
    assert counts[0] <= 10, counts
    assert Story.objects.filter(status=StoryStatus.PENDING).count() == 11
