"""News and success stories ("Viden og historier"): the editors' workflow from draft to
published and back down, who may do what, the revisions every step writes, the forms' rules,
a facilitator's suggestion from a course, beat's scheduled publishing, the public list's
filters, and that no GET writes and no POST passes without a CSRF token (quality.md R1, R9,
R14)."""

import datetime

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext

from media_library import tasks
from media_library.exceptions import CannotPublish, NotAllowed
from media_library.models import Story, StoryAction, StoryRevision, StoryStatus
from media_library.news import services
from media_library.news.services import StaleStory, publish_due_stories
from municipalities.models import CourseMember, CourseRole, Municipality
from portal.accounts.models import User
from portal.accounts.roles import Role
from tests.accounts.factories import login_with_mfa, make_user
from tests.media_library.factories import make_story, video_editor
from tests.municipalities.factories import make_course

pytestmark = pytest.mark.django_db

WRITES = ("INSERT", "UPDATE", "DELETE")
QUOTE_FIELDS = ("text", "name", "role", "consent_date", "consent_note")
# The editor's form, in the order StoryForm has them (audiences is a list, the rest strings).
FORM_FIELDS = (
    "kind", "title", "slug", "summary", "body", "municipality", "area", "workplace",
    "participants", "challenge", "governance_origin", "four_f", "solution", "trial_action",
    "expected_effect", "measurement_method", "result_product", "result_process",
    "effect_citizen", "effect_task", "effect_work_environment", "next_steps", "step_reached",
    "vpt_url", "video", "episode",
)  # fmt: skip


def danish(msgid: str) -> str:
    """The message a Danish page shows for `msgid` (the msgid itself until it is translated)."""
    with translation.override("da"):
        return gettext(msgid)


def glostrup() -> Municipality:
    return Municipality.objects.get(name="Glostrup")


def story_form_data(story: Story | None = None, *, quotes=(), **values) -> dict:
    """The editor's form as a browser posts it: a complete success story for a new one, the
    stored values (and the revision the editor saw) for an existing one, then `values`."""
    if story is None:
        data = dict.fromkeys(FORM_FIELDS, "") | {
            "kind": "succeshistorie",
            "title": "Mindre dobbeltregistrering i hjemmeplejen",
            "summary": "Hjemmeplejen holdt op med at registrere det samme to gange.",
            "body": "<p>Brødtekst.</p>",
            "municipality": str(glostrup().pk),
            "area": "aeldre",
            "workplace": "Hjemmeplejen Nord",
            "participants": "40 medarbejdere",
            "challenge": "<p>Det samme besøg blev registreret to gange.</p>",
            "solution": "<p>Én registrering.</p>",
            "trial_action": "<p>Tre måneder i én gruppe.</p>",
            "audiences": ["medarbejdere", "topledelse"],
            "seen_revision": "",
        }
    else:
        data = {}
        for name in FORM_FIELDS:
            field = Story._meta.get_field(name)
            value = getattr(story, field.attname)
            data[name] = "" if value is None else str(value)
        data["audiences"] = story.audiences
        data["seen_revision"] = str(story.revision)
    data |= {
        "quotes-TOTAL_FORMS": str(len(quotes)),
        "quotes-INITIAL_FORMS": "0",
        "quotes-MIN_NUM_FORMS": "0",
        "quotes-MAX_NUM_FORMS": "10",
    }
    for number, quote in enumerate(quotes):
        data |= {f"quotes-{number}-{name}": quote.get(name, "") for name in QUOTE_FIELDS}
    return data | values


def a_quote(**values) -> dict:
    return {
        "text": "Vi fik en time mere sammen med borgerne.",
        "name": "Hanne Hansen",
        "role": "Social- og sundhedshjælper",
        "consent_date": "2026-01-15",
        "consent_note": "Skriftligt pr. e-mail til redaktøren.",
    } | values


def editor() -> User:
    return video_editor()


def in_status(status: str, **fields) -> Story:
    """A story brought to `status` through the services, as the editors would."""
    story = make_story(publish=False, **fields)
    if status == StoryStatus.DRAFT:
        return story
    story = services.story_submit(actor=editor(), story=story)
    if status == StoryStatus.PENDING:
        return story
    if status == StoryStatus.SCHEDULED:
        later = timezone.now() + datetime.timedelta(days=1)
        return services.story_approve(actor=editor(), story=story, publish_at=later)
    story = services.story_approve(actor=editor(), story=story)
    if status == StoryStatus.UNPUBLISHED:
        story = services.story_unpublish(actor=editor(), story=story)
    return story


def writer_without_approval() -> User:
    """Someone who may write stories (change_story) but not approve them."""
    user = make_user(Role.EMPLOYEE, email="skribent@fremfaerd.example")
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="media_library", codename="change_story")
    )
    return User.objects.get(pk=user.pk)  # no cached permissions


