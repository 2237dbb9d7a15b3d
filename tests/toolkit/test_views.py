"""The toolkit's views: wiring, the print basket, PDF jobs, the editors' form and who may
reach which page."""

import re
import uuid

import pytest
from django.contrib.auth.models import AnonymousUser
from django.contrib.messages import constants, get_messages
from django.urls import reverse

from municipalities.models import CourseRole, Municipality
from portal.accounts.roles import Role
from tests.accounts.factories import login_with_mfa, make_user
from tests.municipalities.factories import make_course
from tests.toolkit.factories import make_tool, tool_editor
from toolkit import views
from toolkit.download_counts import flush
from toolkit.models import JobKind, JobStatus, RenderJob, Tool, ToolStatus, Variant, Visibility
from toolkit.services import (
    basket_pdf_request,
    cookbook_pdf_request,
    render_job_finish,
    render_job_start,
    tool_downloads_record,
    tool_pdf_request,
    tool_set_status,
)

pytestmark = pytest.mark.django_db

BASKET = reverse("toolkit:basket")
FAKE_PDF = b"%PDF-1.7\n% a rendered tool\n%%EOF\n"


def _levels(response) -> list[int]:
    """The levels of the messages waiting after `response` (also earlier, unread ones)."""
    return [message.level for message in get_messages(response.wsgi_request)]


def _done(job: RenderJob) -> RenderJob:
    render_job_start(job.pk)
    return render_job_finish(job.pk, pdf=FAKE_PDF, pages=2, seconds=0.1)


def _restricted_tool(title: str = "Kun for facilitatorer"):
    return make_tool(title, visibility=Visibility.RESTRICTED, restricted_roles=[Role.FACILITATOR])


# --- Tool page -----------------------------------------------------------------------------


def test_tool_page_links_to_its_counterpart(client):
    full = make_tool("Bøvlkortet")
    simplified = make_tool("Bøvlkortet kort", variant=Variant.SIMPLIFIED, full_version=full)
    page = client.get(full.get_absolute_url())
    assert page.context["counterpart"] == simplified
    assert f'href="{simplified.get_absolute_url()}"' in page.text
    page = client.get(simplified.get_absolute_url())
    assert page.context["counterpart"] == full
    assert f'href="{full.get_absolute_url()}"' in page.text


@pytest.mark.parametrize("hidden", ["draft", "restricted"])
def test_tool_page_hides_a_counterpart_the_reader_may_not_see(client, hidden):
    if hidden == "draft":
        full = make_tool("Fuld kladde", status=ToolStatus.DRAFT)
    else:
        full = _restricted_tool("Fuld og begrænset")
    simplified = make_tool("Den lette", variant=Variant.SIMPLIFIED, full_version=full)
    page = client.get(simplified.get_absolute_url())
    assert page.status_code == 200
    assert page.context["counterpart"] is None
    assert full.get_absolute_url() not in page.text


def test_tool_pdf_queues_a_job_counts_the_download_and_redirects(client):
    tool = make_tool()
    response = client.post(reverse("toolkit:tool_pdf", args=[tool.slug]), {"rolle": "leder"})
    job = RenderJob.objects.get()
    assert response.status_code == 302
    assert response["Location"] == job.get_absolute_url()
    assert (job.kind, job.tool, job.status) == (JobKind.TOOL, tool, JobStatus.QUEUED)
    flush()
    assert list(tool.downloads.values_list("audience", flat=True)) == ["leder"]
    client.post(reverse("toolkit:tool_pdf", args=[tool.slug]))
    flush()
    assert RenderJob.objects.count() == 1
    assert sum(tool.downloads.values_list("count", flat=True)) == 2


# --- Print basket --------------------------------------------------------------------------


