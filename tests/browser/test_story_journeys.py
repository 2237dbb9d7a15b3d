"""The demo editor writes a success story, sends it for approval, approves and schedules it;
at its time (the beat job) it appears on the home page and in the feed. A facilitator suggests a
story from a course; a visitor finds a role page, stories and search. Axe on every page."""

import datetime
import re

import feedparser
import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from media_library.models import Story, StoryStatus
from media_library.news.services import publish_due_stories
from portal.demo.seed import seed_courses, seed_stories, seed_tools, seed_users, seed_videos
from tests.browser.test_course_journeys import axe_findings, log_in, log_out

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

TITLE = "Ét skema i stedet for tre i hjemmeplejen"
FACILITATOR = "facilitator@demo.invalid"


def test_the_editor_publishes_a_scheduled_success_story(page: Page, live_server):
    seed_users()
    seed_videos()
    log_in(page, live_server, "redaktoer@demo.invalid", totp=True)

    page.goto(f"{live_server.url}/viden/redaktion/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Redigér historier")
    assert axe_findings(page, "story queue") == []
    page.get_by_role("link", name="Ny historie").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ny historie")

    page.locator("#id_kind").select_option("succeshistorie")
    page.locator("#id_title").fill(TITLE)
    page.locator("#id_summary").fill("Medarbejderne fjernede to ud af tre skemaer ved et besøg.")
    page.get_by_role("checkbox", name="Tillidsvalgte").check()
    page.get_by_role("checkbox", name="Medarbejdere").check()
    page.locator("#id_municipality").select_option(label="Langeland")
    page.locator("#id_area").select_option("aeldre")
    page.locator("#id_challenge").fill(
        "<p>Tre skemaer ved hvert besøg.</p><script>alert(1)</script>"
    )
    page.locator("#id_solution").fill("<p>Ét skema, som alle bruger.</p>")
    page.locator("#id_trial_action").fill("<p>Afprøvet i én gruppe i seks uger.</p>")
    page.locator("#id_quotes-0-text").fill("Nu har vi tid til at tale med borgeren.")
    page.locator("#id_quotes-0-role").fill("Social- og sundhedshjælper")
    page.locator("#id_quotes-0-consent_date").fill(timezone.localdate().isoformat())
    # A quote without a note on the consent is refused next to the field; nothing is lost.
    page.get_by_role("button", name="Gem").click()
    expect(page.locator("#id_quotes-0-consent_note")).to_have_class(re.compile("is-invalid"))
    expect(page.locator("#id_title")).to_have_value(TITLE)
    assert axe_findings(page, "story form with an error") == []
    page.locator("#id_quotes-0-consent_note").fill("Skriftligt på e-mail til redaktionen")
    page.get_by_role("button", name="Gem").click()
    expect(page.locator(".messages")).to_contain_text("gemt")
    story = Story.objects.get(title=TITLE)
    assert "<script" not in story.challenge

    page.get_by_role("link", name="Forhåndsvisning").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(page.get_by_text("Nu har vi tid til at tale med borgeren.")).to_be_visible()
    assert axe_findings(page, "story preview") == []
    page.get_by_role("link", name="Tilbage til redigering").click()

    page.get_by_role("button", name="Send til godkendelse").click()
    expect(page.get_by_text("Til godkendelse").first).to_be_visible()

    # Approve, to be published in ten minutes.
    when = timezone.localtime() + datetime.timedelta(minutes=10)
    page.locator("#id_publish_at").fill(when.strftime("%Y-%m-%dT%H:%M"))
    page.get_by_role("button", name="Godkend", exact=True).click()
    expect(page.get_by_text("Planlagt").first).to_be_visible()
    assert axe_findings(page, "scheduled story") == []
    story.refresh_from_db()
    assert story.status == StoryStatus.SCHEDULED

    log_out(page)
    page.goto(f"{live_server.url}/")
    expect(page.get_by_role("link", name=TITLE)).to_have_count(0)

    # Beat's job at that time.
    assert publish_due_stories(now=timezone.now() + datetime.timedelta(minutes=11)) == (1, 0)

    page.goto(f"{live_server.url}/")
    expect(page.get_by_role("link", name=TITLE)).to_be_visible()
    assert axe_findings(page, "home page") == []
    page.get_by_role("link", name=TITLE).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(page.get_by_text("Social- og sundhedshjælper")).to_be_visible()
    assert axe_findings(page, "story page") == []

    page.goto(f"{live_server.url}/viden/?maalgruppe=tillidsvalgte")
    expect(page.get_by_role("link", name=TITLE)).to_be_visible()
    assert axe_findings(page, "news list for shop stewards") == []

    feed = feedparser.parse(page.request.get(f"{live_server.url}/viden/feed/").body())
    assert feed.bozo == 0
    assert [entry.title for entry in feed.entries][:1] == [TITLE]
    audience_feed = page.request.get(f"{live_server.url}/viden/feed/topledelse/").body()
    assert TITLE not in feedparser.parse(audience_feed).entries.__repr__()


def test_a_facilitator_suggests_a_story_and_visitors_find_stories(page: Page, live_server):
    seed_users()
    courses = seed_courses()
    seed_tools()
    seed_videos()
    seed_stories()
    course = next(c for c in courses if c.members.filter(user__email=FACILITATOR).exists())

    log_in(page, live_server, FACILITATOR, totp=True)
    page.goto(f"{live_server.url}/forloeb/{course.pk}/")
    page.get_by_role("link", name="Historier", exact=True).click()
    expect(page.get_by_role("heading", name="Foreslå en succeshistorie")).to_be_visible()
    # Missing required fields: the messages stand next to the fields; nothing is lost.
    page.locator("#id_title").fill("Færre skemaer i dagplejen")
    page.get_by_role("button", name="Send til redaktionen").click()
    expect(page.locator("#id_challenge")).to_have_class(re.compile("is-invalid"))
    expect(page.locator("#id_title")).to_have_value("Færre skemaer i dagplejen")
    assert axe_findings(page, "course stories with errors") == []
    page.locator("#id_summary").fill("Dagplejerne skrev det samme tre steder.")
    page.locator("#id_challenge").fill("<p>Tre skemaer om det samme.</p>")
    page.locator("#id_solution").fill("<p>Ét skema.</p>")
    page.get_by_role("button", name="Send til redaktionen").click()
    expect(page.locator(".messages")).to_contain_text("redaktionen")
    expect(page.locator(".list-group").get_by_text("Færre skemaer i dagplejen")).to_be_visible()
    assert axe_findings(page, "course stories") == []
    suggested = Story.objects.get(title="Færre skemaer i dagplejen")
    assert (suggested.status, suggested.course_id) == (StoryStatus.DRAFT, course.pk)
    log_out(page)

    # A shop steward finds the role page, its stories and search.
    page.goto(f"{live_server.url}/")
    page.get_by_role("link", name="Find din rolle", exact=True).first.click()
    page.get_by_role("link", name="Tillidsvalgt", exact=True).first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Tillidsvalgt")
    assert axe_findings(page, "role page") == []
    page.get_by_role("searchbox").first.fill("bøvl")
    page.get_by_role("searchbox").first.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Søg")
    expect(page.locator("[aria-live=polite]")).to_contain_text("»bøvl«")
    assert axe_findings(page, "search results") == []
    page.goto(f"{live_server.url}/viden/")
    assert axe_findings(page, "news list") == []
