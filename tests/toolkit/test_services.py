"""The toolkit's write services against the database: tools, download counts, starter packs
and the PDF render jobs."""

import pytest
from django.contrib.auth.models import AnonymousUser, Group

from municipalities.models import CourseRole, Municipality
from portal.accounts.roles import Role
from tests.accounts.factories import make_user
from tests.municipalities.factories import make_course
from tests.toolkit.factories import make_tool, tool_editor
from toolkit import tasks
from toolkit.download_counts import flush
from toolkit.exceptions import NotAllowed
from toolkit.models import (
    JobStatus,
    ProgrammeItem,
    RenderJob,
    StarterPack,
    Tool,
    ToolAudience,
    ToolDownload,
    ToolStatus,
    ToolStep,
    Variant,
)
from toolkit.services import (
    ProgrammeRow,
    basket_pdf_request,
    render_job_fail,
    render_job_finish,
    render_job_retry,
    render_job_start,
    slug_for,
    starter_pack_set_tools,
    tool_downloads_record,
    tool_pdf_request,
    tool_save,
    tool_set_status,
)

pytestmark = pytest.mark.django_db

HOSTILE = (
    '<p onclick="steal()">Hej <script>alert(1)</script>'
    '<a href="javascript:alert(1)">farlig</a> '
    '<a href="https://fremfaerd.example/om">god</a></p>'
    '<iframe src="https://evil.example/"></iframe><img src=x onerror=alert(1)>'
)


def _fields(**changes) -> dict:
    return {
        "title": "Bøvlkortet",
        "slug": "boevlkortet",
        "variant": Variant.FULL,
        "full_version": None,
        "purpose": "Vi går i skole.",
        "body": "<p>Det er sjovt.</p>",
        "duration_minutes": 30,
        "participants": "Teamet",
        "materials": "",
        "preparation": "",
        "follow_up": "",
        "source_note": "",
        "visibility": "offentlig",
    } | changes


def _save(tool=None, *, actor=None, steps=(1,), audiences=("tillidsvalgt",), programme=(), **f):
    return tool_save(
        actor=actor or tool_editor(),
        tool=tool,
        fields=_fields(**f),
        steps=steps,
        audiences=audiences,
        programme=list(programme),
    )


@pytest.fixture
def enqueued(monkeypatch):
    """The job ids handed to the broker (nothing reaches the real one)."""
    sent: list[str] = []
    monkeypatch.setattr(tasks.render_pdf, "delay", sent.append)
    return sent


# --- tool_save ---------------------------------------------------------------------------------


def test_tool_save_sanitises_every_rich_field():
    tool = _save(body=HOSTILE, preparation=HOSTILE, follow_up=HOSTILE)
    tool.refresh_from_db()
    for field in ("body", "preparation", "follow_up"):
        stored = getattr(tool, field)
        assert "Hej" in stored
        assert "<script" not in stored
        assert "alert(1)" not in stored
        assert "onclick" not in stored
        assert "onerror" not in stored
        assert "javascript:" not in stored
        assert "<iframe" not in stored
        assert "<img" not in stored
        assert '<a href="https://fremfaerd.example/om" rel="noopener noreferrer">god</a>' in stored


def test_tool_save_keeps_plain_fields_as_typed_for_escaping_on_output():
    tool = _save(title="<b>Fed</b> & kursiv", purpose="1 < 2")
    tool.refresh_from_db()
    assert tool.title == "<b>Fed</b> & kursiv"
    assert tool.purpose == "1 < 2"


def test_version_starts_at_1_and_moves_only_when_the_content_changes():
    editor = tool_editor()
    body = '<p>Læs <a href="https://fremfaerd.example/">mere</a>.</p>'
    tool = _save(actor=editor, body=body)
    tool.refresh_from_db()
    assert tool.version == 1
    assert tool.updated_by == editor
    first_updated, first_hash = tool.updated_at, tool.content_hash
    assert first_updated is not None
    assert len(first_hash) == 64

    other_editor = make_user(Role.EDITOR)
    same = _save(tool, actor=other_editor, body=body)
    same.refresh_from_db()
    assert same.version == 1
    assert same.updated_at == first_updated
    assert same.content_hash == first_hash
    assert same.updated_by == editor

    changed = _save(tool, actor=other_editor, body=body, purpose="Vi går hjem.")
    changed.refresh_from_db()
    assert changed.version == 2
    assert changed.updated_at > first_updated
    assert changed.content_hash != first_hash
    assert changed.updated_by == other_editor