def test_basket_add_and_remove_keep_the_tools_in_the_session(client):
    first, second = make_tool("Første"), make_tool("Anden")
    response = client.post(reverse("toolkit:basket_add", args=[first.slug]))
    assert response.status_code == 302
    assert response["Location"] == first.get_absolute_url()
    client.post(reverse("toolkit:basket_add", args=[second.slug]))
    client.post(reverse("toolkit:basket_add", args=[first.slug]))  # already there
    assert client.session[views.BASKET_SESSION_KEY] == [first.pk, second.pk]

    basket = client.get(BASKET)
    assert basket.context["tools"] == [first, second]
    assert reverse("toolkit:basket_pdf") in basket.text

    response = client.post(reverse("toolkit:basket_remove", args=[first.slug]))
    assert response["Location"] == BASKET
    assert client.session[views.BASKET_SESSION_KEY] == [second.pk]
    assert client.get(BASKET).context["tools"] == [second]


def test_basket_returns_to_a_local_next_page_only(client):
    tool = make_tool()
    url = reverse("toolkit:basket_add", args=[tool.slug])
    response = client.post(url, {"next": "/vaerktoejer/?rolle=leder"})
    assert response["Location"] == "/vaerktoejer/?rolle=leder"
    response = client.post(
        reverse("toolkit:basket_remove", args=[tool.slug]), {"next": "https://evil.example/"}
    )
    assert response["Location"] == BASKET
    response = client.post(url, {"next": "//evil.example/"})
    assert response["Location"] == tool.get_absolute_url()


def test_basket_holds_at_most_its_maximum(client, monkeypatch):
    monkeypatch.setattr(views, "BASKET_MAX", 2)
    tools = [make_tool() for _ in range(3)]
    for tool in tools[:2]:
        client.post(reverse("toolkit:basket_add", args=[tool.slug]))
    response = client.post(reverse("toolkit:basket_add", args=[tools[2].slug]))
    assert response.status_code == 302
    assert constants.ERROR in _levels(response)
    assert client.session[views.BASKET_SESSION_KEY] == [tools[0].pk, tools[1].pk]


def test_empty_basket_pdf_redirects_back_with_an_error(client):
    response = client.post(reverse("toolkit:basket_pdf"))
    assert response.status_code == 302
    assert response["Location"] == BASKET
    assert _levels(response) == [constants.ERROR]
    assert not RenderJob.objects.exists()


def test_basket_pdf_makes_one_job_of_the_tools_in_order(client):
    first, second = make_tool("Første"), make_tool("Anden")
    for tool in (second, first):
        client.post(reverse("toolkit:basket_add", args=[tool.slug]))
    response = client.post(reverse("toolkit:basket_pdf"))
    job = RenderJob.objects.get()
    assert response["Location"] == job.get_absolute_url()
    assert (job.kind, job.tool_ids) == (JobKind.BASKET, [second.pk, first.pk])
    flush()
    assert first.downloads.count() == second.downloads.count() == 1


def test_basket_ignores_tools_the_user_may_not_see(client):
    public, restricted = make_tool("Offentlig"), _restricted_tool()
    draft = make_tool("Kladde", status=ToolStatus.DRAFT)
    session = client.session
    session[views.BASKET_SESSION_KEY] = [restricted.pk, public.pk, draft.pk, "x", 999999]
    session.save()

    assert client.get(BASKET).context["tools"] == [public]
    client.post(reverse("toolkit:basket_pdf"))
    job = RenderJob.objects.get()
    assert job.tool_ids == [public.pk]
    assert "Kun for facilitatorer" not in job.title
    assert not restricted.downloads.exists()


# --- Safe methods --------------------------------------------------------------------------

POST_ONLY = [
    ("toolkit:tool_pdf", ["boevlkortet"]),
    ("toolkit:basket_pdf", []),
    ("toolkit:basket_add", ["boevlkortet"]),
    ("toolkit:basket_remove", ["boevlkortet"]),
    ("toolkit:cookbook_pdf", []),
    ("toolkit:starter_pack_pdf", [1]),
    ("toolkit:job_retry", [uuid.UUID(int=1)]),
    ("toolkit:tool_status", [1]),
    ("toolkit:lix", []),
]


