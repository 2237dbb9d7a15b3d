"""The site search at /soeg/: what it finds, for whom (quality.md R1: never a draft, never a
restricted tool outside its roles), the form's errors, escaping, and flat query counts.

Runs on PostgreSQL (full-text search, Danish stemming) and on SQLite (the word fallback); the
stemming tests need PostgreSQL."""

import html
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from media_library.models import VideoKind
from portal.accounts.roles import Role
from portal.search.backends import MAX_RESULTS, render_marked, search
from portal.search.forms import MAX_QUERY_LENGTH
from portal.search.sources import SOURCES
from tests.media_library.factories import make_story, make_video
from tests.search.factories import grow, make_episode
from tests.toolkit.factories import make_tool
from toolkit.models import ToolStatus, Visibility

pytestmark = pytest.mark.django_db

URL = reverse("search:search")
WRITES = ("INSERT", "UPDATE", "DELETE")
HIT = re.compile(r'<h3 class="h5 mb-1"><a href="([^"]+)">([^<]*)</a></h3>')
postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="Danish stemming needs PostgreSQL"
)


def _hits(response) -> list[str]:
    """The titles of the hits on the page, in order."""
    assert response.status_code == 200
    return [html.unescape(title) for _, title in HIT.findall(response.content.decode())]


def _get(client, **params):
    return client.get(URL, params)


# --- The form ------------------------------------------------------------------------------------


@pytest.mark.parametrize("params", [{}, {"q": ""}, {"q": "   "}, {"type": "tools"}])
def test_an_empty_search_shows_just_the_form(client, params):
    make_tool("Bøvljagt")
    response = client.get(URL, params)
    content = response.content.decode()
    assert response.status_code == 200
    assert '<label class="form-label" for="id_q">' in content
    assert 'type="search" name="q" id="id_q"' in content
    assert 'role="search"' in content
    assert "results-heading" not in content
    assert _hits(response) == []
    assert response.context["result"] is None


def test_a_too_long_search_is_an_error_next_to_the_field_and_keeps_the_text(client):
    make_tool("Bøvljagt")
    text = ("bøvljagt " * 30)[: MAX_QUERY_LENGTH + 20]
    response = _get(client, q=text)
    content = response.content.decode()
    assert response.status_code == 200
    [error] = response.context["form"].errors["q"]
    assert str(MAX_QUERY_LENGTH) in error
    assert f'<p class="invalid-feedback d-block mt-0 mb-1" id="id_q_error">{error}</p>' in content
    assert 'aria-invalid="true" aria-describedby="id_q_error"' in content
    assert f'value="{text}"' in content
    # Nothing is searched for a text that is not valid.
    assert response.context["result"] is None
    assert _hits(response) == []


def test_a_search_of_exactly_the_limit_is_allowed(client):
    make_tool("Bøvljagt")
    response = _get(client, q="bøvljagt".ljust(MAX_QUERY_LENGTH, " ") + "x")
    assert "q" in response.context["form"].errors
    response = _get(client, q=("bøvljagt " * 30)[:MAX_QUERY_LENGTH])
    assert "q" not in response.context["form"].errors


def test_a_null_character_is_a_form_error_not_a_server_error(client):
    response = _get(client, q="bøvl\x00jagt")
    assert response.status_code == 200
    assert "q" in response.context["form"].errors


def test_only_get_and_head(client):
    assert client.post(URL, {"q": "bøvl"}).status_code == 405
    assert client.head(URL, {"q": "bøvl"}).status_code == 200


def test_the_answer_is_never_shared_between_users(client):
    response = _get(client, q="bøvl")
    assert "private" in response["Cache-Control"]


# --- What it finds -------------------------------------------------------------------------------


def test_finds_a_published_tool_by_a_word_in_its_title_or_text(client):
    make_tool("Ærgrelsesrunden", purpose="En runde om små ærgrelser.")
    make_tool("Noget helt andet", purpose="Om kaffe.")
    assert _hits(_get(client, q="ærgrelsesrunden")) == ["Ærgrelsesrunden"]
    assert _hits(_get(client, q="ÆRGRELSESRUNDEN")) == ["Ærgrelsesrunden"]
    assert _hits(_get(client, q="Kaffe")) == ["Noget helt andet"]