@pytest.mark.parametrize(
    "change",
    [
        {"steps": (1, 2)},
        {"audiences": ("tillidsvalgt", "leder")},
        {"programme": [ProgrammeRow(title="Runde")]},
        {"follow_up": "<p>Ny opfølgning.</p>"},
        {"duration_minutes": 45},
    ],
    ids=["steps", "audiences", "programme", "rich text", "duration"],
)
def test_every_part_of_the_content_counts_as_a_change(change):
    tool = _save()
    revised = _save(tool, **change)
    revised.refresh_from_db()
    assert revised.version == 2


def test_lix_and_search_text_are_computed_from_the_text_without_markup():
    # "Vi går i skole." + "Det er sjovt.": 7 words, 2 sentences, no long words.
    tool = _save(purpose="Vi går i skole.", body="<p>Det <strong>er</strong> sjovt.</p>")
    tool.refresh_from_db()
    assert tool.lix == round(7 / 2 + 100 * 0 / 7)
    assert "<" not in tool.search_text
    assert "Det er sjovt." in tool.search_text

    revised = _save(tool, purpose="Kommunalbestyrelsen behandler budgetforslaget.", body="")
    revised.refresh_from_db()
    assert revised.lix == round(3 / 1 + 100 * 3 / 3)


def test_steps_audiences_and_programme_rows_are_replaced():
    tool = _save(
        steps=(1, 2),
        audiences=("tillidsvalgt", "medarbejder"),
        programme=[ProgrammeRow(title="Første"), ProgrammeRow(title="Anden", minutes=10)],
    )
    revised = _save(
        tool,
        steps=(2, 3, 3),
        audiences=("leder",),
        programme=[ProgrammeRow(title="Eneste", minutes=5, description="Alt", cue="Spørg")],
    )
    assert sorted(ToolStep.objects.filter(tool=tool).values_list("step", flat=True)) == [2, 3]
    assert list(ToolAudience.objects.filter(tool=tool).values_list("audience", flat=True)) == [
        "leder"
    ]
    items = list(ProgrammeItem.objects.filter(tool=tool))
    assert [(i.order, i.title, i.minutes, i.description, i.cue) for i in items] == [
        (0, "Eneste", 5, "Alt", "Spørg")
    ]
    fresh = Tool.objects.for_page().get(pk=revised.pk)
    assert fresh.steps == [2, 3]
    assert fresh.audiences == ["leder"]


def test_a_full_tool_never_keeps_a_full_version():
    full = _save(slug="fuld")
    simplified = _save(slug="let", variant=Variant.SIMPLIFIED, full_version=full)
    assert simplified.full_version == full
    back_to_full = _save(simplified, slug="let", variant=Variant.FULL, full_version=full)
    back_to_full.refresh_from_db()
    assert back_to_full.full_version is None


@pytest.mark.parametrize("role", [Role.FACILITATOR, Role.SHOP_STEWARD, Role.EMPLOYEE, None])
def test_only_editors_may_save_tools_or_change_their_status(role):
    tool = _save()
    outsider = make_user(role)
    with pytest.raises(NotAllowed):
        _save(actor=outsider, slug="andet")
    with pytest.raises(NotAllowed):
        _save(tool, actor=outsider, purpose="Overtaget.")
    with pytest.raises(NotAllowed):
        tool_set_status(actor=outsider, tool=tool, status=ToolStatus.PUBLISHED)
    assert Tool.objects.count() == 1
    tool.refresh_from_db()
    assert tool.purpose == "Vi går i skole."
    assert tool.status == ToolStatus.DRAFT


def test_tool_set_status_publishes_and_takes_back(django_capture_on_commit_callbacks):
    editor = tool_editor()
    tool = _save(actor=editor)
    assert tool.status == ToolStatus.DRAFT
    with django_capture_on_commit_callbacks() as callbacks:
        published = tool_set_status(actor=editor, tool=tool, status=ToolStatus.PUBLISHED)
    assert published.status == ToolStatus.PUBLISHED
    assert Tool.objects.get(pk=tool.pk).status == ToolStatus.PUBLISHED
    assert len(callbacks) == 1  # the cache version is bumped after commit

    with django_capture_on_commit_callbacks() as callbacks:
        tool_set_status(actor=editor, tool=tool, status=ToolStatus.PUBLISHED)
    assert callbacks == []  # nothing changed, nothing to refresh

    tool_set_status(actor=editor, tool=tool, status=ToolStatus.DRAFT)
    assert Tool.objects.get(pk=tool.pk).status == ToolStatus.DRAFT


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Bøvl-jagt på personalemødet", "boevl-jagt-paa-personalemoedet"),
        ("Ærø og Åbenrå", "aeroe-og-aabenraa"),
        ("  Hvad nu?!  ", "hvad-nu"),
    ],
)
def test_slug_for_writes_danish_letters_out(title, slug):
    assert slug_for(title) == slug


