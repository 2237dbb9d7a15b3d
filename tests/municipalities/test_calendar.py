"""The private iCal feed: what it holds, who can reach it, and revoking it."""

import datetime

import icalendar
import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from municipalities.models import CalendarFeed, Phase, SparringSession, Workshop
from municipalities.services import calendar_feed_for, calendar_feed_revoke
from portal.accounts.roles import Role
from tests.accounts.factories import login_with_mfa, make_user
from tests.municipalities.factories import make_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def facilitator():
    return make_user(Role.FACILITATOR)


@pytest.fixture
def courses(facilitator):
    """The facilitator's course in Glostrup, and someone else's in Kolding."""
    own = make_course(
        "Glostrup", phase=Phase.PREPARATION, facilitators=[facilitator], days_in_phase=5
    )
    other = make_course("Kolding", phase=Phase.PREPARATION, facilitators=[make_user()])
    return own, other


def feed_path(feed):
    return reverse("municipalities:calendar_feed", args=[feed.token])


def fetch(client, feed):
    response = client.get(feed_path(feed))
    assert response.status_code == 200
    return response, icalendar.Calendar.from_ical(response.content)


def events_by_uid(calendar):
    return {str(event["uid"]): event for event in calendar.walk("VEVENT")}


def test_feed_holds_the_users_workshops_sparring_and_deadlines_only(client, facilitator, courses):
    own, other = courses
    workshop = Workshop.objects.create(
        course=own, held_on=datetime.date(2026, 12, 3), place="Rådhuset, mødelokale 2"
    )
    sparring = SparringSession.objects.create(
        course=own, held_on=datetime.date(2027, 1, 12), topic="Målinger; næste skridt"
    )
    foreign_workshop = Workshop.objects.create(course=other, held_on=datetime.date(2026, 12, 4))
    foreign_sparring = SparringSession.objects.create(
        course=other, held_on=datetime.date(2027, 1, 13), topic="Andet"
    )
    feed = calendar_feed_for(user=facilitator)

    response, calendar = fetch(client, feed)  # no login: the token is the key

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    cache_control = response["Cache-Control"]
    assert "private" in cache_control
    assert "no-store" in cache_control
    assert calendar["version"] == "2.0"
    assert str(calendar["x-wr-calname"])
    events = events_by_uid(calendar)
    assert set(events) == {
        f"workshop-{workshop.pk}@samskabt-styring",
        f"sparring-{sparring.pk}@samskabt-styring",
        f"deadline-{own.pk}-{Phase.PREPARATION}@samskabt-styring",
    }
    assert f"workshop-{foreign_workshop.pk}@samskabt-styring" not in events
    assert f"sparring-{foreign_sparring.pk}@samskabt-styring" not in events
    assert "Kolding" not in response.content.decode()

    w = events[f"workshop-{workshop.pk}@samskabt-styring"]
    assert w.decoded("dtstart") == datetime.date(2026, 12, 3)  # all-day
    assert w.decoded("dtend") == datetime.date(2026, 12, 4)
    assert str(w["location"]) == "Rådhuset, mødelokale 2"
    assert str(w["url"]) == settings.SITE_URL + own.get_absolute_url()
    s = events[f"sparring-{sparring.pk}@samskabt-styring"]
    assert s.decoded("dtstart") == datetime.date(2027, 1, 12)
    d = events[f"deadline-{own.pk}-{Phase.PREPARATION}@samskabt-styring"]
    assert d.decoded("dtstart") == own.phase_deadline
    for event in events.values():
        assert isinstance(event.decoded("dtstamp"), datetime.datetime)

    with translation.override(settings.LANGUAGE_CODE):
        assert str(w["summary"]) == gettext("Workshop in %(municipality)s: %(title)s") % {
            "municipality": "Glostrup",
            "title": own.title,
        }
        assert str(s["summary"]) == gettext("Sparring with %(municipality)s: %(topic)s") % {
            "municipality": "Glostrup",
            "topic": "Målinger; næste skridt",
        }
        assert str(d["summary"]) == gettext(
            "Phase %(number)d expected to be completed (%(municipality)s)"
        ) % {"number": 1, "municipality": "Glostrup"}


def test_uids_are_stable_between_fetches(client, facilitator, courses):
    Workshop.objects.create(course=courses[0], held_on=datetime.date(2026, 12, 3))
    feed = calendar_feed_for(user=facilitator)
    first = set(events_by_uid(fetch(client, feed)[1]))
    second = set(events_by_uid(fetch(client, feed)[1]))
    assert first == second
    assert len(first) == 2


