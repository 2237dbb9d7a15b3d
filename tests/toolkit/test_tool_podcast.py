"""A tool's page links the published podcast episodes about its steps (issue 4's "related
podcast episode when it exists"); editors tick the steps of videos and episodes in the admin."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from media_library.models import Episode, Video
from portal.accounts.roles import Role
from tests.media_library.factories import make_video
from tests.media_library.test_podcast import _admin_data, make_episode
from tests.toolkit.factories import make_tool

pytestmark = pytest.mark.django_db


def _podcast_links(response) -> list[str]:
    html = response.content.decode()
    return [e.title for e in Episode.objects.all() if e.get_absolute_url() in html]


def test_the_tool_page_links_the_published_episodes_about_its_steps(client):
    tool = make_tool(steps=(2, 3))
    about_step_2 = make_episode(title="Om trin 2", steps=[1, 2])
    make_episode(title="Om trin 5", steps=[5])
    make_episode(title="Kladde om trin 3", steps=[3], publish=False)

    response = client.get(tool.get_absolute_url())

    assert _podcast_links(response) == [about_step_2.title]
    assert "Podcast" in response.content.decode()


def test_a_tool_without_related_episodes_shows_no_podcast_section(client):
    tool = make_tool(steps=(6,))
    make_episode(steps=[1])
    response = client.get(tool.get_absolute_url())
    assert _podcast_links(response) == []


def test_the_tool_pages_queries_do_not_grow_with_episodes(client):
    tool = make_tool(steps=(1,))
    make_episode(steps=[1])
    with CaptureQueriesContext(connection) as one:
        client.get(tool.get_absolute_url())
    for _ in range(5):
        make_episode(steps=[1])
    with CaptureQueriesContext(connection) as six:
        response = client.get(tool.get_absolute_url())
    assert len(six.captured_queries) == len(one.captured_queries)
    assert len(_podcast_links(response)) == 6


def test_editors_tick_an_episodes_steps_in_the_admin(client, client_as):
    client_as(Role.EDITOR)
    response = client.post(
        reverse("admin:media_library_episode_add"), _admin_data(steps=["2", "4"])
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert Episode.objects.get(slug="boevl-i-hjemmeplejen").steps == [2, 4]
    page = client.get(reverse("admin:media_library_episode_add")).content.decode()
    assert 'type="checkbox" name="steps" value="6"' in page


def test_a_step_outside_one_to_six_is_refused_in_the_admin(client, client_as):
    client_as(Role.EDITOR)
    response = client.post(reverse("admin:media_library_episode_add"), _admin_data(steps=["7"]))
    assert response.status_code == 200
    assert "steps" in response.context["adminform"].form.errors


def test_a_videos_steps_are_checkboxes_too(client, client_as):
    client_as(Role.EDITOR)
    video = make_video(steps=(3,))
    page = client.get(reverse("admin:media_library_video_change", args=[video.pk])).content
    assert b'name="steps" value="3"' in page and b"checked" in page
    assert Video.objects.get(pk=video.pk).steps == [3]
