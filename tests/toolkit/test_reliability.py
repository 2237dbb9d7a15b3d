"""The render pipeline's safety nets: lost messages, stale jobs, snapshots, edit conflicts."""

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from municipalities.models import CourseRole
from portal.accounts.roles import Role
from tests.accounts.factories import login_with_mfa, make_user
from tests.municipalities.factories import make_course
from tests.toolkit.factories import make_tool, tool_editor
from toolkit import tasks
from toolkit.models import JobKind, JobStatus, RenderJob
from toolkit.pdf import job_html
from toolkit.services import (
    ProgrammeRow,
    render_job_retry,
    render_jobs_requeue_stale,
    starter_pack_pdf_request,
    tool_save,
)

pytestmark = pytest.mark.django_db


def test_render_task_requeues_on_the_hard_time_limit():
    # Acknowledged at the hard limit, the message would be gone and the job stuck "rendering".
    assert tasks.render_pdf.acks_late is True
    assert tasks.render_pdf.acks_on_timeout is False
    assert tasks.render_pdf.reject_on_worker_lost is True


def _job(status, age_seconds, **fields):
    job = RenderJob.objects.create(
        kind=JobKind.TOOL,
        tool=make_tool(),
        content_hash=f"{status}{age_seconds}".ljust(64, "0"),
        title="x",
        status=status,
        **fields,
    )
    then = timezone.now() - timedelta(seconds=age_seconds)
    RenderJob.objects.filter(pk=job.pk).update(created_at=then)
    if status == JobStatus.RENDERING:
        RenderJob.objects.filter(pk=job.pk).update(started_at=then)
    return job


def test_stale_jobs_are_sent_again_and_fresh_ones_left_alone(
    settings, monkeypatch, django_capture_on_commit_callbacks
):
    sent = []
    monkeypatch.setattr(tasks.render_pdf, "delay", sent.append)
    old = settings.PDF_TIME_LIMIT * 3 + 60
    stale_queued = _job(JobStatus.QUEUED, old)
    stale_rendering = _job(JobStatus.RENDERING, old)
    _job(JobStatus.QUEUED, 5)
    _job(JobStatus.RENDERING, 5)
    _job(JobStatus.FAILED, old)
    with django_capture_on_commit_callbacks(execute=True):
        assert render_jobs_requeue_stale() == 2
    assert sorted(sent) == sorted([str(stale_queued.pk), str(stale_rendering.pk)])


def test_staff_retry_resets_a_failed_job_and_resends_a_stuck_one(
    monkeypatch, django_capture_on_commit_callbacks
):
    sent = []
    monkeypatch.setattr(tasks.render_pdf, "delay", sent.append)
    editor = make_user(Role.EDITOR)
    failed = _job(JobStatus.FAILED, 10, attempts=3, error="boom")
    stuck = _job(JobStatus.RENDERING, 10_000, attempts=1)
    with django_capture_on_commit_callbacks(execute=True):
        render_job_retry(actor=editor, job=failed)
        render_job_retry(actor=editor, job=stuck)
    failed.refresh_from_db()
    assert (failed.status, failed.attempts, failed.error) == (JobStatus.QUEUED, 0, "")
    assert sent == [str(failed.pk), str(stuck.pk)]


def test_a_starter_pack_version_is_rendered_from_what_was_asked_for(
    django_capture_on_commit_callbacks,
):
    facilitator = make_user(Role.FACILITATOR, full_name="Frida Facilitator")
    course = make_course("Langeland", facilitators=[facilitator])
    make_tool("Lille værktøj", variant="forenklet", steps=[1])
    job, _ = starter_pack_pdf_request(course=course, user=facilitator)
    # Someone joins after the version was asked for: the old version must not show them.
    newcomer = make_user(Role.SHOP_STEWARD, full_name="Nina Nykommer")
    course.members.create(user=newcomer, role=CourseRole.SHOP_STEWARD)
    html = job_html(job)
    assert "Frida Facilitator" in html
    assert "Nina Nykommer" not in html
    newer, created = starter_pack_pdf_request(course=course, user=facilitator)
    assert created and "Nina Nykommer" in job_html(newer)


def test_two_editors_on_one_tool_the_second_save_is_refused():
    tool = make_tool("Fælles værktøj")
    url = reverse("toolkit:tool_edit", args=[tool.pk])
    # The other editor saves first (version 1 -> 2) ...
    tool_save(
        actor=tool_editor(),
        tool=tool,
        fields={"title": "Fælles værktøj, ny udgave", "slug": tool.slug, "purpose": tool.purpose},
        steps=tool.steps,
        audiences=tool.audiences,
        programme=[ProgrammeRow(title="Start")],
    )
    # ... then this editor posts the form they opened at version 1.
    response = _post_tool_form(url, tool, seen_version=1)
    assert response.status_code == 200
    assert "nu version 2" in response.text
    assert 'value="Min udgave"' in response.text  # what they typed is kept
    tool.refresh_from_db()
    assert tool.title == "Fælles værktøj, ny udgave"