@pytest.mark.parametrize(("name", "args"), POST_ONLY, ids=[name for name, _ in POST_ONLY])
@pytest.mark.parametrize("role", [None, Role.EDITOR])
def test_get_on_post_only_urls_is_405(client, client_as, name, args, role):
    make_tool("Bøvlkortet", slug="boevlkortet")
    if role:
        client_as(role)
    assert client.get(reverse(name, args=args)).status_code == 405
    assert not RenderJob.objects.exists()


# --- PDF jobs ------------------------------------------------------------------------------


def test_job_page_for_htmx_is_only_the_status_part(client):
    job, _created = tool_pdf_request(tool=make_tool(), user=AnonymousUser())
    page = client.get(job.get_absolute_url())
    assert page.status_code == 200
    assert "<html" in page.text

    part = client.get(job.get_absolute_url(), headers={"HX-Request": "true"})
    assert part.status_code == 200
    assert "<html" not in part.text
    assert part.text.strip().startswith('<div id="job-status"')
    assert f'hx-get="{job.get_absolute_url()}"' in part.text  # still polling
    assert reverse("toolkit:job_download", args=[job.pk]) not in part.text

    _done(job)
    part = client.get(job.get_absolute_url(), headers={"HX-Request": "true"})
    assert reverse("toolkit:job_download", args=[job.pk]) in part.text
    assert "hx-get" not in part.text  # polling stops


def test_failed_job_shows_an_alert_and_stops_polling(client, settings):
    settings.PDF_MAX_ATTEMPTS = 0
    job, _created = tool_pdf_request(tool=make_tool(), user=AnonymousUser())
    render_job_start(job.pk)  # gives up at once
    part = client.get(job.get_absolute_url(), headers={"HX-Request": "true"})
    assert 'role="alert"' in part.text
    assert "hx-get" not in part.text


