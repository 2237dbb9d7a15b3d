"""The page cache of the public story pages, feeds and sitemap (portal/page_cache.py,
quality.md P2): anonymous visitors without a session get the same page from the cache with
their own valid CSRF token; nobody logged in, no unknown parameter and no error is ever cached;
what the services change is shown at once."""

import re

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from media_library.models import StoryStatus
from media_library.news import services
from portal.accounts.roles import Role
from tests.media_library.factories import make_story, video_editor
from tests.toolkit.test_xss import assert_strict_csp

pytestmark = pytest.mark.django_db

HEADER = "X-Page-Cache"
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def cached_urls(story) -> list[str]:
    return [
        reverse("news:list"),
        reverse("news:list") + "?maalgruppe=medarbejdere&type=succeshistorie&side=1",
        story.get_absolute_url(),
        reverse("news:feed"),
        reverse("news:feed_atom"),
        reverse("news:audience_feed", args=["medarbejdere"]),
        reverse("news:audience_feed_atom", args=["medarbejdere"]),
        reverse("sitemap"),
    ]


def tokens(html: str) -> list[str]:
    return TOKEN.findall(html)


def without_tokens(html: str) -> str:
    return TOKEN.sub('name="csrfmiddlewaretoken" value=""', html)


def test_anonymous_gets_a_miss_then_the_same_page_from_the_cache():
    story = make_story()
    client = Client()
    for url in cached_urls(story):
        first = client.get(url)
        second = client.get(url)
        assert (first.status_code, second.status_code) == (200, 200), url
        assert (first[HEADER], second[HEADER]) == ("miss", "hit"), url
        assert second["Content-Type"] == first["Content-Type"]
        assert without_tokens(second.text) == without_tokens(first.text), url
        if first["Content-Type"].startswith("text/html"):
            # The footer's language form carries a token in both, never the placeholder.
            assert len(tokens(first.text)) == len(tokens(second.text)) == 1, url
            assert "\x00" not in second.text
            assert_strict_csp(second)
        else:
            assert second.content == first.content, url


def _set_language(client, token: str, url: str):
    return client.post(
        reverse("set_language"),
        {"language": "en", "next": url, "csrfmiddlewaretoken": token},
    )


def test_the_csrf_token_in_a_cached_page_is_valid_for_the_visitor():
    story = make_story()
    url = story.get_absolute_url()
    assert Client().get(url)[HEADER] == "miss"  # someone else filled the cache

    visitor = Client(enforce_csrf_checks=True)
    page = visitor.get(url)
    assert page[HEADER] == "hit"
    assert settings.CSRF_COOKIE_NAME in page.cookies  # the visitor's own secret
    [token] = tokens(page.text)
    response = _set_language(visitor, token, url)
    assert response.status_code == 302
    assert response["Location"] == url

    # A second hit for a visitor who already has the cookie: a token for that cookie.
    again = Client(enforce_csrf_checks=True)
    again.get(reverse("news:list"))
    again.get(reverse("news:list"))
    page = again.get(url)
    assert page[HEADER] == "hit"
    [token] = tokens(page.text)
    assert _set_language(again, token, url).status_code == 302


def test_a_token_from_another_visitors_cached_page_is_refused():
    # The check above can fail: a token that is not the visitor's own is a 403.
    story = make_story()
    url = story.get_absolute_url()
    other = Client()
    [foreign] = tokens(other.get(url).text)
    visitor = Client(enforce_csrf_checks=True)
    assert visitor.get(url)[HEADER] == "hit"
    assert _set_language(visitor, foreign, url).status_code == 403


@pytest.mark.parametrize("role", [Role.EMPLOYEE, Role.FACILITATOR, Role.EDITOR])
def test_nobody_logged_in_is_served_from_or_into_the_cache(client, client_as, role):
    story = make_story()
    client_as(role)
    for url in cached_urls(story):
        for _ in range(2):
            response = client.get(url)
            assert response.status_code == 200
            assert HEADER not in response, url
    # Nor did the logged-in visits fill the cache for anonymous visitors.
    assert Client().get(reverse("news:list"))[HEADER] == "miss"


def test_a_logged_in_page_is_never_served_to_anonymous_from_the_cache(client, client_as):
    story = make_story()
    user = client_as(Role.EDITOR)
    assert user.full_name in client.get(story.get_absolute_url()).text
    anonymous = Client().get(story.get_absolute_url())
    assert anonymous[HEADER] == "miss"
    assert user.full_name not in anonymous.text


@pytest.mark.parametrize(
    "query",
    [
        "?utm_source=nyhedsbrev",
        "?maalgruppe=topledelse&fbclid=abc",
        "?side=1&side=2",
        "?maalgruppe=" + "x" * 101,
        # Known names with values no list has: each would otherwise be a cache entry of its own.
        "?maalgruppe=borgmestre",
        "?type=podcast",
        "?side=0",
        "?side=99999",
        "?side=2x",
    ],
)
def test_an_unknown_or_odd_query_is_never_cached(query):
    make_story()
    client = Client()
    url = reverse("news:list") + query
    for _ in range(2):
        response = client.get(url)
        assert response.status_code == 200
        assert HEADER not in response
    story_url = make_story().get_absolute_url() + "?side=2"  # the story page reads no parameter
    assert HEADER not in client.get(story_url)
    assert HEADER not in client.get(story_url)