# --- Download counts ------------------------------------------------------------------------


def test_downloads_count_the_users_role_and_municipality():
    glostrup = Municipality.objects.get(name="Glostrup")
    steward = make_user(Role.SHOP_STEWARD, municipality=glostrup)
    first, second = make_tool(), make_tool()
    # A logged-in user's own role wins over what they picked in "Jeg er …".
    tool_downloads_record(tools=[first, second], user=steward, chosen_audience="topleder")
    flush()
    rows = ToolDownload.objects.order_by("tool__pk")
    assert [(r.tool, r.audience, r.municipality) for r in rows] == [
        (first, "tillidsvalgt", glostrup),
        (second, "tillidsvalgt", glostrup),
    ]


@pytest.mark.parametrize(("chosen", "counted"), [("leder", "leder"), ("hacker", ""), ("", "")])
def test_anonymous_downloads_count_the_chosen_audience(chosen, counted):
    tool = make_tool()
    tool_downloads_record(tools=[tool], user=AnonymousUser(), chosen_audience=chosen)
    flush()
    row = ToolDownload.objects.get()
    assert (row.tool, row.audience, row.municipality) == (tool, counted, None)


def test_users_without_an_audience_role_are_counted_as_unknown():
    tool = make_tool()
    tool_downloads_record(tools=[tool], user=tool_editor(), chosen_audience="leder")
    flush()
    assert ToolDownload.objects.get().audience == ""


def test_download_counts_wait_in_redis_and_are_moved_once(
    settings, django_capture_on_commit_callbacks
):
    from toolkit.download_counts import pending

    if not settings.CACHES["default"]["BACKEND"].endswith("RedisCache"):
        pytest.skip("without Redis the rows are written at once")
    tool = make_tool()
    for _ in range(3):
        tool_downloads_record(tools=[tool], user=AnonymousUser(), chosen_audience="leder")
    assert ToolDownload.objects.count() == 0  # nothing written on the request path
    assert pending() == {(tool.pk, "leder", None): 3}
    with django_capture_on_commit_callbacks(execute=True):
        assert flush() == 3
    assert flush() == 0
    assert pending() == {}
    assert [(d.audience, d.count) for d in ToolDownload.objects.all()] == [("leder", 3)]


# --- Starter packs --------------------------------------------------------------------------


def test_starter_pack_keeps_only_simplified_tools_chosen_by_the_course_facilitator():
    facilitator = make_user(Role.FACILITATOR)
    course = make_course(facilitators=[facilitator])
    full = make_tool("Fuld udgave")
    simplified = make_tool("Let udgave", variant=Variant.SIMPLIFIED, full_version=full)
    pack = starter_pack_set_tools(actor=facilitator, course=course, tools=[full, simplified])
    assert list(pack.tools.all()) == [simplified]

    pack = starter_pack_set_tools(actor=facilitator, course=course, tools=[])
    assert list(pack.tools.all()) == []


def test_only_the_courses_facilitators_may_choose_its_starter_pack():
    steward = make_user(Role.SHOP_STEWARD)
    course = make_course(
        facilitators=[make_user(Role.FACILITATOR)], members=[(steward, CourseRole.SHOP_STEWARD)]
    )
    simplified = make_tool(variant=Variant.SIMPLIFIED)
    for outsider in (steward, make_user(Role.FACILITATOR)):
        with pytest.raises(NotAllowed):
            starter_pack_set_tools(actor=outsider, course=course, tools=[simplified])
    assert not StarterPack.objects.filter(course=course).exists()


# --- PDF render jobs ------------------------------------------------------------------------


def test_unchanged_tool_gets_one_job_queued_once(enqueued, django_capture_on_commit_callbacks):
    tool = make_tool()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        first, first_created = tool_pdf_request(tool=tool, user=AnonymousUser())
        second, second_created = tool_pdf_request(tool=tool, user=tool_editor())
    assert (first_created, second_created) == (True, False)
    assert second.pk == first.pk
    assert RenderJob.objects.count() == 1
    assert len(callbacks) == 1
    assert enqueued == [str(first.pk)]
    assert first.requested_by is None  # anonymous