def test_job_download_is_an_attachment_with_the_pdf_type(client):
    tool = make_tool("Bøvl-jagt på personalemødet")
    job, _created = tool_pdf_request(tool=tool, user=AnonymousUser())
    assert client.get(reverse("toolkit:job_download", args=[job.pk])).status_code == 404
    _done(job)
    response = client.get(reverse("toolkit:job_download", args=[job.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        'attachment; filename="boevl-jagt-paa-personalemoedet.pdf"'
    )
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == FAKE_PDF


def test_job_of_a_restricted_tool_is_404_for_those_who_may_not_see_it(client, client_as):
    facilitator = make_user(Role.FACILITATOR)
    job, _created = tool_pdf_request(tool=_restricted_tool(), user=facilitator)
    _done(job)
    basket, _created = basket_pdf_request(tools=[make_tool(), job.tool], user=facilitator)
    cookbook, _created = cookbook_pdf_request(user=facilitator)
    urls = [
        reverse(name, args=[pk])
        for pk in (job.pk, basket.pk, cookbook.pk)
        for name in ("toolkit:job", "toolkit:job_download")
    ]
    for url in urls:
        assert client.get(url).status_code == 404, url
    client_as(Role.SHOP_STEWARD)
    for url in urls:
        assert client.get(url).status_code == 404, url
    client.logout()
    client_as(Role.FACILITATOR)
    assert client.get(urls[0]).status_code == 200
    assert client.get(urls[1]).status_code == 200
    assert client.get(urls[2]).status_code == 200
    assert client.get(urls[4]).status_code == 200


def test_job_of_a_tool_taken_back_to_draft_is_404_for_readers(client):
    tool = make_tool()
    job, _created = tool_pdf_request(tool=tool, user=AnonymousUser())
    assert client.get(job.get_absolute_url()).status_code == 200
    tool_set_status(actor=tool_editor(), tool=tool, status=ToolStatus.DRAFT)
    assert client.get(job.get_absolute_url()).status_code == 404


def test_unknown_job_is_404(client):
    assert client.get(reverse("toolkit:job", args=[uuid.uuid4()])).status_code == 404


# --- Editors' form -------------------------------------------------------------------------


def _form_data(**changes) -> dict:
    return {
        "title": "Bøvlkortet",
        "slug": "boevlkortet",
        "variant": "fuld",
        "full_version": "",
        "purpose": "At få øje på bøvl.",
        "steps": ["1", "2"],
        "audiences": ["tillidsvalgt", "leder"],
        "duration_minutes": "45",
        "participants": "Hele personalegruppen",
        "materials": "Post-it\r\nTusser",
        "preparation": "<p>Book et lokale.</p>",
        "body": "<p>Vi leder efter bøvl.</p>",
        "follow_up": "<p>Send referatet.</p>",
        "source_note": "Fremfærd",
        "visibility": "offentlig",
        "programme-TOTAL_FORMS": "2",
        "programme-INITIAL_FORMS": "0",
        "programme-MIN_NUM_FORMS": "0",
        "programme-MAX_NUM_FORMS": "30",
        "programme-0-title": "Velkomst",
        "programme-0-minutes": "5",
        "programme-0-description": "Formålet fortælles.",
        "programme-0-cue": "Hold det kort.",
        "programme-1-title": "",
        "programme-1-minutes": "",
        "programme-1-description": "",
        "programme-1-cue": "",
    } | changes


def _field_has_error(html: str, name: str) -> bool:
    """The field is marked invalid and its error message sits right after it."""
    tag = re.search(rf'<(?:input|select|textarea)[^>]*name="{name}"[^>]*>', html)
    error = re.search(rf'id="error_\d+_id_{name}"', html)
    return bool(tag and "is-invalid" in tag.group(0) and error)


def test_invalid_tool_form_shows_errors_keeps_the_input_and_saves_nothing(client, client_as):
    client_as(Role.EDITOR)
    full = make_tool("En fuld udgave")
    before = Tool.objects.count()
    data = _form_data(
        title="",
        slug="printkurv",
        steps=[],
        full_version=str(full.pk),
        purpose="Mit formål, som jeg skrev.",
        **{"programme-0-minutes": "0"},
    )
    response = client.post(reverse("toolkit:tool_new"), data)
    assert response.status_code == 200
    form = response.context["form"]
    assert set(form.errors) == {"title", "slug", "steps", "full_version"}
    assert form["slug"].errors.as_data()[0].code == "reserved"
    assert response.context["formset"].forms[0].errors.keys() == {"minutes"}
    html = response.text
    for name in ("title", "slug", "full_version"):
        assert _field_has_error(html, name), name
    assert re.search(r'id="error_\d+_id_steps"', html)
    assert _field_has_error(html, "programme-0-minutes")
    assert 'value="printkurv"' in html
    assert "Mit formål, som jeg skrev.</textarea>" in html
    assert 'value="Velkomst"' in html
    assert Tool.objects.count() == before


def test_a_second_simplified_version_of_the_same_tool_is_refused(client, client_as):
    client_as(Role.EDITOR)
    full = make_tool("Fuld")
    make_tool("Første lette", variant=Variant.SIMPLIFIED, full_version=full)
    data = _form_data(variant="forenklet", full_version=str(full.pk), slug="anden-lette")
    response = client.post(reverse("toolkit:tool_new"), data)
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"full_version"}
    assert not Tool.objects.filter(slug="anden-lette").exists()


def test_restricted_tool_needs_roles(client, client_as):
    client_as(Role.EDITOR)
    response = client.post(reverse("toolkit:tool_new"), _form_data(visibility="begraenset"))
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"restricted_roles"}
    assert not Tool.objects.filter(slug="boevlkortet").exists()


