"""The tool library: filters, who sees drafts and restricted tools, bad input, its cache and
its query count at 5, 50 and 500 tools (quality.md P3)."""

import re
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from portal.accounts.roles import Role
from tests.toolkit.factories import make_tool, tool_editor
from toolkit.caching import bump_tools_version
from toolkit.models import (
    Audience,
    RenderJob,
    Tool,
    ToolAudience,
    ToolStatus,
    ToolStep,
    Variant,
    Visibility,
)
from toolkit.services import tool_set_status

pytestmark = pytest.mark.django_db

LIBRARY = reverse("toolkit:library")
CARD_LINK = re.compile(r'<h2 class="h5 card-title"><a href="/vaerktoejer/([^/"?]+)/')


def _listed(response) -> list[str]:
    assert response.status_code == 200
    return CARD_LINK.findall(response.text)


@pytest.fixture
def shelf():
    return SimpleNamespace(
        cards=make_tool("Bøvlkortet", steps=[1], audiences=["tillidsvalgt"]),
        relay=make_tool(
            "Stafetten",
            variant=Variant.SIMPLIFIED,
            steps=[2],
            audiences=["medarbejder", "leder"],
            body="<p>Giv stafetten videre til en kollega.</p>",
        ),
        matrix=make_tool(
            "Prioriteringsmatrix",
            steps=[3, 4],
            audiences=["leder"],
            purpose="Hvem henter kaffemaskinen?",
        ),
        draft=make_tool(
            "Hemmelig kladde",
            status=ToolStatus.DRAFT,
            steps=[1, 2, 3],
            audiences=["tillidsvalgt", "leder", "medarbejder"],
        ),
        restricted=make_tool(
            "Kun for facilitatorer",
            visibility=Visibility.RESTRICTED,
            restricted_roles=[Role.FACILITATOR],
            steps=[1],
            audiences=["tillidsvalgt", "facilitator"],
        ),
    )


def _slugs(shelf, *names) -> list[str]:
    return [getattr(shelf, name).slug for name in names]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["cards", "relay", "matrix"]),
        ("?rolle=tillidsvalgt", ["cards"]),
        ("?rolle=leder", ["relay", "matrix"]),
        ("?trin=2", ["relay"]),
        ("?trin=4", ["matrix"]),
        ("?trin=6", []),
        ("?variant=forenklet", ["relay"]),
        ("?variant=fuld", ["cards", "matrix"]),
        ("?q=kaffemaskinen", ["matrix"]),
        ("?q=STAFETTEN+kollega", ["relay"]),
        ("?q=bøvlkortet", ["cards"]),
        ("?q=findes+ikke", []),
        ("?rolle=leder&trin=3&variant=fuld", ["matrix"]),
    ],
)
def test_filters_return_the_right_tools(client, shelf, query, expected):
    assert _listed(client.get(LIBRARY + query)) == _slugs(shelf, *expected)


def test_a_filtered_htmx_request_gets_only_the_results(client, shelf):
    response = client.get(
        LIBRARY + "?rolle=tillidsvalgt",
        headers={"HX-Request": "true", "HX-Target": "library-results"},
    )
    assert _listed(response) == [shelf.cards.slug]
    assert response.text.lstrip().startswith('<div id="library-results"')
    assert "<html" not in response.text


@pytest.mark.parametrize(
    "query",
    ["?trin=abc", "?rolle=xyz", "?variant=nej", "?q=" + "x" * 101, "?trin=99&rolle=%00"],
)
def test_bad_filter_input_is_ignored(client, shelf, query):
    assert _listed(client.get(LIBRARY + query)) == _slugs(shelf, "cards", "relay", "matrix")


@pytest.mark.parametrize("role", [None, Role.SHOP_STEWARD, Role.EMPLOYEE, Role.LEADER])
def test_drafts_and_restricted_tools_are_hidden(client, client_as, shelf, role):
    if role:
        client_as(role)
    listed = _listed(client.get(LIBRARY)) + _listed(client.get(LIBRARY + "?rolle=tillidsvalgt"))
    assert shelf.draft.slug not in listed
    assert shelf.restricted.slug not in listed
    for tool in (shelf.draft, shelf.restricted):
        assert client.get(tool.get_absolute_url()).status_code == 404
        assert client.post(reverse("toolkit:tool_pdf", args=[tool.slug])).status_code == 404
        assert client.post(reverse("toolkit:basket_add", args=[tool.slug])).status_code == 404
    assert not RenderJob.objects.exists()


def test_restricted_tool_is_visible_to_its_role(client, client_as, shelf):
    client_as(Role.FACILITATOR)
    assert _listed(client.get(LIBRARY + "?rolle=tillidsvalgt")) == _slugs(
        shelf, "cards", "restricted"
    )
    assert shelf.draft.slug not in _listed(client.get(LIBRARY))
    page = client.get(shelf.restricted.get_absolute_url())
    assert page.status_code == 200
    assert page.context["tool"] == shelf.restricted
    response = client.post(reverse("toolkit:tool_pdf", args=[shelf.restricted.slug]))
    job = RenderJob.objects.get(tool=shelf.restricted)
    assert response.status_code == 302
    assert response["Location"] == job.get_absolute_url()