def _post_tool_form(url, tool, seen_version):
    client = Client()
    login_with_mfa(client, make_user(Role.EDITOR))
    data = {
        "seen_version": seen_version,
        "title": "Min udgave",
        "slug": tool.slug,
        "variant": "fuld",
        "purpose": "Formål",
        "steps": ["1"],
        "audiences": ["tillidsvalgt"],
        "duration_minutes": "30",
        "participants": "Alle",
        "visibility": "offentlig",
        "programme-TOTAL_FORMS": "1",
        "programme-INITIAL_FORMS": "0",
        "programme-MIN_NUM_FORMS": "0",
        "programme-MAX_NUM_FORMS": "30",
        "programme-0-title": "Start",
    }
    return client.post(url, data)


def test_a_programme_longer_than_the_limit_is_refused():
    tool = make_tool("Langt program")
    response = _post_tool_form(
        reverse("toolkit:tool_edit", args=[tool.pk]), tool, seen_version=tool.version
    )
    assert response.status_code == 302  # the baseline form is valid
    client = Client()
    login_with_mfa(client, make_user(Role.EDITOR))
    tool.refresh_from_db()
    data = {
        "seen_version": tool.version,
        "title": tool.title,
        "slug": tool.slug,
        "variant": "fuld",
        "purpose": "Formål",
        "steps": ["1"],
        "audiences": ["tillidsvalgt"],
        "duration_minutes": "30",
        "participants": "Alle",
        "visibility": "offentlig",
        "programme-TOTAL_FORMS": "31",
        "programme-INITIAL_FORMS": "0",
        "programme-MIN_NUM_FORMS": "0",
        "programme-MAX_NUM_FORMS": "30",
    }
    data |= {f"programme-{i}-title": f"Punkt {i}" for i in range(31)}
    response = client.post(reverse("toolkit:tool_edit", args=[tool.pk]), data)
    assert response.status_code == 200
    assert "højst have 30 punkter" in response.text
    assert tool.programme.count() == 1


def test_lix_preview_survives_odd_digits():
    client = Client()
    login_with_mfa(client, make_user(Role.EDITOR))
    response = client.post(
        reverse("toolkit:lix"), {"purpose": "Kort tekst.", "programme-TOTAL_FORMS": "²"}
    )
    assert response.status_code == 200


def _done_job(tool):
    from django.core.files.base import ContentFile

    job = RenderJob(kind=JobKind.TOOL, tool=tool, content_hash="f" * 64, title=tool.title)
    job.status = JobStatus.DONE
    job.file.save("x.pdf", ContentFile(b"%PDF-1.7\n%%EOF\n"), save=True)
    return job


def test_public_pdfs_are_served_without_the_database_once_checked(
    client, django_assert_num_queries
):
    tool = make_tool("Offentligt værktøj")
    job = _done_job(tool)
    url = reverse("toolkit:job_download", args=[job.pk])
    first = client.get(url)
    assert first.status_code == 200
    assert first["Content-Disposition"].startswith("attachment")
    with django_assert_num_queries(0):
        again = client.get(url)
    assert again.status_code == 200
    assert b"".join(again.streaming_content).startswith(b"%PDF")
    assert again["Content-Type"] == "application/pdf"
    assert again["X-Content-Type-Options"] == "nosniff"


def test_the_fast_path_ends_when_the_tool_is_restricted(client, django_capture_on_commit_callbacks):
    from django.contrib.auth.models import Group

    tool = make_tool("Snart begrænset")
    job = _done_job(tool)
    url = reverse("toolkit:job_download", args=[job.pk])
    assert client.get(url).status_code == 200  # checked and cached
    with django_capture_on_commit_callbacks(execute=True):
        tool_save(
            actor=tool_editor(),
            tool=tool,
            fields={"visibility": "begraenset"},
            steps=tool.steps,
            audiences=tool.audiences,
            programme=[ProgrammeRow(title="Start")],
            restricted_roles=Group.objects.filter(name=Role.FACILITATOR),
        )
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("size", [2, 20])
def test_starter_pack_page_queries_stay_flat(client, size, django_assert_max_num_queries):
    facilitator = make_user(Role.FACILITATOR)
    course = make_course("Langeland", facilitators=[facilitator])
    for i in range(size):
        make_tool(f"Let værktøj {i}", variant="forenklet", steps=[1 + i % 2])
        RenderJob.objects.create(
            kind=JobKind.STARTER_PACK, course=course, content_hash=f"{i}".ljust(64, "s"), title="x"
        )
    login_with_mfa(client, facilitator)
    url = reverse("toolkit:starter_pack", args=[course.pk])
    client.get(url)
    with django_assert_max_num_queries(10):
        assert client.get(url).status_code == 200
