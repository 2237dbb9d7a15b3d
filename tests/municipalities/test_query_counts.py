"""quality.md P3: the course lists answer in the same number of queries at 5, 50 and 500
courses, and in at most 10 including session and user."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from municipalities.models import Course, CourseMember, CourseRole, Municipality, Workshop
from portal.accounts.roles import Role

pytestmark = pytest.mark.django_db

SIZES = (5, 50, 500)


def _grow(to: int, facilitator) -> None:
    """Adds courses (with a workshop and the facilitator as member) until there are `to`."""
    municipalities = list(Municipality.objects.order_by("code"))
    have = Course.objects.count()
    now = timezone.now()
    courses = Course.objects.bulk_create(
        Course(
            municipality=municipalities[i % len(municipalities)],
            title=f"Forløb {i}",
            start_date=datetime.date(2026, 1, 1),
            phase=i % 6,
            phase_entered_at=now,
        )
        for i in range(have, to)
    )
    CourseMember.objects.bulk_create(
        CourseMember(course=c, user=facilitator, role=CourseRole.EXTERNAL_FACILITATOR)
        for c in courses
    )
    Workshop.objects.bulk_create(Workshop(course=c, held_on="2030-01-01") for c in courses)


def _queries(client, url) -> int:
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    ("url_name", "role"),
    [
        ("municipalities:dashboard", Role.FACILITATOR),
        ("municipalities:board", Role.ADMINISTRATOR),
        ("municipalities:municipalities", Role.ADMINISTRATOR),
    ],
)
def test_lists_stay_flat_at_5_50_500(client, client_as, url_name, role, settings):
    # Measure the work, not the cache: every size is a cache miss.
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    user = client_as(role)
    counts = []
    for size in SIZES:
        _grow(size, user)
        counts.append(_queries(client, reverse(url_name)))
    assert counts[0] == counts[1] == counts[2], counts
    assert counts[0] <= 11, counts