def test_the_known_parameters_are_cached_apart():
    make_story(title="Til topledelsen", audiences=("topledelse",))
    make_story(title="Til medarbejderne", audiences=("medarbejdere",))
    client = Client()
    list_url = reverse("news:list")
    top = client.get(list_url, {"maalgruppe": "topledelse"})
    staff = client.get(list_url, {"maalgruppe": "medarbejdere"})
    assert (top[HEADER], staff[HEADER]) == ("miss", "miss")
    assert "Til topledelsen" in top.text and "Til medarbejderne" not in top.text
    assert "Til medarbejderne" in staff.text and "Til topledelsen" not in staff.text
    assert client.get(list_url, {"maalgruppe": "topledelse"})[HEADER] == "hit"
    assert client.get(list_url, {"type": "artikel", "side": "2"})[HEADER] == "miss"


def test_publishing_a_story_shows_at_once_in_the_cached_pages(
    django_capture_on_commit_callbacks,
):
    old = make_story(title="Den gamle historie")
    client = Client()
    list_url = reverse("news:list")
    feed_url = reverse("news:feed")
    for url in (list_url, feed_url, reverse("sitemap")):
        client.get(url)
        assert client.get(url)[HEADER] == "hit"

    with django_capture_on_commit_callbacks(execute=True):
        new = make_story(title="Den nye historie")
    for url in (list_url, feed_url):
        response = client.get(url)
        assert response[HEADER] == "miss", url
        assert "Den nye historie" in response.text
        assert "Den gamle historie" in response.text
    assert new.get_absolute_url() in client.get(reverse("sitemap")).text

    # And taking one down removes it from the list and its own cached page.
    assert client.get(old.get_absolute_url())[HEADER] == "miss"
    assert client.get(old.get_absolute_url())[HEADER] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        services.story_unpublish(actor=video_editor(), story=old)
    assert client.get(old.get_absolute_url()).status_code == 404
    assert "Den gamle historie" not in client.get(list_url).text


def test_beat_publishing_shows_at_once_in_the_cached_list(django_capture_on_commit_callbacks):
    import datetime

    from django.utils import timezone

    editor = video_editor()
    story = services.story_submit(actor=editor, story=make_story(publish=False, title="Snart"))
    at = timezone.now() + datetime.timedelta(hours=1)
    services.story_approve(actor=editor, story=story, publish_at=at)
    client = Client()
    client.get(reverse("news:list"))
    assert "Snart" not in client.get(reverse("news:list")).text
    with django_capture_on_commit_callbacks(execute=True):
        services.publish_due_stories(now=at)
    response = client.get(reverse("news:list"))
    assert response[HEADER] == "miss"
    assert "Snart" in response.text


def test_a_drafts_404_is_not_cached():
    draft = make_story(publish=False)
    client = Client()
    for _ in range(2):
        response = client.get(draft.get_absolute_url())
        assert response.status_code == 404
        assert HEADER not in response
    # Published without the version bump a commit would bring: only an uncached 404 lets the
    # story through at once.
    editor = video_editor()
    services.story_approve(actor=editor, story=services.story_submit(actor=editor, story=draft))
    response = client.get(draft.get_absolute_url())
    assert response.status_code == 200
    assert response[HEADER] == "miss"


def test_an_unknown_audience_feeds_404_is_not_cached():
    client = Client()
    url = reverse("news:audience_feed", args=["alle"])
    for _ in range(2):
        response = client.get(url)
        assert response.status_code == 404
        assert HEADER not in response


@pytest.mark.parametrize(
    "cookie", [settings.SESSION_COOKIE_NAME, "messages"], ids=["session", "messages"]
)
def test_a_visitor_with_a_session_or_messages_gets_no_cached_page(cookie):
    story = make_story()
    Client().get(story.get_absolute_url())  # in the cache now
    client = Client()
    client.cookies[cookie] = "noget"
    for _ in range(2):
        response = client.get(story.get_absolute_url())
        assert response.status_code == 200
        assert HEADER not in response


def test_an_htmx_request_is_not_cached():
    story = make_story()
    client = Client()
    client.get(story.get_absolute_url())
    response = client.get(story.get_absolute_url(), headers={"HX-Request": "true"})
    assert HEADER not in response


def test_each_language_has_its_own_cached_page():
    story = make_story()
    danish = Client()
    english = Client()
    english.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    first = danish.get(story.get_absolute_url())
    assert first[HEADER] == "miss"
    response = english.get(story.get_absolute_url())
    assert response[HEADER] == "miss"
    assert '<html lang="en">' in response.text
    assert '<html lang="da">' in danish.get(story.get_absolute_url()).text


@pytest.mark.parametrize("name", ["news:feed", "sitemap"])
def test_absolute_addresses_follow_the_host_asked_for(name):
    story = make_story()
    client = Client()
    for host in ("localhost", "127.0.0.1", "localhost"):
        response = client.get(reverse(name), HTTP_HOST=host)
        assert f"http://{host}{story.get_absolute_url()}" in response.text, host


def test_a_story_shown_to_an_editor_unpublished_is_never_cached(client, client_as):
    story = services.story_submit(actor=video_editor(), story=make_story(publish=False))
    assert story.status == StoryStatus.PENDING
    client_as(Role.EDITOR)
    response = client.get(story.get_absolute_url())
    assert response.status_code == 200
    assert HEADER not in response
    assert Client().get(story.get_absolute_url()).status_code == 404
