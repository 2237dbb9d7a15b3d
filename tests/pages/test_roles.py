"""The "Find din rolle" pages: the one table of roles, each role's video, tools (simplified
first; restricted ones only for their roles, no drafts) and stories (its audience only), the
RSS link, 404 for an unknown role, the page cache and flat query counts."""

from types import SimpleNamespace

import pytest
from django.urls import reverse
from django.utils.html import escape

from media_library.models import StoryAudience, VideoKind, VideoRole
from media_library.selectors import AUDIENCE_ROLES
from portal.accounts.roles import Role
from portal.page_cache import HEADER
from portal.pages.roles import ROLES, ROLES_BY_SLUG
from tests.media_library.factories import make_story, make_video
from tests.toolkit.factories import make_tool, tool_editor
from toolkit.models import Audience, ToolStatus, Variant, Visibility
from toolkit.services import tool_set_status

from .helpers import grow_stories, measured_get, section, story_slugs

pytestmark = pytest.mark.django_db

ROLE_SLUGS = [role.slug for role in ROLES]


def _url(slug: str) -> str:
    return reverse(f"pages:role_{slug}")


def _tool_titles(html: str) -> list[str]:
    tools = section(html, "tools-heading")
    return [
        part.split(">", 1)[1].split("</a>", 1)[0]
        for part in tools.split('<h3 class="h6 mb-1"><a ')[1:]
    ]


# --- The table ---------------------------------------------------------------------------------


def test_the_table_has_the_four_roles_with_matching_values():
    assert ROLE_SLUGS == ["medarbejder", "tillidsvalgt", "institutionsleder", "topleder"]
    assert {role.video_role for role in ROLES} == set(VideoRole.values)
    assert {role.story_audience for role in ROLES} == set(StoryAudience.values)
    for role in ROLES:
        assert role.tool_audience in Audience.values
        # The library's "Jeg er …" shows the same video as the role page.
        assert AUDIENCE_ROLES[role.tool_audience] == role.video_role
        assert role.get_absolute_url() == f"/roller/{role.slug}/"
    assert ROLES_BY_SLUG["institutionsleder"].tool_audience == Audience.LEADER


def test_an_unknown_role_is_404(client):
    assert client.get("/roller/borgmester/").status_code == 404
    assert client.get("/roller/leder/").status_code == 404  # the tool audience is no role page


def test_the_index_links_the_four_roles(client):
    response = client.get(reverse("pages:roles"))
    assert response.status_code == 200
    for role in ROLES:
        assert f'href="{role.get_absolute_url()}"' in response.text


# --- What each role page shows -----------------------------------------------------------------


@pytest.fixture
def material():
    """For each role: its video, a simplified and a full public tool, a tool restricted to
    facilitators, a draft tool and a published and a draft story; and a method video."""
    made = SimpleNamespace(videos={}, tools={}, stories={})
    for role in ROLES:
        made.videos[role.slug] = make_video(
            kind=VideoKind.ROLE, role=role.video_role, title=f"Rollevideo {role.slug}"
        )
        audience = role.tool_audience
        made.tools[role.slug] = SimpleNamespace(
            full=make_tool(f"Fuldt værktøj {audience}", audiences=[audience], steps=[1]),
            simplified=make_tool(
                f"Forenklet værktøj {audience}",
                variant=Variant.SIMPLIFIED,
                audiences=[audience],
                steps=[4],
            ),
            restricted=make_tool(
                f"Begrænset værktøj {audience}",
                audiences=[audience],
                visibility=Visibility.RESTRICTED,
                restricted_roles=[Role.FACILITATOR],
            ),
            draft=make_tool(
                f"Kladdeværktøj {audience}", audiences=[audience], status=ToolStatus.DRAFT
            ),
        )
        made.stories[role.slug] = SimpleNamespace(
            published=make_story(
                title=f"Historie for {role.story_audience}", audiences=[role.story_audience]
            ),
            draft=make_story(
                title=f"Kladde for {role.story_audience}",
                audiences=[role.story_audience],
                publish=False,
            ),
        )
    made.method_video = make_video(kind=VideoKind.METHOD, title="Metodevideoen")
    return made


