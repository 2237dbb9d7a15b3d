"""quality.md R2 for stories: the XSS corpus through every rich-text field (sanitised on write)
and every plain-text field (escaped on output) of a story, by the editor's form and by a
facilitator's suggestion, never reaches the public page, the list, the preview, the editor's
pages or the feeds as markup."""

from xml.etree import ElementTree

import feedparser
import pytest
from django.test import Client
from django.urls import reverse
from django.utils.html import escape

from media_library.models import Story
from media_library.news import services
from portal.accounts.roles import Role
from tests.accounts.factories import login_with_mfa, make_user
from tests.media_library.factories import video_editor
from tests.media_library.test_stories import SUGGESTION, story_form_data
from tests.municipalities.factories import make_course
from tests.toolkit.test_xss import BENIGN, PAYLOADS, _elements, assert_strict_csp, violations

pytestmark = pytest.mark.django_db

RICH_FIELDS = ("body", "challenge", "solution", "trial_action")
PLAIN_FIELDS = (
    "title", "summary", "workplace", "participants", "expected_effect", "result_product",
    "result_process", "effect_citizen", "effect_task", "effect_work_environment", "next_steps",
)  # fmt: skip
QUOTE_PLAIN = ("text", "name", "role", "consent_note")
# The plain fields a reader sees on the story's page: title (in <title>, the breadcrumb and
# the heading), the others once each, and a quote's text, name and role.
SHOWN_ON_THE_PAGE = 3 + (len(PLAIN_FIELDS) - 1) + 3
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    # Every answer rendered now, not kept from an earlier story (test_page_cache.py has it).
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}


# Rich text that is only a payload is empty once sanitised; a story needs some text to be sent.
READABLE = "<p>Tekst.</p>"


def hostile_form(slug: str, text: str, rich: str) -> dict:
    quote = dict.fromkeys(QUOTE_PLAIN, text) | {"consent_date": "2026-01-15"}
    return story_form_data(
        quotes=[quote],
        slug=slug,
        **dict.fromkeys(PLAIN_FIELDS, text),
        **dict.fromkeys(RICH_FIELDS, rich),
    )


def feed_texts(xml: bytes) -> list[str]:
    """What a feed reader renders as HTML: RSS titles and descriptions, Atom summaries
    (type="html") and any Atom text construct that claims to be HTML."""
    root = ElementTree.fromstring(xml)  # noqa: S314 - our own feed, in a test
    texts = []
    for item in root.iter("item"):
        texts += [item.findtext("title") or "", item.findtext("description") or ""]
    for entry in root.iter(f"{ATOM}entry"):
        for element in entry:
            if element.get("type") in ("html", "xhtml"):
                texts.append(element.text or "")
            else:
                assert element.tag != f"{ATOM}content", "no Atom content of unknown type"
    return texts


def assert_feed_is_harmless(client, name: str) -> None:
    response = client.get(reverse(name))
    assert response.status_code == 200
    assert feedparser.parse(response.content).bozo == 0
    for text in feed_texts(response.content):
        # Escaped plain text: as HTML, not a single element.
        assert _elements(text) == [], text


def _publish(story: Story) -> Story:
    editor = video_editor()
    story = services.story_submit(actor=editor, story=story)
    return services.story_approve(actor=editor, story=story)


def _neutralise(story: Story, plain=PLAIN_FIELDS, rich=RICH_FIELDS) -> None:
    """The same story with harmless text: a list page's baseline with the same rows."""
    services.story_save(
        actor=video_editor(),
        story=story,
        fields=dict.fromkeys(plain, "Tekst") | dict.fromkeys(rich, BENIGN),
    )


def _answers(responses: dict) -> dict[str, str]:
    for name, response in responses.items():
        assert response.status_code == 200, name
        assert_strict_csp(response)
    return {name: response.text for name, response in responses.items()}


def _story_pages(editor_client, story: Story) -> dict[str, str]:
    """The pages about one story: the public page, the preview and the editor's pages."""
    return _answers(
        {
            "page": Client().get(story.get_absolute_url()),
            "preview": editor_client.get(reverse("news:story_preview", args=[story.pk])),
            "form": editor_client.get(reverse("news:story_edit", args=[story.pk])),
            "history": editor_client.get(reverse("news:story_history", args=[story.pk])),
            "revision": editor_client.get(reverse("news:story_revision", args=[story.pk, 1])),
        }
    )


def _list_pages(editor_client) -> dict[str, str]:
    return _answers(
        {
            "list": Client().get(reverse("news:list")),
            "queue": editor_client.get(reverse("news:editor_queue")),
        }
    )