def test_closed_courses_have_no_deadline(client, facilitator):
    closed = make_course("Glostrup", phase=Phase.CLOSED, facilitators=[facilitator])
    Workshop.objects.create(course=closed, held_on=datetime.date(2026, 3, 3))
    _, calendar = fetch(client, calendar_feed_for(user=facilitator))
    assert [str(uid).split("-")[0] for uid in events_by_uid(calendar)] == ["workshop"]


def test_a_key_actor_sees_their_municipalitys_course(client, courses):
    leader = make_user(Role.LEADER, municipality=courses[0].municipality)
    Workshop.objects.create(course=courses[0], held_on=datetime.date(2026, 12, 3))
    Workshop.objects.create(course=courses[1], held_on=datetime.date(2026, 12, 3))
    _, calendar = fetch(client, calendar_feed_for(user=leader))
    assert {event["url"] for event in calendar.walk("VEVENT")} == {
        settings.SITE_URL + courses[0].get_absolute_url()
    }


def test_the_feed_is_the_same_address_until_revoked(facilitator):
    feed = calendar_feed_for(user=facilitator)
    assert calendar_feed_for(user=facilitator).token == feed.token
    assert len(feed.token) >= 43  # 32 random bytes
    assert CalendarFeed.objects.count() == 1


def test_a_revoked_address_answers_404_and_the_new_one_works(client, facilitator, courses):
    old = calendar_feed_for(user=facilitator)
    old_path = feed_path(old)
    fetch(client, old)
    new = calendar_feed_revoke(user=facilitator)
    assert new.pk == old.pk
    assert new.token != old.token
    assert client.get(old_path).status_code == 404
    fetch(client, new)


def test_an_unknown_token_answers_404(client, facilitator):
    calendar_feed_for(user=facilitator)
    path = reverse("municipalities:calendar_feed", args=["ikke-en-rigtig-noegle"])
    assert client.get(path).status_code == 404


def test_a_deactivated_users_feed_answers_404(client, facilitator):
    feed = calendar_feed_for(user=facilitator)
    facilitator.is_active = False
    facilitator.save(update_fields=["is_active"])
    assert client.get(feed_path(feed)).status_code == 404


def test_the_feed_takes_a_fixed_number_of_queries(client, facilitator):
    feed = calendar_feed_for(user=facilitator)

    def queries_with(n):
        for _ in range(n):
            course = make_course("Glostrup", phase=Phase.FACILITATION, facilitators=[facilitator])
            Workshop.objects.create(course=course, held_on=timezone.localdate())
            SparringSession.objects.create(course=course, held_on=timezone.localdate(), topic="x")
        with CaptureQueriesContext(connection) as queries:
            fetch(client, feed)
        return len(queries)

    assert queries_with(2) == queries_with(20)


# --- The page --------------------------------------------------------------------------------


def test_the_page_needs_a_login(client):
    response = client.get(reverse("municipalities:calendar"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    response = client.post(reverse("municipalities:calendar_revoke"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert not CalendarFeed.objects.exists()


def test_the_page_creates_shows_and_renews_the_address(client, facilitator):
    login_with_mfa(client, facilitator)
    page = reverse("municipalities:calendar")
    renew = reverse("municipalities:calendar_revoke")

    content = client.get(page).content.decode()
    assert not CalendarFeed.objects.exists()  # looking creates nothing
    assert f'action="{renew}"' in content

    assert client.post(renew)["Location"] == page
    feed = CalendarFeed.objects.get(user=facilitator)
    content = client.get(page).content.decode()
    assert f'value="{settings.SITE_URL}{feed_path(feed)}"' in content
    assert "Outlook" in content

    old_path = feed_path(feed)
    assert client.post(renew)["Location"] == page
    feed.refresh_from_db()
    assert feed_path(feed) != old_path
    assert client.get(old_path).status_code == 404
    assert client.get(feed_path(feed)).status_code == 200
    assert CalendarFeed.objects.count() == 1


def test_renewing_needs_a_post(client, facilitator):
    login_with_mfa(client, facilitator)
    feed = calendar_feed_for(user=facilitator)
    assert client.get(reverse("municipalities:calendar_revoke")).status_code == 405
    assert CalendarFeed.objects.get().token == feed.token


def test_the_dashboard_links_to_the_calendar_page(client, facilitator):
    login_with_mfa(client, facilitator)
    content = client.get(reverse("municipalities:dashboard")).content.decode()
    assert reverse("municipalities:calendar") in content