def test_changed_tool_gets_a_new_job(enqueued, django_capture_on_commit_callbacks):
    tool = make_tool()
    with django_capture_on_commit_callbacks(execute=True):
        first, _created = tool_pdf_request(tool=tool, user=AnonymousUser())
    revised = tool_save(
        actor=tool_editor(),
        tool=tool,
        fields={"purpose": "Et nyt formål."},
        steps=tool.steps,
        audiences=tool.audiences,
        programme=[],
    )
    with django_capture_on_commit_callbacks(execute=True):
        second, created = tool_pdf_request(tool=revised, user=AnonymousUser())
    assert created
    assert second.pk != first.pk
    assert second.content_hash != first.content_hash
    assert RenderJob.objects.count() == 2
    assert enqueued == [str(first.pk), str(second.pk)]


def test_basket_job_depends_on_the_tools_and_their_order():
    one, two, three = make_tool(), make_tool(), make_tool()
    job, created = basket_pdf_request(tools=[one, two], user=AnonymousUser())
    assert created
    assert job.tool_ids == [one.pk, two.pk]
    assert basket_pdf_request(tools=[one, two], user=AnonymousUser()) == (job, False)
    hashes = {job.content_hash}
    for tools in ([two, one], [one], [one, two, three]):
        other, created = basket_pdf_request(tools=tools, user=AnonymousUser())
        assert created
        assert other.tool_ids == [tool.pk for tool in tools]
        hashes.add(other.content_hash)
    assert len(hashes) == 4


def test_render_job_start_counts_attempts_and_gives_up(settings):
    settings.PDF_MAX_ATTEMPTS = 2
    job, _created = tool_pdf_request(tool=make_tool(), user=AnonymousUser())

    # Each start counts, also when the worker then dies and the message is delivered again.
    for attempt in (1, 2):
        started = render_job_start(job.pk)
        assert started is not None
        assert (started.attempts, started.status) == (attempt, JobStatus.RENDERING)
        assert RenderJob.objects.get(pk=job.pk).attempts == attempt

    assert render_job_start(job.pk) is None
    job.refresh_from_db()
    assert job.status == JobStatus.FAILED
    assert job.attempts == 2
    assert job.error
    assert job.finished_at is not None
    assert render_job_start(job.pk) is None
    assert RenderJob.objects.get(pk=job.pk).attempts == 2


def test_render_job_finish_twice_keeps_one_file_the_first(settings):
    job, _created = tool_pdf_request(tool=make_tool(), user=AnonymousUser())
    render_job_start(job.pk)
    render_job_finish(job.pk, pdf=b"%PDF-1.7 first", pages=1, seconds=0.25)
    again = render_job_finish(job.pk, pdf=b"%PDF-1.7 second", pages=2, seconds=0.5)

    folder = settings.MEDIA_ROOT / "pdf"
    assert [p.name for p in folder.iterdir()] == [f"{job.content_hash}.pdf"]
    assert (folder / f"{job.content_hash}.pdf").read_bytes() == b"%PDF-1.7 first"
    job.refresh_from_db()
    assert again.pk == job.pk
    assert (job.status, job.page_count, job.size) == (JobStatus.DONE, 1, len(b"%PDF-1.7 first"))
    assert job.file.name == f"pdf/{job.content_hash}.pdf"
    assert job.render_seconds == 0.25


def test_render_job_finish_replaces_a_file_left_by_a_killed_worker(settings):
    job, _created = tool_pdf_request(tool=make_tool(), user=AnonymousUser())
    folder = settings.MEDIA_ROOT / "pdf"
    folder.mkdir(parents=True)
    (folder / f"{job.content_hash}.pdf").write_bytes(b"half written")
    render_job_start(job.pk)
    render_job_finish(job.pk, pdf=b"%PDF-1.7 whole", pages=1, seconds=0.1)
    assert [p.name for p in folder.iterdir()] == [f"{job.content_hash}.pdf"]
    assert (folder / f"{job.content_hash}.pdf").read_bytes() == b"%PDF-1.7 whole"


