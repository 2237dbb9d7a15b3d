"""`make run` without Redis runs the beat schedule in-process: a scheduled story comes up."""

import datetime

import pytest
from django.utils import timezone

from media_library.models import StoryStatus
from media_library.news import services
from portal.celery import app
from portal.demo.periodic import run_due
from tests.media_library.factories import make_story, video_editor

pytestmark = pytest.mark.django_db


def test_a_due_job_runs_and_the_others_wait():
    story = make_story(publish=False)
    editor = video_editor()
    story = services.story_submit(actor=editor, story=story)
    story = services.story_approve(
        actor=editor, story=story, publish_at=timezone.now() + datetime.timedelta(seconds=1)
    )
    assert story.status == StoryStatus.SCHEDULED
    story.__class__.objects.filter(pk=story.pk).update(
        publish_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    app.loader.import_default_modules()
    now = app.now()
    last_run = dict.fromkeys(app.conf.beat_schedule, now)
    last_run["publish-due-stories"] = now - datetime.timedelta(minutes=2)

    assert run_due(app, last_run) == ["publish-due-stories"]

    story.refresh_from_db()
    assert story.status == StoryStatus.PUBLISHED
    assert last_run["publish-due-stories"] > now
    assert run_due(app, last_run) == []
