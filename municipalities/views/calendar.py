"""The private iCal address: a page to find and renew it, and the feed calendar programs fetch."""

from datetime import timedelta

import icalendar
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from ..models import CalendarFeed, Course, SparringSession, Workshop
from ..services import calendar_feed_for, calendar_feed_revoke

# Event UIDs must stay the same between fetches, or calendar programs duplicate the events.
UID_DOMAIN = "samskabt-styring"
# How often calendar programs should fetch the feed again (RFC 7986 and Outlook's own name).
REFRESH = timedelta(hours=6)


def feed_url(feed: CalendarFeed) -> str:
    return settings.SITE_URL + reverse("municipalities:calendar_feed", args=[feed.token])


@login_required
def calendar_page(request):
    # Only reads: the address is created by the POST below, never by looking at the page.
    feed = CalendarFeed.objects.filter(user=request.user).first()
    return render(
        request,
        "municipalities/calendar.html",
        {"feed": feed, "feed_url": feed_url(feed) if feed else None},
    )


@login_required
@require_POST
def calendar_revoke(request):
    if CalendarFeed.objects.filter(user=request.user).exists():
        calendar_feed_revoke(user=request.user)
        messages.success(
            request, _("You have a new calendar address. The old one no longer works.")
        )
    else:
        calendar_feed_for(user=request.user)
        messages.success(request, _("Your calendar address is ready."))
    return redirect("municipalities:calendar")


def _event(uid: str, summary: str, day, url: str, stamp, description: str = "", location=""):
    event = icalendar.Event()
    event.add("uid", f"{uid}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))  # all-day: DTEND is the day after
    event.add("summary", summary)
    event.add("url", url)
    # An all-day event without a time should not block the whole day as busy.
    event.add("transp", "TRANSPARENT")
    if description:
        event.add("description", description)
    if location:
        event.add("location", location)
    return event


def build_calendar(user) -> icalendar.Calendar:
    """The user's workshops, sparring sessions and phase deadlines of their own courses."""
    courses = Course.objects.mine(user)
    stamp = timezone.now()
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Fremfærd//Samskabt styring//DA")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", _("Samskabt styring – my courses"))
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", icalendar.vDuration(REFRESH).to_ical().decode())

    def course_url(course: Course) -> str:
        return settings.SITE_URL + course.get_absolute_url()

    workshops = Workshop.objects.filter(course__in=courses).select_related("course__municipality")
    for workshop in workshops:
        course = workshop.course
        calendar.add_component(
            _event(
                f"workshop-{workshop.pk}",
                _("Workshop in %(municipality)s: %(title)s")
                % {"municipality": course.municipality.name, "title": course.title},
                workshop.held_on,
                course_url(course),
                stamp,
                description=f"{course}\n{course_url(course)}",
                location=workshop.place,
            )
        )
    sessions = SparringSession.objects.filter(course__in=courses).select_related(
        "course__municipality"
    )
    for session in sessions:
        course = session.course
        calendar.add_component(
            _event(
                f"sparring-{session.pk}",
                _("Sparring with %(municipality)s: %(topic)s")
                % {"municipality": course.municipality.name, "topic": session.topic},
                session.held_on,
                course_url(course),
                stamp,
                description=f"{course}\n{course_url(course)}",
            )
        )
    for course in courses.open().select_related("municipality"):
        deadline = course.phase_deadline
        if deadline is None:
            continue
        calendar.add_component(
            _event(
                # Per course and phase: a new phase is a new deadline, not a moved one.
                f"deadline-{course.pk}-{course.phase}",
                _("Phase %(number)d expected to be completed (%(municipality)s)")
                % {"number": course.phase, "municipality": course.municipality.name},
                deadline,
                course_url(course),
                stamp,
                description=f"{course}\n{course.phase_label}\n{course_url(course)}",
            )
        )
    return calendar


@never_cache
@require_GET
def calendar_feed(request, token: str):
    """No login: calendar programs cannot log in. The unguessable token is the key, and a
    revoked or unknown one answers 404 like any other missing page."""
    feed = get_object_or_404(
        CalendarFeed.objects.select_related("user"), token=token, user__is_active=True
    )
    with translation.override(settings.LANGUAGE_CODE):
        body = build_calendar(feed.user).to_ical()
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["X-Robots-Tag"] = "noindex"
    return response