def test_render_job_fail_queues_again_until_final(settings):
    settings.PDF_MAX_ATTEMPTS = 3
    job, _created = tool_pdf_request(tool=make_tool(), user=AnonymousUser())
    render_job_start(job.pk)
    render_job_fail(job.pk, error="Boom " * 2000, final=False)
    job.refresh_from_db()
    assert job.status == JobStatus.QUEUED
    assert job.finished_at is None
    assert len(job.error) == 4000

    render_job_start(job.pk)
    render_job_fail(job.pk, error="Stopped at the time limit.", final=True)
    job.refresh_from_db()
    assert job.status == JobStatus.FAILED
    assert job.error == "Stopped at the time limit."
    assert job.finished_at is not None


def test_render_job_fail_on_the_last_attempt_is_final(settings):
    settings.PDF_MAX_ATTEMPTS = 1
    job, _created = tool_pdf_request(tool=make_tool(), user=AnonymousUser())
    render_job_start(job.pk)
    render_job_fail(job.pk, error="Boom", final=False)
    assert RenderJob.objects.get(pk=job.pk).status == JobStatus.FAILED


def test_render_job_fail_leaves_a_done_job_alone():
    job, _created = tool_pdf_request(tool=make_tool(), user=AnonymousUser())
    render_job_start(job.pk)
    render_job_finish(job.pk, pdf=b"%PDF-1.7", pages=1, seconds=0.1)
    render_job_fail(job.pk, error="late error", final=True)
    job.refresh_from_db()
    assert (job.status, job.error) == (JobStatus.DONE, "")


def test_render_job_retry_gives_staff_a_failed_job_back(settings):
    settings.PDF_MAX_ATTEMPTS = 1
    job, _created = tool_pdf_request(tool=make_tool(), user=AnonymousUser())
    render_job_start(job.pk)
    render_job_fail(job.pk, error="Boom", final=True)
    with pytest.raises(NotAllowed):
        render_job_retry(actor=make_user(Role.FACILITATOR), job=job)
    assert RenderJob.objects.get(pk=job.pk).status == JobStatus.FAILED

    retried = render_job_retry(actor=tool_editor(), job=job)
    assert (retried.status, retried.attempts, retried.error) == (JobStatus.QUEUED, 0, "")


def test_group_names_in_the_factory_are_real_roles():
    # make_tool(restricted_roles=[Role.X]) looks the group up by name.
    tool = make_tool(visibility="begraenset", restricted_roles=[Role.FACILITATOR])
    assert list(tool.restricted_roles.all()) == [Group.objects.get(name=Role.FACILITATOR)]


def test_crlf_from_a_browser_is_not_a_change(db):
    from tests.toolkit.factories import make_tool, tool_editor
    from toolkit.services import ProgrammeRow, tool_save

    tool = make_tool(materials="Post-its\nTusser", body="<p>Et</p>\n<p>To</p>")
    fields = {
        "title": tool.title,
        "slug": tool.slug,
        "variant": tool.variant,
        "full_version": None,
        "purpose": tool.purpose,
        "body": tool.body.replace("\n", "\r\n"),
        "duration_minutes": tool.duration_minutes,
        "participants": tool.participants,
        "materials": tool.materials.replace("\n", "\r\n"),
        "preparation": tool.preparation,
        "follow_up": tool.follow_up,
        "source_note": tool.source_note,
        "visibility": tool.visibility,
    }
    programme = [
        ProgrammeRow(title=i.title, minutes=i.minutes, description=i.description, cue=i.cue)
        for i in tool.programme.all()
    ]
    again = tool_save(
        actor=tool_editor(),
        tool=tool,
        fields=fields,
        steps=tool.steps,
        audiences=tool.audiences,
        programme=programme,
    )
    assert (again.version, again.updated_at) == (tool.version, tool.updated_at)


def test_cookbook_leaves_out_tools_restricted_to_other_roles(db):
    from portal.accounts.roles import Role
    from tests.accounts.factories import make_user
    from tests.toolkit.factories import make_tool
    from toolkit.selectors import cookbook_tools

    public = make_tool("Offentlig drejebog")
    for_leaders = make_tool(
        "Kun for ledere", visibility="begraenset", restricted_roles=[Role.LEADER]
    )
    facilitator = make_user(Role.FACILITATOR)
    book = cookbook_tools(facilitator)
    assert public in book
    assert for_leaders not in book


def test_qr_codes_are_images_with_alternative_text():
    from toolkit.pdf import qr_image

    html = qr_image("https://example.dk/a", "QR-kode til værktøjet")
    assert 'alt="QR-kode til værktøjet: https://example.dk/a"' in html
    assert 'src="data:image/png;base64,' in html
    assert " id=" not in html