@pytest.mark.parametrize("slug", ROLE_SLUGS)
def test_a_role_page_shows_the_roles_own_material(client, material, slug):
    role = ROLES_BY_SLUG[slug]
    response = client.get(_url(slug))
    assert response.status_code == 200
    html = response.text
    assert html.count("<h1") == 1
    assert escape(str(role.intro)) in html

    video = section(html, "video-heading")
    assert f'href="{material.videos[slug].get_absolute_url()}"' in video
    others = [v for s, v in material.videos.items() if s != slug]
    assert not any(other.title in html for other in others)
    assert material.method_video.title not in video

    tools = material.tools[slug]
    # The simplified version first: it is the one written for the role.
    assert _tool_titles(html) == [tools.simplified.title, tools.full.title]
    assert tools.restricted.title not in html
    assert tools.draft.title not in html
    library = reverse("toolkit:library")
    assert f'href="{library}?rolle={role.tool_audience}"' in html

    stories = section(html, "stories-heading")
    assert story_slugs(stories) == [material.stories[slug].published.slug]
    assert material.stories[slug].draft.title not in html
    assert f'href="{reverse("news:list")}?maalgruppe={role.story_audience}"' in stories
    feed = reverse("news:audience_feed", args=[role.story_audience])
    assert f'href="{feed}"' in stories
    assert html.count(f'href="{feed}"') == 2  # and the <link rel="alternate"> in the head


def test_a_role_without_a_published_video_gets_a_note(client):
    make_video(kind=VideoKind.ROLE, role=VideoRole.TOP_LEADER, publish=False, title="Ikke endnu")
    html = client.get(_url("topleder")).text
    video = section(html, "video-heading")
    assert "Ikke endnu" not in html
    assert f'href="{reverse("media_library:videos")}"' in video
    assert "card" not in video


def test_restricted_tools_are_shown_to_their_role_and_never_cached_for_others(client, client_as):
    restricted = make_tool(
        "Kun for tillidsvalgte",
        audiences=["tillidsvalgt"],
        visibility=Visibility.RESTRICTED,
        restricted_roles=[Role.SHOP_STEWARD],
    )
    url = _url("tillidsvalgt")
    assert restricted.title not in client.get(url).text  # anonymous, now in the cache
    client_as(Role.SHOP_STEWARD)
    assert restricted.title in _tool_titles(client.get(url).text)
    client.logout()
    client_as(Role.EMPLOYEE)
    assert restricted.title not in client.get(url).text
    client.logout()
    response = client.get(url)
    assert response[HEADER] == "hit"
    assert restricted.title not in response.text


def test_the_role_page_lists_at_most_twelve_tools(client):
    for n in range(14):
        make_tool(f"Værktøj {n:02}", audiences=["medarbejder"])
    assert len(_tool_titles(client.get(_url("medarbejder")).text)) == 12


# --- Page cache and query counts ---------------------------------------------------------------


def test_a_role_page_is_cached_for_anonymous_visitors_until_its_content_changes(
    client, django_capture_on_commit_callbacks
):
    url = _url("medarbejder")
    draft = make_tool("Snart udgivet", audiences=["medarbejder"], status=ToolStatus.DRAFT)
    assert client.get(url)[HEADER] == "miss"
    response, queries = measured_get(client, url)
    assert response[HEADER] == "hit"
    assert queries == 0
    with django_capture_on_commit_callbacks(execute=True):
        tool_set_status(actor=tool_editor(), tool=draft, status=ToolStatus.PUBLISHED)
    response = client.get(url)
    assert response[HEADER] == "miss"
    assert draft.title in _tool_titles(response.text)
    with django_capture_on_commit_callbacks(execute=True):
        story = make_story(audiences=["medarbejdere"])
    assert story.slug in story_slugs(section(client.get(url).text, "stories-heading"))


@pytest.mark.parametrize("role", [None, Role.SHOP_STEWARD])
def test_role_page_queries_stay_flat_at_5_and_50_stories(client, client_as, role):
    make_video(kind=VideoKind.ROLE, role=VideoRole.SHOP_STEWARD)
    for n in range(3):
        make_tool(f"Værktøj {n}", audiences=["tillidsvalgt"], steps=[1, 2])
    make_tool(
        "Begrænset",
        audiences=["tillidsvalgt"],
        visibility=Visibility.RESTRICTED,
        restricted_roles=[Role.SHOP_STEWARD],
    )
    if role:
        client_as(role)
    url = _url("tillidsvalgt")
    client.get(url)
    counts = []
    for size in (5, 50):
        grow_stories(size)  # bumps the stories version: the anonymous page is made again
        response, count = measured_get(client, url)
        assert response.status_code == 200
        assert response.get(HEADER) in (None, "miss")
        assert len(story_slugs(section(response.text, "stories-heading"))) == 4
        assert len(_tool_titles(response.text)) == (4 if role else 3)
        counts.append(count)
    assert counts[0] == counts[1], counts
    assert counts[0] <= 10, counts
    if role is None:
        # The video, the tools with their audience and step rows, the stories with theirs.
        assert counts[0] <= 6, counts
