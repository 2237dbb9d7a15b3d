"""Shared by the home page and role page tests: reading sections out of a page, growing the
stories straight in the database, and measuring a request's queries."""

import re
from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from media_library.caching import bump_stories_version
from media_library.models import Story, StoryAudience, StoryAudienceRow, StoryKind, StoryStatus
from municipalities.models import Municipality

WRITES = ("INSERT", "UPDATE", "DELETE")
STORY_LINK = re.compile(r'<a href="/viden/([^/"]+)/">')


def section(html: str, heading_id: str) -> str:
    """The <section> labelled by the heading with this id (sections are not nested here)."""
    marker = f'aria-labelledby="{heading_id}"'
    start = html.index(marker)
    return html[start : html.index("</section>", start)]


def story_slugs(html: str) -> list[str]:
    return STORY_LINK.findall(html)


def grow_stories(to: int) -> None:
    """Published stories for every audience straight in the database until there are `to`
    (the services would take long for 50), then the version bump a commit would make."""
    have = Story.objects.count()
    glostrup = Municipality.objects.get(name="Glostrup")
    now = timezone.now()
    stories = Story.objects.bulk_create(
        Story(
            kind=StoryKind.SUCCESS_STORY if i % 2 else StoryKind.ARTICLE,
            title=f"Massehistorie {i}",
            slug=f"massehistorie-{i}",
            summary="Et kort resumé.",
            municipality=glostrup if i % 2 else None,
            status=StoryStatus.PUBLISHED,
            published_at=now - timedelta(days=1, minutes=i),
        )
        for i in range(have, to)
    )
    StoryAudienceRow.objects.bulk_create(
        StoryAudienceRow(story=story, audience=audience)
        for story in stories
        for audience in StoryAudience.values
    )
    bump_stories_version()


def measured_get(client, url: str):
    """The response and the number of queries of a GET, which must write nothing."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    writes = [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(WRITES)]
    assert writes == [], "a GET must not change any row"
    return response, len(queries)