def test_every_word_must_match(client):
    make_tool("Bøvljagt", purpose="Find bøvl i hverdagen.")
    make_tool("Kaffepause", purpose="Find en pause.")
    assert _hits(_get(client, q="find bøvljagt")) == ["Bøvljagt"]
    assert _hits(_get(client, q="bøvljagt kaffepause")) == []


@postgres_only
@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("Prøvehandling i praksis", "prøvehandlinger"),
        ("Sådan holder I en workshop", "workshops"),
        ("Kerneopgaven først", "kerneopgaver"),
        ("Borgerinddragelse", "borgerinddragelsen"),
    ],
)
def test_danish_word_forms_find_each_other_on_postgresql(client, text, query):
    make_tool(text)
    make_tool("Noget helt andet", purpose="Om kaffe.")
    assert _hits(_get(client, q=query)) == [text]


@postgres_only
def test_danish_stop_words_alone_find_nothing_on_postgresql(client):
    make_tool("Og så videre", purpose="Og og og.")
    response = _get(client, q="og")
    assert response.status_code == 200
    assert _hits(response) == []


def test_a_title_hit_comes_before_a_hit_in_the_text(client):
    make_tool("Aaa om noget andet", purpose="Her nævnes kortspillet i forbifarten.")
    make_tool("Kortspillet", purpose="Et spil med kort.")
    assert _hits(_get(client, q="kortspillet")) == ["Kortspillet", "Aaa om noget andet"]


def test_finds_videos_and_episodes_by_their_summary_and_transcript(client):
    video = make_video(title="Metoden på fem minutter", summary="Om trappemodellen.")
    make_video(
        kind=VideoKind.ROLE,
        role="tillidsvalgt",
        title="Tillidsvalgtes rolle",
        transcript="Vi taler om trappemodellen og bøvl.",
    )
    episode = make_episode(title="Afsnit om trapper", summary="Trappemodellen forklaret.")
    response = _get(client, q="trappemodellen")
    assert sorted(_hits(response)) == sorted(
        ["Metoden på fem minutter", "Tillidsvalgtes rolle", "Afsnit om trapper"]
    )
    content = response.content.decode()
    assert f'href="{video.get_absolute_url()}"' in content
    assert f'href="{episode.get_absolute_url()}"' in content
    assert "<mark>" in content


EVERY_KIND = sorted(
    ["Kaffepause (værktøj)", "Kaffepause (historie)", "Kaffepause (video)", "Kaffepause (podcast)"]
)


def test_finds_stories_by_their_rich_text(client):
    story = make_story(
        title="Mindre dobbeltregistrering",
        summary="Et plejecenter fandt bøvl.",
        challenge="<p>Medarbejderne skrev alt <strong>to gange</strong> i journalen.</p>",
        trial_action="<p>Én <em>registrering</em> &amp; en logbog i tre måneder.</p>",
    )
    make_story(title="Noget helt andet", publish=False, body="<p>Journalen igen.</p>")
    response = _get(client, q="journalen")
    assert _hits(response) == ["Mindre dobbeltregistrering"]
    assert f'href="{story.get_absolute_url()}"' in response.content.decode()
    [hit] = response.context["result"].hits
    assert hit.kind == story.get_kind_display()
    assert "<strong>" not in hit.excerpt
    assert "&lt;strong&gt;" not in hit.excerpt
    assert "<mark>" in hit.excerpt
    [hit] = _get(client, q="logbog").context["result"].hits
    assert "&amp; en <mark>logbog</mark>" in hit.excerpt


