"""The home page: the latest published stories, the method videos, the newest podcast episode
and the four roles; flat query counts; served from the page cache to anonymous visitors and
refreshed when a story is published."""

import pytest
from django.urls import reverse

from media_library.caching import bump_media_version, bump_stories_version
from media_library.models import VideoKind, VideoRole
from portal.accounts.roles import Role
from portal.page_cache import HEADER
from portal.pages.roles import ROLES
from tests.media_library.factories import make_story, make_video
from tests.media_library.test_podcast import make_episode

from .helpers import grow_stories, measured_get, section, story_slugs

pytestmark = pytest.mark.django_db

HOME = reverse("pages:home")


def test_home_keeps_the_intro_and_the_six_steps(client):
    html = client.get(HOME).text
    assert html.count("<h1") == 1
    assert section(html, "steps-heading").count('<li class="list-group-item">') == 6


def test_home_shows_the_three_latest_published_stories_and_no_drafts(client):
    oldest = make_story(title="Den ældste historie")
    newer = [make_story(title=f"Nyere historie {n}") for n in range(3)]
    draft = make_story(title="En kladde", publish=False)
    stories = section(client.get(HOME).text, "stories-heading")
    assert story_slugs(stories) == [s.slug for s in reversed(newer)]
    assert oldest.title not in stories
    assert draft.title not in stories
    assert "Glostrup" in stories  # the municipality of a success story
    assert f'href="{reverse("news:list")}"' in stories  # "Alle historier"


def test_home_without_stories_says_so(client):
    stories = section(client.get(HOME).text, "stories-heading")
    assert story_slugs(stories) == []
    assert 'class="card' not in stories


def test_home_features_published_method_videos_only(client):
    method = [make_video(kind=VideoKind.METHOD, title=f"Metodevideo {n}") for n in "ABCD"]
    role = make_video(kind=VideoKind.ROLE, role=VideoRole.EMPLOYEE, title="Rollevideo")
    draft = make_video(kind=VideoKind.METHOD, title="Metodevideo kladde", publish=False)
    videos = section(client.get(HOME).text, "videos-heading")
    for video in method[:3]:
        assert f'href="{video.get_absolute_url()}"' in videos
    assert method[3].title not in videos  # up to three
    assert role.title not in videos
    assert draft.title not in videos
    assert f'href="{reverse("media_library:videos")}"' in videos


def test_home_shows_the_latest_published_episode(client):
    assert 'id="podcast-heading"' not in client.get(HOME).text  # no episode, no section
    make_episode(title="Første afsnit")
    make_episode(title="Andet afsnit")
    make_episode(title="Upubliceret afsnit", publish=False)
    bump_media_version()  # the services bump it on commit, which a test transaction never reaches
    podcast = section(client.get(HOME).text, "podcast-heading")
    assert "Andet afsnit" in podcast
    assert "Første afsnit" not in podcast
    assert "Upubliceret afsnit" not in podcast


def test_home_links_the_four_role_pages(client):
    roles = section(client.get(HOME).text, "roles-heading")
    for role in ROLES:
        assert f'href="{role.get_absolute_url()}"' in roles


# --- Page cache and query counts ---------------------------------------------------------------


def test_anonymous_visitors_get_the_home_page_from_the_cache_until_a_story_is_published(
    client, django_capture_on_commit_callbacks
):
    make_story(title="Den første historie")
    first = client.get(HOME)
    assert first[HEADER] == "miss"
    second = client.get(HOME)
    assert second[HEADER] == "hit"
    assert second.text == first.text.replace(
        _csrf(first.text), _csrf(second.text)
    )  # the same page, with the visitor's own token
    with django_capture_on_commit_callbacks(execute=True):
        story = make_story(title="En helt ny historie")
    third = client.get(HOME)
    assert third[HEADER] == "miss"
    assert story.slug in story_slugs(section(third.text, "stories-heading"))


def test_logged_in_users_get_the_page_made_for_them(client, client_as):
    client_as(Role.EMPLOYEE)
    client.get(HOME)
    assert HEADER not in client.get(HOME)


def _csrf(html: str) -> str:
    marker = 'name="csrfmiddlewaretoken" value="'
    start = html.index(marker) + len(marker)
    return html[start : html.index('"', start)]


@pytest.mark.parametrize("role", [None, Role.EMPLOYEE])
def test_home_queries_stay_flat_at_5_and_50_stories(client, client_as, role):
    for kind in (VideoKind.METHOD, VideoKind.METHOD, VideoKind.METHOD):
        make_video(kind=kind)
    make_episode()
    if role:
        client_as(role)
    client.get(HOME)  # warm: the content versions and the session are in place
    counts = []
    for size in (5, 50):
        grow_stories(size)
        bump_media_version()
        response, count = measured_get(client, HOME)
        assert response.status_code == 200
        assert response.get(HEADER) in (None, "miss")  # made, not taken from the cache
        assert len(story_slugs(section(response.text, "stories-heading"))) == 3
        counts.append(count)
    assert counts[0] == counts[1], counts
    assert counts[0] <= 10, counts
    if role is None:
        # The stories with their audience rows, the videos and the episode: nothing per row.
        assert counts[0] <= 4, counts


def test_a_cached_home_page_asks_the_database_nothing(client):
    grow_stories(5)
    client.get(HOME)
    response, count = measured_get(client, HOME)
    assert response[HEADER] == "hit"
    assert count == 0


def test_a_stories_version_bump_alone_refreshes_the_home_page(client):
    client.get(HOME)
    bump_stories_version()
    assert client.get(HOME)[HEADER] == "miss"
