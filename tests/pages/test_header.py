"""The site header: links to "Viden og historier" and "Find din rolle", the search form, and
"Redigér historier" for the editors only."""

import re

import pytest
from django.urls import reverse

from portal.accounts.roles import Role

pytestmark = pytest.mark.django_db

HOME = reverse("pages:home")


def _header(client, url: str = HOME) -> str:
    html = client.get(url).text
    return html[html.index("<header") : html.index("</header>")]


def test_the_header_links_stories_and_roles(client):
    header = _header(client)
    assert f'href="{reverse("news:list")}"' in header
    assert f'href="{reverse("pages:roles")}"' in header


def test_the_header_marks_the_current_page(client):
    header = _header(client, reverse("pages:roles"))
    assert f'href="{reverse("pages:roles")}" aria-current="page"' in header
    assert header.count('aria-current="page"') == 1


def test_the_header_has_a_labelled_search_form(client):
    header = _header(client)
    form = re.search(r"<form [^>]*role=\"search\"[^>]*>.*?</form>", header, re.S)
    assert form is not None
    form = form.group(0)
    assert f'action="{reverse("search:search")}"' in form
    assert 'method="get"' in form
    field = re.search(r'<input [^>]*name="q"[^>]*>', form).group(0)
    assert 'type="search"' in field
    field_id = re.search(r'id="([^"]+)"', field).group(1)
    assert f'<label class="visually-hidden" for="{field_id}">' in form
    assert "csrfmiddlewaretoken" not in form  # a GET form: cacheable, nothing per visitor


@pytest.mark.parametrize(
    ("role", "sees_it"),
    [(None, False), (Role.SHOP_STEWARD, False), (Role.FACILITATOR, False), (Role.EDITOR, True)],
)
def test_only_editors_get_the_link_to_edit_stories(client, client_as, role, sees_it):
    if role:
        client_as(role)
    link = f'href="{reverse("news:editor_queue")}"'
    assert (link in _header(client)) is sees_it