@postgres_only
def test_a_story_is_found_by_another_form_of_a_word_on_postgresql(client):
    make_story(title="Skolen", trial_action="<p>Vi lavede en prøvehandling på skolen.</p>")
    assert _hits(_get(client, q="prøvehandlinger")) == ["Skolen"]


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("tools", ["Kaffepause (værktøj)"]),
        ("stories", ["Kaffepause (historie)"]),
        ("videos", ["Kaffepause (video)"]),
        ("episodes", ["Kaffepause (podcast)"]),
        ("", EVERY_KIND),
        ("ukendt", EVERY_KIND),
    ],
)
def test_the_type_filter(client, kind, expected):
    make_tool("Kaffepause (værktøj)")
    make_story(title="Kaffepause (historie)")
    make_video(title="Kaffepause (video)")
    make_episode(title="Kaffepause (podcast)")
    assert sorted(_hits(_get(client, q="kaffepause", type=kind))) == expected


def test_each_hit_says_what_kind_it_is(client):
    make_video(title="Kaffepause (video)", kind=VideoKind.METHOD)
    response = _get(client, q="kaffepause")
    hit = response.context["result"].hits[0]
    assert hit.kind == str(VideoKind.METHOD.label)
    assert f'<p class="small text-body-secondary mb-1">{hit.kind}</p>' in response.content.decode()


def test_no_hits_gives_a_helpful_message(client):
    make_tool("Bøvljagt")
    response = _get(client, q="zyxwvu", type="tools")
    content = response.content.decode()
    assert _hits(response) == []
    assert response.context["result"].hits == []
    assert 'id="results-heading"' in content
    assert f'href="{reverse("toolkit:library")}"' in content
    # A way out of the type filter, keeping the text.
    assert 'href="?q=zyxwvu"' in content


def test_the_count_is_announced_in_a_polite_live_region(client):
    make_tool("Kaffepausen")
    make_tool("Noget helt andet")
    content = _get(client, q="kaffepausen").content.decode()
    live = re.search(r'<div aria-live="polite"[^>]*>\s*<h2[^>]*>(.*?)</h2>', content, re.S)
    assert live is not None
    assert "1 " in live.group(1)
    assert "»kaffepausen«" in html.unescape(live.group(1))  # Danish quotation marks


# --- Who sees what (R1) --------------------------------------------------------------------------


@pytest.fixture
def hidden_things():
    make_tool("Hemmeligt kladdeværktøj", status=ToolStatus.DRAFT)
    make_tool(
        "Hemmeligt facilitatorværktøj",
        visibility=Visibility.RESTRICTED,
        restricted_roles=[Role.FACILITATOR, Role.INTERNAL_CONSULTANT],
    )
    make_tool("Hemmeligt offentligt værktøj")
    make_story(title="Hemmelig kladdehistorie", publish=False)
    make_video(title="Hemmelig kladdevideo", publish=False)
    make_episode(title="Hemmeligt kladdeafsnit", publish=False)


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        (None, ["Hemmeligt offentligt værktøj"]),
        (Role.EMPLOYEE, ["Hemmeligt offentligt værktøj"]),
        (Role.SHOP_STEWARD, ["Hemmeligt offentligt værktøj"]),
        (Role.FACILITATOR, ["Hemmeligt facilitatorværktøj", "Hemmeligt offentligt værktøj"]),
        (
            Role.INTERNAL_CONSULTANT,
            ["Hemmeligt facilitatorværktøj", "Hemmeligt offentligt værktøj"],
        ),
        # Editors see drafts on their own pages, but search lists only what is published.
        (Role.EDITOR, ["Hemmeligt facilitatorværktøj", "Hemmeligt offentligt værktøj"]),
        (Role.ADMINISTRATOR, ["Hemmeligt facilitatorværktøj", "Hemmeligt offentligt værktøj"]),
    ],
)
def test_drafts_and_restricted_tools_never_show_outside_their_scope(
    client, client_as, hidden_things, role, expected
):
    if role:
        client_as(role)
    response = _get(client, q="hemmeligt")
    assert sorted(_hits(response)) == expected
    assert "kladde" not in response.content.decode().lower()
    assert sorted(_hits(_get(client, q="hemmelig kladdehistorie"))) == []
    assert sorted(_hits(_get(client, q="hemmelig kladdevideo"))) == []
    assert sorted(_hits(_get(client, q="hemmeligt kladdeafsnit"))) == []