def messages_of(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


def revisions(story: Story) -> list[tuple[int, str, str, int | None]]:
    return list(
        StoryRevision.objects.filter(story=story)
        .order_by("number")
        .values_list("number", "action", "status", "actor_id")
    )


# --- The workflow, through the editor's pages --------------------------------------------------


def test_an_editor_writes_sends_and_approves_and_then_anyone_reads_it(client, client_as):
    writer = client_as(Role.EDITOR)
    response = client.post(reverse("news:story_new"), story_form_data(quotes=[a_quote()]))
    assert response.status_code == 302, response.text[:3000]
    story = Story.objects.get()
    assert response["Location"] == reverse("news:story_edit", args=[story.pk])
    assert story.status == StoryStatus.DRAFT
    assert story.slug == "mindre-dobbeltregistrering-i-hjemmeplejen"
    assert story.audiences == ["medarbejdere", "topledelse"]
    assert story.quotes.get().consent_note == "Skriftligt pr. e-mail til redaktøren."
    anonymous = Client()
    assert anonymous.get(story.get_absolute_url()).status_code == 404

    response = client.post(reverse("news:story_submit", args=[story.pk]))
    assert response.status_code == 302
    story.refresh_from_db()
    assert story.status == StoryStatus.PENDING
    assert anonymous.get(story.get_absolute_url()).status_code == 404

    response = client.post(reverse("news:story_approve", args=[story.pk]), {})
    assert response.status_code == 302
    story.refresh_from_db()
    assert story.status == StoryStatus.PUBLISHED
    assert story.published_at is not None

    page = anonymous.get(story.get_absolute_url())
    assert page.status_code == 200
    assert "Mindre dobbeltregistrering i hjemmeplejen" in page.text
    assert "Vi fik en time mere sammen med borgerne." in page.text
    assert "noindex" not in page.text
    assert story.title in anonymous.get(reverse("news:list")).text
    assert revisions(story) == [
        (1, StoryAction.CREATED, StoryStatus.DRAFT, writer.pk),
        (2, StoryAction.SUBMITTED, StoryStatus.PENDING, writer.pk),
        (3, StoryAction.PUBLISHED, StoryStatus.PUBLISHED, writer.pk),
    ]


HIDDEN = [StoryStatus.DRAFT, StoryStatus.PENDING, StoryStatus.SCHEDULED, StoryStatus.UNPUBLISHED]


@pytest.mark.parametrize("status", HIDDEN)
@pytest.mark.parametrize("role", [None, Role.FACILITATOR, Role.EMPLOYEE])
def test_a_story_not_published_is_404_for_all_but_the_editors(client, client_as, status, role):
    story = in_status(status)
    assert story.status == status
    if role:
        client_as(role)
    assert client.get(story.get_absolute_url()).status_code == 404
    assert story.title not in client.get(reverse("news:list")).text


@pytest.mark.parametrize("status", HIDDEN)
def test_an_editor_reads_a_story_not_published_but_nothing_may_keep_or_index_it(
    client, client_as, status
):
    story = in_status(status)
    client_as(Role.EDITOR)
    page = client.get(story.get_absolute_url())
    assert page.status_code == 200
    assert story.title in page.text
    assert page["Cache-Control"] == "private, no-store"
    assert page["X-Robots-Tag"] == "noindex"
    assert '<meta name="robots" content="noindex">' in page.text


def test_a_published_story_is_there_for_every_role(client, client_as):
    story = make_story()
    for role in (None, Role.EMPLOYEE, Role.FACILITATOR, Role.EDITOR):
        if role:
            client_as(role)
        page = client.get(story.get_absolute_url())
        assert page.status_code == 200, role
        assert "noindex" not in page.text


def test_an_unknown_address_is_404_even_for_an_editor(client, client_as):
    client_as(Role.EDITOR)
    assert client.get(reverse("news:story", args=["findes-ikke"])).status_code == 404


# --- Sending for approval ----------------------------------------------------------------------


def test_submit_names_every_missing_field_of_a_success_story():
    story = make_story(
        publish=False,
        audiences=(),
        municipality=None,
        summary="",
        body="",
        challenge="",
        solution="",
        trial_action="",
    )
    with translation.override("da"), pytest.raises(CannotPublish) as refused:
        services.story_submit(actor=editor(), story=story)
    with translation.override("da"):
        labels = [
            str(Story._meta.get_field("summary").verbose_name),
            str(Story._meta.get_field("municipality").verbose_name),
            gettext("the bøvl, the solution, the trial action or the text"),
            gettext("audiences"),
        ]
        expected = gettext("Fill in before sending for approval: %(fields)s.") % {
            "fields": ", ".join(labels)
        }
    assert str(refused.value) == expected
    story.refresh_from_db()
    assert story.status == StoryStatus.DRAFT
    assert [r[1] for r in revisions(story)] == [StoryAction.CREATED]


@pytest.mark.parametrize("section", ["body", "challenge", "solution", "trial_action"])
def test_a_success_story_needs_some_text_to_read_in_any_section(section):
    empty = dict.fromkeys(("body", "challenge", "solution", "trial_action"), "")
    story = make_story(publish=False, **empty | {section: "<p>Kort, med link til vpt.dk.</p>"})
    assert services.story_submit(actor=editor(), story=story).status == StoryStatus.PENDING


def test_an_article_needs_its_text_but_no_municipality_or_bovl():
    story = make_story(
        kind="artikel", publish=False, body="", challenge="", solution="", trial_action=""
    )
    with pytest.raises(CannotPublish) as refused:
        services.story_submit(actor=editor(), story=story)
    assert str(Story._meta.get_field("body").verbose_name) in str(refused.value)
    assert str(Story._meta.get_field("municipality").verbose_name) not in str(refused.value)

    story = services.story_save(
        actor=editor(), story=story, fields={"body": "<p>Nu med tekst.</p>"}
    )
    assert services.story_submit(actor=editor(), story=story).status == StoryStatus.PENDING


def test_a_body_of_nothing_but_script_counts_as_missing():
    story = make_story(kind="artikel", publish=False, body="<script>alert(1)</script>")
    assert story.body == ""
    with pytest.raises(CannotPublish):
        services.story_submit(actor=editor(), story=story)


def test_the_submit_page_tells_the_editor_what_is_missing(client, client_as):
    client_as(Role.EDITOR)
    story = make_story(publish=False, municipality=None)
    with translation.override("da"):
        label = str(Story._meta.get_field("municipality").verbose_name)
    form = client.get(reverse("news:story_edit", args=[story.pk]))
    # Listed before the editor even tries.
    assert form.context["missing"] == [label]
    assert f"<li>{label}</li>" in form.text

    response = client.post(reverse("news:story_submit", args=[story.pk]), follow=True)
    assert response.status_code == 200
    with translation.override("da"):
        expected = gettext("Fill in before sending for approval: %(fields)s.") % {"fields": label}
    assert expected in [str(m) for m in response.context["messages"]]
    story.refresh_from_db()
    assert story.status == StoryStatus.DRAFT


def test_only_a_draft_or_an_unpublished_story_can_be_sent():
    for status in (StoryStatus.PENDING, StoryStatus.SCHEDULED, StoryStatus.PUBLISHED):
        story = in_status(status)
        with pytest.raises(CannotPublish):
            services.story_submit(actor=editor(), story=story)
    story = in_status(StoryStatus.UNPUBLISHED)
    assert services.story_submit(actor=editor(), story=story).status == StoryStatus.PENDING


# --- Sending back ------------------------------------------------------------------------------


def test_sending_back_needs_a_note(client, client_as):
    client_as(Role.EDITOR)
    story = in_status(StoryStatus.PENDING)
    response = client.post(
        reverse("news:story_reject", args=[story.pk]), {"note": "   "}, follow=True
    )
    assert danish("Tell the writer what to change.") in messages_of(response)
    story.refresh_from_db()
    assert story.status == StoryStatus.PENDING
    assert [r[1] for r in revisions(story)][-1] == StoryAction.SUBMITTED


def test_the_service_refuses_to_send_back_without_a_note():
    story = in_status(StoryStatus.PENDING)
    with pytest.raises(CannotPublish):
        services.story_reject(actor=editor(), story=story, note="  ")
    story.refresh_from_db()
    assert story.status == StoryStatus.PENDING


def test_a_story_sent_back_is_a_draft_with_the_note_on_its_edit_page(client, client_as):
    approver = client_as(Role.EDITOR)
    story = in_status(StoryStatus.PENDING)
    note = "Skriv hvor mange minutter der blev frigjort."
    response = client.post(reverse("news:story_reject", args=[story.pk]), {"note": note})
    assert response.status_code == 302
    story.refresh_from_db()
    assert story.status == StoryStatus.DRAFT
    assert story.review_note == note
    last = StoryRevision.objects.filter(story=story).first()
    assert (last.action, last.note, last.actor) == (StoryAction.REJECTED, note, approver)

    page = client.get(reverse("news:story_edit", args=[story.pk]))
    assert note in page.text
    # Sent again, the note has done its job.
    assert services.story_submit(actor=editor(), story=story).review_note == ""


# --- Approving, scheduling and taking down -------------------------------------------------


def test_approving_with_a_future_time_schedules_the_story(client):
    story = in_status(StoryStatus.PENDING)
    later = timezone.now() + datetime.timedelta(hours=2)
    story = services.story_approve(actor=editor(), story=story, publish_at=later)
    assert story.status == StoryStatus.SCHEDULED
    assert story.published_at is None
    assert client.get(story.get_absolute_url()).status_code == 404
    assert story.title not in client.get(reverse("news:list")).text
    assert story.title not in client.get(reverse("news:feed")).text


def test_beat_publishes_a_scheduled_story_once_its_time_has_come(client):
    story = in_status(StoryStatus.PENDING)
    now = timezone.now()
    at = now + datetime.timedelta(hours=2)
    services.story_approve(actor=editor(), story=story, publish_at=at)

    assert publish_due_stories(now=at - datetime.timedelta(minutes=1)) == (0, 0)
    story.refresh_from_db()
    assert story.status == StoryStatus.SCHEDULED

    assert publish_due_stories(now=at) == (1, 0)
    story.refresh_from_db()
    assert story.status == StoryStatus.PUBLISHED
    assert story.published_at == at  # the planned time, however late beat came
    assert client.get(story.get_absolute_url()).status_code == 200

    # A second run (or a second beat) changes nothing.
    assert publish_due_stories(now=at + datetime.timedelta(minutes=5)) == (0, 0)
    published = StoryRevision.objects.filter(story=story, action=StoryAction.PUBLISHED)
    assert published.count() == 1
    assert published.get().actor is None  # the system did it


def test_beat_takes_a_story_down_when_its_unpublishing_time_has_passed(client):
    story = in_status(StoryStatus.PENDING)
    until = timezone.now() + datetime.timedelta(days=7)
    story = services.story_approve(actor=editor(), story=story, unpublish_at=until)
    assert story.status == StoryStatus.PUBLISHED

    assert publish_due_stories(now=until - datetime.timedelta(seconds=1)) == (0, 0)
    assert publish_due_stories(now=until) == (0, 1)
    story.refresh_from_db()
    assert story.status == StoryStatus.UNPUBLISHED
    assert client.get(story.get_absolute_url()).status_code == 404
    last = StoryRevision.objects.filter(story=story).first()
    assert (last.action, last.actor) == (StoryAction.UNPUBLISHED, None)
    assert publish_due_stories(now=until + datetime.timedelta(days=1)) == (0, 0)


def test_a_story_whose_whole_window_passed_comes_up_and_down_in_one_run():
    story = in_status(StoryStatus.PENDING)
    now = timezone.now()
    services.story_approve(
        actor=editor(),
        story=story,
        publish_at=now + datetime.timedelta(hours=1),
        unpublish_at=now + datetime.timedelta(hours=2),
    )
    assert publish_due_stories(now=now + datetime.timedelta(hours=3)) == (1, 1)
    story.refresh_from_db()
    assert story.status == StoryStatus.UNPUBLISHED


def test_the_celery_task_publishes_what_is_due():
    story = in_status(StoryStatus.SCHEDULED)
    # The clock moves past the publishing time.
    Story.objects.filter(pk=story.pk).update(
        publish_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    result = tasks.publish_due_stories.apply()
    assert result.successful()
    assert tuple(result.get()) == (1, 0)
    story.refresh_from_db()
    assert story.status == StoryStatus.PUBLISHED
    assert tuple(tasks.publish_due_stories.apply().get()) == (0, 0)


def test_beat_runs_the_task_every_minute():
    from portal.celery import app

    entries = [e for e in app.conf.beat_schedule.values() if e["task"].endswith("due_stories")]
    assert [e["task"] for e in entries] == ["media_library.tasks.publish_due_stories"]
    assert tasks.publish_due_stories.name == "media_library.tasks.publish_due_stories"


def test_an_unpublishing_time_before_the_publishing_time_is_refused():
    story = in_status(StoryStatus.PENDING)
    now = timezone.now()
    with pytest.raises(CannotPublish):
        services.story_approve(
            actor=editor(),
            story=story,
            publish_at=now + datetime.timedelta(days=2),
            unpublish_at=now + datetime.timedelta(days=1),
        )
    with pytest.raises(CannotPublish):
        services.story_approve(
            actor=editor(), story=story, unpublish_at=now - datetime.timedelta(minutes=1)
        )
    story.refresh_from_db()
    assert (story.status, story.publish_at, story.unpublish_at) == (StoryStatus.PENDING, None, None)

    scheduled = services.story_approve(
        actor=editor(), story=story, publish_at=now + datetime.timedelta(days=2)
    )
    with pytest.raises(CannotPublish):
        services.story_set_unpublish_at(
            actor=editor(), story=scheduled, unpublish_at=now + datetime.timedelta(days=1)
        )
    later = now + datetime.timedelta(days=3)
    story = services.story_set_unpublish_at(actor=editor(), story=scheduled, unpublish_at=later)
    assert story.unpublish_at == later


def test_the_approve_page_refuses_an_unpublishing_time_before_publishing(client, client_as):
    client_as(Role.EDITOR)
    story = in_status(StoryStatus.PENDING)
    response = client.post(
        reverse("news:story_approve", args=[story.pk]),
        {"publish_at": "2030-05-02T10:00", "unpublish_at": "2030-05-01T10:00"},
        follow=True,
    )
    assert danish("The unpublishing time must come after the publishing time.") in messages_of(
        response
    )
    story.refresh_from_db()
    assert story.status == StoryStatus.PENDING


def test_the_approve_page_schedules_and_the_unpublish_page_takes_down(client, client_as):
    client_as(Role.EDITOR)
    story = in_status(StoryStatus.PENDING)
    client.post(reverse("news:story_approve", args=[story.pk]), {"publish_at": "2030-05-01T10:00"})
    story.refresh_from_db()
    assert story.status == StoryStatus.SCHEDULED
    assert timezone.localtime(story.publish_at) == datetime.datetime(
        2030, 5, 1, 10, 0, tzinfo=timezone.get_current_timezone()
    )
    client.post(
        reverse("news:story_unpublish_at", args=[story.pk]), {"unpublish_at": "2030-06-01T10:00"}
    )
    story.refresh_from_db()
    assert timezone.localtime(story.unpublish_at).date() == datetime.date(2030, 6, 1)
    client.post(reverse("news:story_unpublish", args=[story.pk]))
    story.refresh_from_db()
    assert story.status == StoryStatus.UNPUBLISHED


def test_an_unpublished_story_can_be_sent_and_approved_again(client):
    story = in_status(StoryStatus.UNPUBLISHED)
    story = services.story_submit(actor=editor(), story=story)
    story = services.story_approve(actor=editor(), story=story)
    assert story.status == StoryStatus.PUBLISHED
    assert client.get(story.get_absolute_url()).status_code == 200


# --- Who may do what ----------------------------------------------------------------------


def test_a_writer_without_approval_may_write_and_send_but_not_approve():
    writer = writer_without_approval()
    story = services.story_save(
        actor=writer,
        fields={
            "kind": "artikel",
            "title": "Om metoden",
            "summary": "Kort.",
            "body": "<p>Tekst.</p>",
        },
        audiences=["medarbejdere"],
    )
    story = services.story_submit(actor=writer, story=story)
    for act in (
        lambda: services.story_approve(actor=writer, story=story),
        lambda: services.story_reject(actor=writer, story=story, note="Nej"),
    ):
        with pytest.raises(NotAllowed):
            act()
    story.refresh_from_db()
    assert story.status == StoryStatus.PENDING

    published = services.story_approve(actor=editor(), story=story)
    with pytest.raises(NotAllowed):
        services.story_save(actor=writer, story=published, fields={"title": "Ændret"})
    with pytest.raises(NotAllowed):
        services.story_unpublish(actor=writer, story=published)
    published.refresh_from_db()
    assert (published.title, published.status) == ("Om metoden", StoryStatus.PUBLISHED)


def test_a_writer_without_approval_gets_404_from_the_approvers_pages(client):
    writer = writer_without_approval()
    login_with_mfa(client, writer)
    story = in_status(StoryStatus.PENDING)
    assert client.get(reverse("news:story_edit", args=[story.pk])).status_code == 200
    for name, data in (
        ("news:story_approve", {}),
        ("news:story_reject", {"note": "Nej"}),
        ("news:story_unpublish", {}),
        ("news:story_unpublish_at", {"unpublish_at": ""}),
    ):
        assert client.post(reverse(name, args=[story.pk]), data).status_code == 404, name
    story.refresh_from_db()
    assert story.status == StoryStatus.PENDING
    page = client.get(reverse("news:story_edit", args=[story.pk]))
    assert reverse("news:story_approve", args=[story.pk]) not in page.text


@pytest.mark.parametrize("role", [Role.EMPLOYEE, Role.FACILITATOR, Role.TOP_LEADER])
def test_nobody_else_writes_stories(client, client_as, role):
    user = client_as(role)
    story = in_status(StoryStatus.PENDING)
    for name in ("news:editor_queue", "news:story_new"):
        assert client.get(reverse(name)).status_code == 404
    for name in ("news:story_edit", "news:story_preview", "news:story_history"):
        assert client.get(reverse(name, args=[story.pk])).status_code == 404
    assert client.post(reverse("news:story_new"), story_form_data()).status_code == 404
    assert client.post(reverse("news:story_approve", args=[story.pk]), {}).status_code == 404
    assert Story.objects.count() == 1
    with pytest.raises(NotAllowed):
        services.story_save(actor=user, fields={"title": "x"})


def test_anonymous_is_sent_to_log_in():
    client = Client()
    response = client.get(reverse("news:editor_queue"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


# --- Saving: the optimistic lock, the revisions -------------------------------------------


def test_a_stale_save_is_refused_and_the_typed_text_kept(client, client_as):
    client_as(Role.EDITOR)
    story = make_story(publish=False)
    data = story_form_data(story, title="Min nye overskrift", summary="Mit nye resumé")
    # Meanwhile another editor saves.
    services.story_save(
        actor=editor(), story=story, fields={"title": "Den andens overskrift"}, seen_revision=0
    )
    before = revisions(story)

    response = client.post(reverse("news:story_edit", args=[story.pk]), data)
    assert response.status_code == 200
    message = danish(
        "Someone else saved this story while you were editing it. Your text is kept below: "
        "copy what you need, reload the story and add it again."
    )
    assert response.context["form"].non_field_errors() == [message]
    assert 'value="Min nye overskrift"' in response.text
    assert "Mit nye resumé" in response.text
    story.refresh_from_db()
    assert (story.title, story.revision) == ("Den andens overskrift", 1)
    assert revisions(story) == before


def test_a_save_from_the_current_revision_goes_through(client, client_as):
    client_as(Role.EDITOR)
    story = make_story(publish=False)
    response = client.post(
        reverse("news:story_edit", args=[story.pk]), story_form_data(story, title="Ny titel")
    )
    assert response.status_code == 302
    story.refresh_from_db()
    assert (story.title, story.revision) == ("Ny titel", 1)
    # The same (now old) form again is stale.
    with pytest.raises(StaleStory):
        services.story_save(actor=editor(), story=story, fields={"title": "x"}, seen_revision=0)


def test_every_action_writes_one_revision_with_who_and_the_content():
    writer = editor()
    approver = make_user(Role.ADMINISTRATOR)
    story = make_story(publish=False)
    expected = [(StoryAction.CREATED, StoryStatus.DRAFT, writer)]

    def check(title=None):
        rows = list(StoryRevision.objects.filter(story=story).order_by("number"))
        assert [(r.action, r.status, r.actor) for r in rows] == expected
        assert [r.number for r in rows] == list(range(1, len(expected) + 1))
        if title:
            assert rows[-1].content["title"] == title
            assert rows[-1].content["audiences"] == ["medarbejdere"]

    check(story.title)
    story = services.story_save(
        actor=writer, story=story, fields={"title": "Anden udgave"}, seen_revision=0
    )
    expected.append((StoryAction.SAVED, StoryStatus.DRAFT, writer))
    check("Anden udgave")
    story = services.story_submit(actor=writer, story=story)
    expected.append((StoryAction.SUBMITTED, StoryStatus.PENDING, writer))
    check()
    story = services.story_reject(actor=approver, story=story, note="Mere om resultatet")
    expected.append((StoryAction.REJECTED, StoryStatus.DRAFT, approver))
    check()
    story = services.story_submit(actor=writer, story=story)
    expected.append((StoryAction.SUBMITTED, StoryStatus.PENDING, writer))
    soon = timezone.now() + datetime.timedelta(hours=1)
    story = services.story_approve(actor=approver, story=story, publish_at=soon)
    expected.append((StoryAction.SCHEDULED, StoryStatus.SCHEDULED, approver))
    check()
    publish_due_stories(now=soon)
    expected.append((StoryAction.PUBLISHED, StoryStatus.PUBLISHED, None))
    check()
    story.refresh_from_db()
    story = services.story_set_unpublish_at(
        actor=approver, story=story, unpublish_at=soon + datetime.timedelta(days=1)
    )
    expected.append((StoryAction.SAVED, StoryStatus.PUBLISHED, approver))
    check()
    snapshot = StoryRevision.objects.filter(story=story).first().content
    assert snapshot["unpublish_at"] == story.unpublish_at.isoformat()
    story = services.story_unpublish(actor=approver, story=story)
    expected.append((StoryAction.UNPUBLISHED, StoryStatus.UNPUBLISHED, approver))
    check("Anden udgave")


def test_a_revision_keeps_the_quotes_and_the_content_as_it_was():
    story = make_story(
        publish=False, quotes=[{**a_quote(), "consent_date": datetime.date(2026, 1, 15)}]
    )
    services.story_save(actor=editor(), story=story, fields={"title": "Ny"}, quotes=[])
    first, second = StoryRevision.objects.filter(story=story).order_by("number")
    assert first.content["quotes"][0]["consent_date"] == "2026-01-15"
    assert first.content["title"].startswith("Historie nummer")
    assert (second.content["title"], second.content["quotes"]) == ("Ny", [])


def test_history_and_revision_pages_show_every_step(client, client_as):
    client_as(Role.EDITOR)
    story = in_status(StoryStatus.PENDING)
    services.story_reject(actor=editor(), story=story, note="Mangler et citat")
    history = client.get(reverse("news:story_history", args=[story.pk]))
    assert history.status_code == 200
    assert [r.number for r in history.context["revisions"]] == [3, 2, 1]
    assert "Mangler et citat" in history.text
    for number in (1, 2, 3):
        assert reverse("news:story_revision", args=[story.pk, number]) in history.text
    revision = client.get(reverse("news:story_revision", args=[story.pk, 1]))
    assert revision.status_code == 200
    assert story.title in revision.text
    assert "Fraværsregistrering tog lang tid." in revision.text
    assert client.get(reverse("news:story_revision", args=[story.pk, 9])).status_code == 404


def test_the_preview_shows_a_draft_never_cached_or_indexed(client, client_as):
    client_as(Role.EDITOR)
    story = make_story(publish=False)
    response = client.get(reverse("news:story_preview", args=[story.pk]))
    assert response.status_code == 200
    assert story.title in response.text
    assert "Fraværsregistrering tog lang tid." in response.text
    assert '<meta name="robots" content="noindex">' in response.text
    assert response["X-Robots-Tag"] == "noindex"
    assert response["Cache-Control"] == "private, no-store"
    assert "X-Page-Cache" not in response


# --- The form's rules -------------------------------------------------------------------------


def _errors_of_quote(response, number: int = 0) -> dict:
    return response.context["quotes"].forms[number].errors


@pytest.mark.parametrize(
    ("missing", "msgid"),
    [
        ("consent_date", "A quote can only be used with recorded consent: give the date."),
        ("consent_note", "A quote can only be used with recorded consent: say how it was given."),
    ],
)
def test_a_quote_needs_the_consent_recorded(client, client_as, missing, msgid):
    client_as(Role.EDITOR)
    data = story_form_data(quotes=[a_quote(**{missing: ""})])
    response = client.post(reverse("news:story_new"), data)
    assert response.status_code == 200
    assert _errors_of_quote(response) == {missing: [danish(msgid)]}
    # Next to the field (crispy's error block under it), and the rest of what was typed kept.
    field_id = f"id_quotes-0-{missing}"
    html = response.text
    error = f'id="error_1_{field_id}"><strong>{escape(danish(msgid))}</strong>'
    assert error in html
    assert html.index(error) > html.index(f'id="{field_id}"')
    assert "Vi fik en time mere sammen med borgerne." in html
    assert 'value="Mindre dobbeltregistrering i hjemmeplejen"' in html
    assert Story.objects.count() == 0


def test_consent_cannot_be_given_in_the_future(client, client_as):
    client_as(Role.EDITOR)
    tomorrow = (timezone.localdate() + datetime.timedelta(days=1)).isoformat()
    response = client.post(
        reverse("news:story_new"), story_form_data(quotes=[a_quote(consent_date=tomorrow)])
    )
    assert response.status_code == 200
    assert _errors_of_quote(response) == {
        "consent_date": [danish("The consent cannot be given in the future.")]
    }
    assert Story.objects.count() == 0

    today = timezone.localdate().isoformat()
    response = client.post(
        reverse("news:story_new"), story_form_data(quotes=[a_quote(consent_date=today)])
    )
    assert response.status_code == 302
    assert Story.objects.get().quotes.get().consent_date == timezone.localdate()


@pytest.mark.parametrize(
    "url",
    [
        "http://vpt.dk/artikel",
        "https://evil.example/vpt.dk/",
        "https://vpt.dk.evil.example/artikel",
        "https://vpt.dk@evil.example/artikel",
        "javascript:alert(1)//https://vpt.dk/",
    ],
)
def test_the_vpt_link_must_go_to_vpt_dk_over_https(client, client_as, url):
    client_as(Role.EDITOR)
    response = client.post(reverse("news:story_new"), story_form_data(vpt_url=url))
    assert response.status_code == 200
    assert "vpt_url" in response.context["form"].errors
    assert Story.objects.count() == 0


@pytest.mark.parametrize("url", ["https://vpt.dk/artikel/mindre-bovl", "https://www.vpt.dk/a"])
def test_a_vpt_link_is_kept_and_shown(client, client_as, url):
    client_as(Role.EDITOR)
    response = client.post(reverse("news:story_new"), story_form_data(vpt_url=url))
    assert response.status_code == 302
    story = Story.objects.get()
    assert story.vpt_url == url
    assert f'href="{url}"' in client.get(reverse("news:story_preview", args=[story.pk])).text


@pytest.mark.parametrize("slug", ["feed", "redaktion", "forloeb"])
def test_reserved_addresses_are_refused(client, client_as, slug):
    client_as(Role.EDITOR)
    response = client.post(reverse("news:story_new"), story_form_data(slug=slug))
    assert response.status_code == 200
    assert response.context["form"].errors["slug"] == [
        danish("This address is reserved; choose another.")
    ]
    assert Story.objects.count() == 0


@pytest.mark.parametrize("title", ["Feed", "Redaktion"])
def test_an_address_made_from_the_title_is_never_a_reserved_one(client, client_as, title):
    client_as(Role.EDITOR)
    response = client.post(reverse("news:story_new"), story_form_data(title=title, slug=""))
    assert response.status_code == 302
    story = Story.objects.get()
    assert story.slug not in {"feed", "redaktion", "forloeb"}
    story = services.story_submit(actor=editor(), story=story)
    story = services.story_approve(actor=editor(), story=story)
    page = Client().get(story.get_absolute_url())
    assert page.status_code == 200
    assert page["Content-Type"].startswith("text/html")


def test_clearing_the_address_of_a_story_makes_a_new_one_from_the_title(client, client_as):
    client_as(Role.EDITOR)
    story = make_story()
    other = make_story()
    for published in (story, other):
        data = story_form_data(published, slug="", title="Samme titel")
        response = client.post(reverse("news:story_edit", args=[published.pk]), data)
        assert response.status_code == 302, response.text[:3000]
    story.refresh_from_db()
    other.refresh_from_db()
    assert story.slug == "samme-titel"
    assert other.slug == "samme-titel-2"
    assert Client().get(reverse("news:list")).status_code == 200
    assert Client().get(other.get_absolute_url()).status_code == 200


def test_an_address_in_use_is_refused_in_danish(client, client_as):
    client_as(Role.EDITOR)
    taken = make_story()
    response = client.post(reverse("news:story_new"), story_form_data(slug=taken.slug))
    assert response.status_code == 200
    assert response.context["form"].errors["slug"] == [
        danish("Another story already has this address; choose another.")
    ]


def test_more_than_ten_quotes_are_refused(client, client_as):
    client_as(Role.EDITOR)
    response = client.post(reverse("news:story_new"), story_form_data(quotes=[a_quote()] * 11))
    assert response.status_code == 200
    assert response.context["quotes"].non_form_errors()
    assert Story.objects.count() == 0


# --- A facilitator's suggestion from a course ------------------------------------------------


SUGGESTION = {
    "title": "Færre skemaer i dagplejen",
    "summary": "Dagplejen droppede et skema, ingen savnede.",
    "area": "dagtilbud",
    "workplace": "Dagplejen Vest",
    "participants": "12 dagplejere",
    "challenge": "<p>Et ugeskema ingen læste.</p>",
    "four_f": "",
    "solution": "<p>Skemaet blev droppet.</p>",
    "trial_action": "<p>To måneder uden skema.</p>",
    "result_product": "20 minutter om ugen",
    "result_process": "Mere tillid",
    "next_steps": "Hele dagplejen",
}


@pytest.fixture
def courses(db):
    facilitator_a = make_user(Role.FACILITATOR, email="fa@fremfaerd.example")
    facilitator_b = make_user(Role.FACILITATOR, email="fb@fremfaerd.example")
    course_a = make_course("Glostrup", facilitators=[facilitator_a])
    course_b = make_course("Kolding", facilitators=[facilitator_b])
    return facilitator_a, facilitator_b, course_a, course_b


def test_a_facilitator_suggests_a_story_that_lands_in_the_editors_queue(client, courses):
    facilitator_a, _fb, course_a, _cb = courses
    login_with_mfa(client, facilitator_a)
    url = reverse("news:course_stories", args=[course_a.pk])
    page = client.get(url)
    assert page.status_code == 200
    assert page.context["form"] is not None

    response = client.post(url, SUGGESTION)
    assert response.status_code == 302
    assert response["Location"] == url
    story = Story.objects.get()
    assert story.status == StoryStatus.DRAFT
    assert story.kind == "succeshistorie"
    assert (story.course, story.municipality) == (course_a, course_a.municipality)
    assert (story.submitted_by, story.created_by) == (facilitator_a, facilitator_a)
    assert revisions(story) == [(1, StoryAction.SUGGESTED, StoryStatus.DRAFT, facilitator_a.pk)]
    # The facilitator sees it on the course, but cannot open it.
    page = client.get(url)
    assert "Færre skemaer i dagplejen" in page.text
    assert client.get(story.get_absolute_url()).status_code == 404

    editor_client = Client()
    login_with_mfa(editor_client, make_user(Role.EDITOR))
    queue = editor_client.get(reverse("news:editor_queue"))
    assert queue.context["queue"]["suggested"] == [story]
    assert queue.context["queue"]["drafts"] == []
    suggested = queue.text.split('id="suggested-h"', 1)[1].split("</section>", 1)[0]
    assert "Færre skemaer i dagplejen" in suggested
    assert course_a.title in suggested


def test_a_suggestion_without_the_bovl_or_the_solution_is_refused(client, courses):
    facilitator_a, _fb, course_a, _cb = courses
    login_with_mfa(client, facilitator_a)
    url = reverse("news:course_stories", args=[course_a.pk])
    response = client.post(url, SUGGESTION | {"challenge": "", "solution": ""})
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"challenge", "solution"}
    assert 'value="Færre skemaer i dagplejen"' in response.text
    assert Story.objects.count() == 0


def test_a_facilitator_of_another_course_gets_404(client, courses):
    _fa, facilitator_b, course_a, _cb = courses
    login_with_mfa(client, facilitator_b)
    url = reverse("news:course_stories", args=[course_a.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, SUGGESTION).status_code == 404
    assert Story.objects.count() == 0
    with pytest.raises(NotAllowed):
        services.story_suggest_from_course(actor=facilitator_b, course=course_a, fields={})


@pytest.mark.parametrize(
    "role", [Role.SHOP_STEWARD, Role.LEADER, Role.TOP_LEADER, Role.INTERNAL_CONSULTANT]
)
def test_the_key_actors_read_the_courses_stories_but_cannot_suggest(client, courses, role):
    facilitator_a, _fb, course_a, _cb = courses
    story = services.story_suggest_from_course(
        actor=facilitator_a, course=course_a, fields=SUGGESTION
    )
    login_with_mfa(client, make_user(role, municipality=course_a.municipality))
    url = reverse("news:course_stories", args=[course_a.pk])
    page = client.get(url)
    assert page.status_code == 200
    assert story.title in page.text
    assert page.context["form"] is None
    assert danish("Send to the editors") not in page.text
    assert client.post(url, SUGGESTION).status_code == 404
    assert Story.objects.count() == 1


def test_an_editor_reads_a_courses_stories_but_does_not_suggest(client, client_as, courses):
    _fa, _fb, course_a, _cb = courses
    client_as(Role.EDITOR)
    url = reverse("news:course_stories", args=[course_a.pk])
    assert client.get(url).status_code == 200
    assert client.post(url, SUGGESTION).status_code == 404


def test_a_member_who_does_not_facilitate_cannot_suggest(client, courses):
    _fa, _fb, course_a, _cb = courses
    steward = make_user(Role.SHOP_STEWARD, municipality=course_a.municipality)
    CourseMember.objects.create(course=course_a, user=steward, role=CourseRole.SHOP_STEWARD)
    login_with_mfa(client, steward)
    url = reverse("news:course_stories", args=[course_a.pk])
    assert client.get(url).status_code == 200
    assert client.post(url, SUGGESTION).status_code == 404


# --- The public list and its filters ---------------------------------------------------------


def test_the_list_filters_by_audience_and_kind(client):
    for_top = make_story(title="Til topledelsen", audiences=("topledelse",))
    for_staff = make_story(title="Til medarbejderne", audiences=("medarbejdere",))
    article = make_story(title="En artikel", kind="artikel", audiences=("topledelse",))
    draft = make_story(title="En kladde", audiences=("topledelse",), publish=False)

    def titles(**params):
        response = client.get(reverse("news:list"), params)
        assert response.status_code == 200
        return [story.title for story in response.context["stories"]]

    everything = [article.title, for_staff.title, for_top.title]
    assert titles() == everything
    assert titles(maalgruppe="topledelse") == [article.title, for_top.title]
    assert titles(maalgruppe="medarbejdere") == [for_staff.title]
    assert titles(maalgruppe="tillidsvalgte") == []
    assert titles(type="artikel") == [article.title]
    assert titles(type="succeshistorie") == [for_staff.title, for_top.title]
    assert titles(type="artikel", maalgruppe="medarbejdere") == []
    # Values that are not choices are ignored, not errors.
    assert titles(maalgruppe="<script>", type="ingen") == everything
    assert titles(side="999") == everything
    assert titles(side="x") == everything
    assert draft.title not in client.get(reverse("news:list")).text


@pytest.mark.parametrize("audience", ["", "topledelse"])
def test_the_list_points_to_its_own_feeds_in_the_head_and_the_page(client, audience):
    make_story(audiences=("topledelse",))
    page = client.get(reverse("news:list"), {"maalgruppe": audience} if audience else {})
    if audience:
        rss = reverse("news:audience_feed", args=[audience])
        atom = reverse("news:audience_feed_atom", args=[audience])
    else:
        rss, atom = reverse("news:feed"), reverse("news:feed_atom")
    head, body = page.text.split("</head>", 1)
    rss_title = escape(danish("Knowledge and stories (RSS)"))
    assert f'type="application/rss+xml" title="{rss_title}" href="{rss}"' in head
    assert f'href="{atom}"' in head
    # The visible links at the foot of the list too.
    assert f'<a href="{rss}">{danish("Follow these stories as RSS")}</a>' in body
    assert f'<a href="{atom}">' in body


def test_the_list_pages_twelve_at_a_time(client):
    for _ in range(13):
        make_story()
    first = client.get(reverse("news:list"))
    second = client.get(reverse("news:list"), {"side": "2"})
    assert len(first.context["stories"]) == 12
    assert len(second.context["stories"]) == 1
    assert "side=2" in first.text


# --- R9: GET never writes; POST needs a token ----------------------------------------------


def _news_get_urls(story: Story, draft: Story, course) -> list[str]:
    revision = StoryRevision.objects.filter(story=draft).first().number
    return [
        reverse("news:list"),
        reverse("news:list") + "?maalgruppe=topledelse&type=artikel&side=2",
        reverse("news:feed"),
        reverse("news:feed_atom"),
        reverse("news:audience_feed", args=["medarbejdere"]),
        reverse("news:audience_feed_atom", args=["medarbejdere"]),
        reverse("news:story", args=[story.slug]),
        reverse("news:story", args=[draft.slug]),
        reverse("news:editor_queue"),
        reverse("news:story_new"),
        reverse("news:story_edit", args=[draft.pk]),
        reverse("news:story_preview", args=[draft.pk]),
        reverse("news:story_history", args=[draft.pk]),
        reverse("news:story_revision", args=[draft.pk, revision]),
        reverse("news:course_stories", args=[course.pk]),
        reverse("sitemap"),
        # POST-only: a GET is refused before anything is looked at.
        *(
            reverse(name, args=[draft.pk])
            for name in (
                "news:story_submit",
                "news:story_approve",
                "news:story_reject",
                "news:story_unpublish",
                "news:story_unpublish_at",
            )
        ),
    ]


@pytest.mark.parametrize("role", [None, Role.EMPLOYEE, Role.EDITOR, Role.ADMINISTRATOR])
def test_no_get_of_a_news_page_changes_a_row(client, role, courses):
    _fa, _fb, course_a, _cb = courses
    story = make_story()
    draft = in_status(StoryStatus.PENDING)
    if role:
        login_with_mfa(client, make_user(role, municipality=course_a.municipality))
    for url in _news_get_urls(story, draft, course_a):
        for _ in range(2):  # a cache miss and a hit
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            assert response.status_code in (200, 302, 404, 405), (url, response.status_code)
            writes = [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(WRITES)]
            assert writes == [], url
    draft.refresh_from_db()
    assert draft.status == StoryStatus.PENDING


def test_state_changing_urls_need_post():
    story = in_status(StoryStatus.PENDING)
    client = Client()
    login_with_mfa(client, make_user(Role.EDITOR))
    for name in (
        "news:story_submit",
        "news:story_approve",
        "news:story_reject",
        "news:story_unpublish",
        "news:story_unpublish_at",
    ):
        assert client.get(reverse(name, args=[story.pk])).status_code == 405, name
    story.refresh_from_db()
    assert story.status == StoryStatus.PENDING


def _csrf_checking(role: Role, **fields) -> Client:
    """A logged-in client that, like a browser's forged cross-site POST, sends no token."""
    plain = Client()
    user = make_user(role, **fields)
    login_with_mfa(plain, user)
    checking = Client(enforce_csrf_checks=True)
    checking.cookies = plain.cookies
    return checking


def test_every_post_without_a_csrf_token_is_refused(courses):
    _fa, _fb, course_a, _cb = courses
    draft = make_story(publish=False)
    pending = in_status(StoryStatus.PENDING)
    published = make_story()
    client = _csrf_checking(Role.ADMINISTRATOR)
    posts = [
        (reverse("news:story_new"), story_form_data()),
        (reverse("news:story_edit", args=[draft.pk]), story_form_data(draft, title="Ændret")),
        (reverse("news:story_submit", args=[draft.pk]), {}),
        (reverse("news:story_approve", args=[pending.pk]), {}),
        (reverse("news:story_reject", args=[pending.pk]), {"note": "Nej"}),
        (reverse("news:story_unpublish", args=[published.pk]), {}),
        (reverse("news:story_unpublish_at", args=[published.pk]), {"unpublish_at": ""}),
        (reverse("news:course_stories", args=[course_a.pk]), SUGGESTION),
    ]
    before = list(Story.objects.order_by("pk").values_list("pk", "status", "title", "revision"))
    revision_count = StoryRevision.objects.count()
    for url, data in posts:
        assert client.post(url, data).status_code == 403, url
    after = list(Story.objects.order_by("pk").values_list("pk", "status", "title", "revision"))
    assert after == before
    assert StoryRevision.objects.count() == revision_count

    # The same client with the token gets through (the 403s were the token's doing).
    token_page = client.get(reverse("news:story_edit", args=[draft.pk]))
    token = token_page.context["csrf_token"]
    response = client.post(
        reverse("news:story_submit", args=[draft.pk]), {"csrfmiddlewaretoken": str(token)}
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == StoryStatus.PENDING


def test_the_vpt_link_is_shown_once(client):
    url = "https://vpt.dk/afbureaukratisering/en-historie"
    alone = make_story(vpt_url=url, body="<p>Kort.</p>")
    linked = make_story(vpt_url=url, body=f'<p>Læs den på <a href="{url}">vpt.dk</a>.</p>')
    assert client.get(alone.get_absolute_url()).text.count(f'href="{url}"') == 1
    assert client.get(linked.get_absolute_url()).text.count(f'href="{url}"') == 1


def test_the_audience_badges_read_as_danish_phrases(client):
    story = make_story(audiences=("tillidsvalgte",))
    assert "For tillidsvalgte" in client.get(story.get_absolute_url()).text