def test_valid_tool_form_creates_a_draft_and_publish_makes_it_public(client, client_as):
    editor = client_as(Role.EDITOR)
    response = client.post(reverse("toolkit:tool_new"), _form_data())
    tool = Tool.objects.for_page().get(slug="boevlkortet")
    assert response.status_code == 302
    assert response["Location"] == reverse("toolkit:tool_edit", args=[tool.pk])
    assert constants.SUCCESS in _levels(response)
    assert constants.ERROR not in _levels(response)
    assert (tool.status, tool.version, tool.updated_by) == (ToolStatus.DRAFT, 1, editor)
    assert (tool.steps, tool.audiences) == ([1, 2], ["tillidsvalgt", "leder"])
    assert [item.title for item in tool.programme.all()] == ["Velkomst"]
    assert tool.lix > 0

    # The same form sent again (as the browser does after "Save") changes nothing.
    client.post(reverse("toolkit:tool_edit", args=[tool.pk]), _form_data())
    tool.refresh_from_db()
    assert tool.version == 1
    assert Tool.objects.count() == 1

    client.logout()
    assert client.get(tool.get_absolute_url()).status_code == 404
    client_as(Role.EDITOR)
    response = client.post(reverse("toolkit:tool_status", args=[tool.pk]), {"status": "publiceret"})
    assert response["Location"] == reverse("toolkit:tool_edit", args=[tool.pk])
    tool.refresh_from_db()
    assert tool.status == ToolStatus.PUBLISHED
    client.logout()
    assert client.get(tool.get_absolute_url()).status_code == 200


def test_tool_status_refuses_an_unknown_status(client, client_as):
    client_as(Role.EDITOR)
    tool = make_tool(status=ToolStatus.DRAFT)
    response = client.post(reverse("toolkit:tool_status", args=[tool.pk]), {"status": "hemmelig"})
    assert response.status_code == 302
    assert constants.ERROR in _levels(response)
    tool.refresh_from_db()
    assert tool.status == ToolStatus.DRAFT


def test_edit_form_shows_the_saved_tool(client, client_as):
    client_as(Role.EDITOR)
    tool = make_tool("Redigér mig", steps=[2, 5])
    response = client.get(reverse("toolkit:tool_edit", args=[tool.pk]))
    assert response.status_code == 200
    form = response.context["form"]
    assert form.initial["steps"] == [2, 5]
    assert form["title"].value() == "Redigér mig"
    assert [f["title"].value() for f in response.context["formset"].forms[:2]] == [
        "Velkomst",
        "Bøvl på bordet",
    ]


# --- Statistics ----------------------------------------------------------------------------


def test_statistics_show_download_counts_for_editors(client, client_as):
    glostrup = Municipality.objects.get(name="Glostrup")
    popular, quiet = make_tool("Populært værktøj"), make_tool("Stille værktøj")
    steward = make_user(Role.SHOP_STEWARD, municipality=glostrup)
    for _ in range(2):
        tool_downloads_record(tools=[popular], user=steward)
    tool_downloads_record(tools=[popular, quiet], user=AnonymousUser(), chosen_audience="leder")

    client_as(Role.EDITOR)
    response = client.get(reverse("toolkit:statistics"))
    assert response.status_code == 200
    totals = {row["tool__title"]: row["count"] for row in response.context["totals"]}
    assert totals == {"Populært værktøj": 3, "Stille værktøj": 1}
    rows = {
        (r["tool__title"], r["audience"], r["municipality__name"]): r["count"]
        for r in response.context["rows"]
    }
    assert rows == {
        ("Populært værktøj", "leder", None): 1,
        ("Populært værktøj", "tillidsvalgt", "Glostrup"): 2,
        ("Stille værktøj", "leder", None): 1,
    }
    total_row = r'<td>Populært værktøj</td><td>Fuld version</td><td class="text-end">3</td>'
    assert re.search(total_row, response.text)


# --- Who may reach what --------------------------------------------------------------------


def _editor_pages(tool) -> list[tuple[str, str]]:
    return [
        ("get", reverse("toolkit:editor_list")),
        ("get", reverse("toolkit:tool_new")),
        ("get", reverse("toolkit:tool_edit", args=[tool.pk])),
        ("get", reverse("toolkit:statistics")),
        ("post", reverse("toolkit:tool_new")),
        ("post", reverse("toolkit:tool_status", args=[tool.pk])),
        ("post", reverse("toolkit:lix")),
    ]