def test_the_selector_follows_the_same_rules(hidden_things):
    from django.contrib.auth.models import AnonymousUser

    result = search(text="hemmeligt", user=AnonymousUser())
    assert [hit.title for hit in result.hits] == ["Hemmeligt offentligt værktøj"]
    assert result.more is False


# --- Escaping ------------------------------------------------------------------------------------


def test_markup_in_titles_and_excerpts_is_shown_as_text(client):
    make_tool("<script>alert(1)</script> Bøvlknuser", purpose="<b>fed</b> bøvlknuser")
    make_video(
        title="Bøvlknuser <img src=x onerror=alert(2)>",
        summary='Om bøvlknuser <img src=x onerror=alert(3)> og "citater" & mere.',
    )
    response = _get(client, q="bøvlknuser")
    content = response.content.decode()
    assert len(_hits(response)) == 2
    assert "<script>alert(1)" not in content
    assert "<img src=x" not in content
    assert "<b>fed</b>" not in content
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Bøvlknuser" in content
    assert "&lt;img src=x onerror=alert(3)&gt;" in content
    assert "<mark>" in content


def test_rich_text_in_an_excerpt_loses_its_markup(client):
    make_tool(
        "Vandrestaven",
        purpose="Et værktøj.",
        body="<p>Brug <strong>vandrestaven</strong> &amp; tal på skift.</p>",
    )
    response = _get(client, q="vandrestaven")
    [hit] = response.context["result"].hits
    assert "<strong>" not in hit.excerpt
    assert "&lt;strong&gt;" not in hit.excerpt
    assert "&amp;amp;" not in hit.excerpt
    assert "<mark>" in hit.excerpt


def test_render_marked_escapes_first_and_marks_after():
    from portal.search.backends import MARK_END, MARK_START

    text = f"<b>x</b> {MARK_START}bøvl{MARK_END} & {MARK_START}<i>{MARK_END} {MARK_START}open"
    assert render_marked(text) == (
        "&lt;b&gt;x&lt;/b&gt; <mark>bøvl</mark> &amp; <mark>&lt;i&gt;</mark> open"
    )


# --- Reads only, and flat ------------------------------------------------------------------------


@pytest.mark.parametrize("role", [None, Role.SHOP_STEWARD, Role.EDITOR])
def test_a_search_changes_no_row(client, client_as, role):
    if role:
        client_as(role)
    make_tool("Bøvljagt")
    client.get(URL, {"q": "bøvljagt"})  # first request: the session, the login, settle
    with CaptureQueriesContext(connection) as queries:
        response = client.get(URL, {"q": "bøvljagt"})
    assert _hits(response) == ["Bøvljagt"]
    writes = [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(WRITES)]
    assert writes == []


@pytest.mark.parametrize("role", [None, Role.SHOP_STEWARD, Role.EDITOR])
def test_queries_stay_flat_at_5_50_and_500_rows(client, client_as, role):
    if role:
        client_as(role)
    counts, listed, more = [], [], []
    grown = 0
    for size in (5, 50, 500):
        grow(size - grown, "tællelyset")
        grown = size
        client.get(URL, {"q": "tællelyset"})
        with CaptureQueriesContext(connection) as queries:
            response = client.get(URL, {"q": "tællelyset"})
        counts.append(len(queries))
        listed.append(len(_hits(response)))
        more.append(response.context["result"].more)
    assert counts[0] == counts[1] == counts[2], counts
    assert counts[0] <= 10, counts
    # Four kinds of content each time; never more than the limit.
    assert listed == [20, MAX_RESULTS, MAX_RESULTS]
    assert more == [False, True, True]


def test_every_source_is_searched_in_one_query(client):
    grow(20, "tællelyset")
    client.get(URL, {"q": "tællelyset"})
    with CaptureQueriesContext(connection) as everything:
        client.get(URL, {"q": "tællelyset"})
    with CaptureQueriesContext(connection) as tools_only:
        client.get(URL, {"q": "tællelyset", "type": "tools"})
    assert len(everything) - len(tools_only) == len(SOURCES) - 1
