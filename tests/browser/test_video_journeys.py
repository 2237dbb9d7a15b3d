"""A visitor watches a role video with Danish captions, from the tool library."""

import re

import pytest
from playwright.sync_api import Page, expect

from portal.demo.seed import seed_tools, seed_users, seed_videos
from tests.browser.test_course_journeys import axe_findings

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_a_visitor_plays_the_role_video_with_captions_on(page: Page, live_server):
    seed_users()
    seed_tools()
    seed_videos()

    # "Jeg er tillidsvalgt" in the tool library points to the role's video.
    page.goto(f"{live_server.url}/vaerktoejer/?rolle=tillidsvalgt")
    role_video = page.get_by_role("link", name="Din rolle som tillidsvalgt")
    expect(role_video).to_be_visible()
    assert axe_findings(page, "library with a role video") == []
    role_video.click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Din rolle som tillidsvalgt")
    video = page.locator("video")
    expect(video).to_have_attribute("controls", "")
    track = video.locator("track[kind=captions]")
    expect(track).to_have_attribute("srclang", "da")
    # The Danish captions are on by default, and the video plays (the file answers ranges).
    page.wait_for_function("() => document.querySelector('video').readyState >= 1")
    page.evaluate("() => { const v = document.querySelector('video'); v.muted = true; v.play(); }")
    page.wait_for_function("() => document.querySelector('video').currentTime > 0.5")
    mode = page.evaluate("() => document.querySelector('video').textTracks[0].mode")
    assert mode == "showing"
    cues = page.evaluate("() => document.querySelector('video').textTracks[0].cues.length")
    assert cues >= 1
    assert axe_findings(page, "role video page") == []

    page.get_by_role("link", name=re.compile("Læs udskriften|Read the transcript")).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Udskrift")
    assert axe_findings(page, "transcript page") == []