@pytest.mark.parametrize(
    "role", [Role.SHOP_STEWARD, Role.EMPLOYEE, Role.FACILITATOR, Role.INTERNAL_CONSULTANT, None]
)
def test_editor_pages_are_404_for_other_roles(client, client_as, role):
    # portal.access.permission_or_404: the wrong user learns nothing, not even that it exists.
    tool = make_tool(status=ToolStatus.DRAFT)
    client_as(role)  # None: logged in without any role
    for method, url in _editor_pages(tool):
        assert getattr(client, method)(url, {"status": "publiceret"}).status_code == 404, url
    tool.refresh_from_db()
    assert tool.status == ToolStatus.DRAFT


def test_editor_pages_send_anonymous_visitors_to_the_login(client):
    tool = make_tool(status=ToolStatus.DRAFT)
    login = reverse("account_login")
    for method, url in _editor_pages(tool):
        response = getattr(client, method)(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(f"{login}?next="), url


@pytest.mark.parametrize("role", [Role.EDITOR, Role.ADMINISTRATOR])
def test_editor_pages_answer_editors(client, client_as, role):
    tool = make_tool()
    client_as(role)
    for method, url in _editor_pages(tool)[:4]:
        assert getattr(client, method)(url).status_code == 200, url


@pytest.mark.parametrize(
    ("role", "status"),
    [(None, 302), (Role.SHOP_STEWARD, 404), (Role.FACILITATOR, 200), (Role.EDITOR, 200)],
)
def test_cookbook_is_for_facilitators_and_editors(client, client_as, role, status):
    make_tool("I kogebogen")
    if role:
        client_as(role)
    assert client.get(reverse("toolkit:cookbook")).status_code == status
    response = client.post(reverse("toolkit:cookbook_pdf"))
    assert response.status_code == (302 if status == 200 else status)
    assert RenderJob.objects.filter(kind=JobKind.COOKBOOK).exists() == (status == 200)


def test_starter_pack_is_chosen_by_facilitators_and_read_by_members(client, client_as):
    facilitator = make_user(Role.FACILITATOR)
    steward = make_user(Role.SHOP_STEWARD)
    course = make_course(facilitators=[facilitator], members=[(steward, CourseRole.SHOP_STEWARD)])
    simplified = make_tool("Let start", variant=Variant.SIMPLIFIED)
    url = reverse("toolkit:starter_pack", args=[course.pk])

    client_as(Role.SHOP_STEWARD, email="fremmed@kommune.example")
    assert client.get(url).status_code == 404
    client.logout()

    login_with_mfa(client, steward)
    assert client.get(url).status_code == 200
    assert client.post(url, {"tools": [simplified.pk]}).status_code == 404
    client.logout()

    login_with_mfa(client, facilitator)
    response = client.post(url, {"tools": [simplified.pk]})
    job = RenderJob.objects.get(kind=JobKind.STARTER_PACK)
    assert response["Location"] == job.get_absolute_url()
    assert list(course.starter_pack.tools.all()) == [simplified]


def test_the_starter_pack_tab_is_for_members_and_staff_only(client):
    glostrup = Municipality.objects.get(name="Glostrup")
    member = make_user(Role.SHOP_STEWARD, municipality=glostrup)
    onlooker = make_user(Role.LEADER, municipality=glostrup)  # reads the course, no member
    course = make_course("Glostrup", members=[(member, CourseRole.SHOP_STEWARD)])
    pack_url = reverse("toolkit:starter_pack", args=[course.pk])
    for user, shown in ((member, True), (onlooker, False)):
        login_with_mfa(client, user)
        page = client.get(course.get_absolute_url())
        assert page.status_code == 200
        assert (pack_url in page.text) is shown
        assert client.get(pack_url).status_code == (200 if shown else 404)
        client.logout()