def test_editors_see_drafts_on_the_tool_page_but_not_in_the_library(client, client_as, shelf):
    client_as(Role.EDITOR)
    page = client.get(shelf.draft.get_absolute_url())
    assert page.status_code == 200
    assert page.context["tool"] == shelf.draft
    # A draft offers no PDF: it is not published yet.
    assert reverse("toolkit:tool_pdf", args=[shelf.draft.slug]) not in page.text
    assert shelf.draft.slug not in _listed(client.get(LIBRARY))
    assert client.get(shelf.restricted.get_absolute_url()).status_code == 200


def test_the_cached_list_of_one_role_is_not_shown_to_another(client, client_as, shelf):
    client_as(Role.FACILITATOR)
    assert shelf.restricted.slug in _listed(client.get(LIBRARY))
    client.logout()
    assert shelf.restricted.slug not in _listed(client.get(LIBRARY))
    client_as(Role.SHOP_STEWARD)
    assert shelf.restricted.slug not in _listed(client.get(LIBRARY))


def test_publishing_refreshes_the_cached_library(client, django_capture_on_commit_callbacks):
    draft = make_tool("Snart udgivet", status=ToolStatus.DRAFT)
    assert draft.slug not in _listed(client.get(LIBRARY))
    with django_capture_on_commit_callbacks(execute=True):
        tool_set_status(actor=tool_editor(), tool=draft, status=ToolStatus.PUBLISHED)
    assert draft.slug in _listed(client.get(LIBRARY))


def test_each_response_gets_its_own_csrf_field_in_the_cached_cards(client, shelf):
    response = client.get(LIBRARY)
    assert "portal:csrf-field" not in response.text
    add_form = r'<form method="post" action="/vaerktoejer/printkurv/tilfoej/.*?</form>'
    forms = re.findall(add_form, response.text, re.S)
    assert len(forms) == 3
    assert all('name="csrfmiddlewaretoken"' in form for form in forms)


# --- Query counts (quality.md P3) -----------------------------------------------------------

SIZES = (5, 50, 500)


def _grow(to: int) -> None:
    """Adds published tools straight in the database until there are `to`: a mix of variants,
    steps, audiences and restricted tools (the services would take minutes for 500)."""
    have = Tool.objects.count()
    now = timezone.now()
    audiences = list(Audience.values)
    tools = Tool.objects.bulk_create(
        Tool(
            title=f"Værktøj {i:04}",
            slug=f"vaerktoej-{i}",
            purpose="At få øje på bøvl og tale om det.",
            variant=Variant.SIMPLIFIED if i % 3 == 2 else Variant.FULL,
            duration_minutes=30,
            participants="Hele personalegruppen",
            status=ToolStatus.PUBLISHED,
            visibility=Visibility.RESTRICTED if i % 5 == 0 else Visibility.PUBLIC,
            content_hash=f"{i:064x}",
            updated_at=now,
            lix=30,
            search_text="At få øje på bøvl og tale om det.",
        )
        for i in range(have, to)
    )
    simplified = [t for i, t in enumerate(tools, start=have) if i % 3 == 2]
    for tool in simplified:
        tool.full_version_id = tool.pk - 1  # the full tool made just before it
    Tool.objects.bulk_update(simplified, ["full_version"])
    ToolStep.objects.bulk_create(
        [
            ToolStep(tool=tool, step=step)
            for i, tool in enumerate(tools)
            for step in {1 + i % 6, 1 + (i + 1) % 6}
        ]
    )
    ToolAudience.objects.bulk_create(
        [
            ToolAudience(tool=tool, audience=audience)
            for i, tool in enumerate(tools)
            for audience in {audiences[i % 6], audiences[(i + 2) % 6]}
        ]
    )
    facilitators = Group.objects.get(name=Role.FACILITATOR)
    stewards = Group.objects.get(name=Role.SHOP_STEWARD)
    Tool.restricted_roles.through.objects.bulk_create(
        [
            Tool.restricted_roles.through(tool=tool, group=group)
            for tool in tools
            if tool.visibility == Visibility.RESTRICTED
            for group in (facilitators, stewards)
        ]
    )


def _queries(client, url: str) -> tuple[int, int]:
    """Queries of a library request that misses the cache, and how many tools it listed."""
    bump_tools_version()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return len(queries), len(_listed(response))


@pytest.mark.parametrize("query", ["", "?rolle=tillidsvalgt&variant=fuld", "?q=bøvl"])
@pytest.mark.parametrize("role", [None, Role.SHOP_STEWARD])
def test_library_queries_stay_flat_at_5_50_500_tools(client, client_as, role, query):
    if role:
        client_as(role)
    client.get(LIBRARY + query)
    counts, listed = [], []
    for size in SIZES:
        _grow(size)
        count, shown = _queries(client, LIBRARY + query)
        counts.append(count)
        listed.append(shown)
    assert counts[0] == counts[1] == counts[2], counts
    assert counts[0] <= 10, counts
    assert listed[0] < listed[1] < listed[2], listed  # the list really grew


def test_a_cached_library_asks_the_database_for_no_tools(client):
    _grow(50)
    bump_tools_version()
    client.get(LIBRARY)
    with CaptureQueriesContext(connection) as queries:
        assert len(_listed(client.get(LIBRARY))) == 40
    assert not any("toolkit_tool" in query["sql"] for query in queries.captured_queries)


def test_one_bad_filter_keeps_the_others(client, shelf):
    assert _listed(client.get(LIBRARY + "?rolle=leder&trin=abc")) == _slugs(
        shelf, "relay", "matrix"
    )