def test_payloads_posted_by_an_editor_are_harmless_everywhere(client, client_as):
    client_as(Role.EDITOR)
    response = client.post(
        reverse("news:story_new"), hostile_form("grundlinje", "Tekst", BENIGN), follow=True
    )
    assert response.redirect_chain, response.text[:3000]
    harmless = _publish(Story.objects.get(slug="grundlinje"))

    failures = {}
    for number, payload in enumerate(PAYLOADS):
        slug = f"payload-{number}"
        data = hostile_form(slug, payload, READABLE + payload)
        # Followed: the "saved" message is shown on the edit page, not on the pages compared.
        response = client.post(reverse("news:story_new"), data, follow=True)
        assert response.redirect_chain, (payload, response.text[:3000])
        story = Story.objects.get(slug=slug)
        # Plain text is kept as typed; rich text is sanitised before it is stored.
        assert story.title == story.summary == story.next_steps == payload
        assert story.quotes.get().role == payload
        for field in RICH_FIELDS:
            stored = getattr(story, field)
            assert "<script" not in stored and "alert(1)</script>" not in stored, stored
        story = _publish(story)

        outputs = _story_pages(client, story) | _list_pages(client)
        for name in ("news:feed", "news:feed_atom"):
            assert_feed_is_harmless(Client(), name)
        # Baselines of the same moment: the harmless story's pages, and the lists with this
        # story made harmless (the same rows).
        baseline = _story_pages(client, harmless)
        _neutralise(story)
        baseline |= _list_pages(client)
        for name, html in outputs.items():
            if found := violations(html, baseline[name]):
                failures[f"{payload} → {name}"] = found
        if "<" in payload:
            page = outputs["page"]
            assert page.count(escape(payload)) >= SHOWN_ON_THE_PAGE, payload
            for name, html in outputs.items():
                assert payload not in html, name
                assert escape(payload) in html, name
    assert failures == {}


def test_the_audience_feeds_escape_too(client):
    payload = "<script>alert(1)</script><img src=x onerror=alert(1)>"
    editor = video_editor()
    story = services.story_save(
        actor=editor,
        fields={
            "kind": "artikel",
            "title": payload,
            "slug": "farlig",
            "summary": payload,
            "body": READABLE + payload,
        },
        audiences=["topledelse"],
    )
    _publish(story)
    for name in ("news:audience_feed", "news:audience_feed_atom"):
        response = client.get(reverse(name, args=["topledelse"]))
        assert response.status_code == 200
        texts = feed_texts(response.content)
        assert texts, name
        for text in texts:
            assert _elements(text) == [], text
        assert b"<script" not in response.content


def test_payloads_in_a_facilitators_suggestion_are_harmless(client):
    facilitator = make_user(Role.FACILITATOR)
    course = make_course(facilitators=[facilitator])
    login_with_mfa(client, facilitator)
    editor_client = Client()
    login_with_mfa(editor_client, make_user(Role.EDITOR))
    url = reverse("news:course_stories", args=[course.pk])
    for logged_in in (client, editor_client):
        logged_in.get(reverse("pages:home"))  # shows (and so ends) the "logged in" message
    rich = ("challenge", "solution", "trial_action")
    plain = [name for name in SUGGESTION if name not in (*rich, "area", "four_f")]

    def suggest(text: str, html: str) -> Story:
        data = SUGGESTION | dict.fromkeys(plain, text) | dict.fromkeys(rich, html)
        response = client.post(url, data, follow=True)  # its "thank you" is shown and gone
        assert response.redirect_chain == [(url, 302)], response.text[:3000]
        return Story.objects.latest("pk")

    def lists() -> dict[str, str]:
        return _answers(
            {"course": client.get(url), "queue": editor_client.get(reverse("news:editor_queue"))}
        )

    def pages(story: Story) -> dict[str, str]:
        return _answers(
            {
                "form": editor_client.get(reverse("news:story_edit", args=[story.pk])),
                "preview": editor_client.get(reverse("news:story_preview", args=[story.pk])),
            }
        )

    harmless = suggest("Tekst", BENIGN)
    failures = {}
    for payload in PAYLOADS:
        story = suggest(payload, payload)
        assert story.title == story.workplace == payload
        for field in rich:
            assert "<script" not in getattr(story, field)
        outputs = lists() | pages(story)
        baseline = pages(harmless)
        _neutralise(story, plain=plain, rich=rich)
        baseline |= lists()
        for name, html in outputs.items():
            if found := violations(html, baseline[name]):
                failures[f"{payload} → {name}"] = found
            if "<" in payload:
                assert payload not in html, name
                assert escape(payload) in html, name
    assert failures == {}
