"""Every named URL of the project, as every role sees it (quality.md R1).

The table is the specification: a new URL pattern without a row fails
`test_every_project_url_is_in_the_table`. Each row names the URL's arguments as attributes of
the `world` (objects in municipality A and B) and the expected answer per actor.
"""

from types import SimpleNamespace

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from municipalities.models import (
    Agreement,
    Challenge,
    GateItem,
    Measurement,
    SparringSession,
    TrialAction,
    Workshop,
)
from municipalities.services import calendar_feed_for
from portal.accounts.roles import Role
from tests.accounts.factories import login_with_mfa, make_user
from tests.municipalities.factories import make_course

# The actors of quality.md R1. Municipality A is Glostrup, B is Kolding.
ANON = "anonymous"
ACTORS = {
    ANON: None,
    "employee_a": (Role.EMPLOYEE, "Glostrup"),
    "shop_steward_a": (Role.SHOP_STEWARD, "Glostrup"),
    "leader_a": (Role.LEADER, "Glostrup"),
    "top_leader_a": (Role.TOP_LEADER, "Glostrup"),
    "consultant_a": (Role.INTERNAL_CONSULTANT, "Glostrup"),
    "facilitator_a": (Role.FACILITATOR, None),
    "facilitator_b": (Role.FACILITATOR, None),
    "editor": (Role.EDITOR, None),
    "admin": (Role.ADMINISTRATOR, None),
}
LOGGED_IN = [actor for actor in ACTORS if actor != ANON]
KEY_ACTORS_A = ["shop_steward_a", "leader_a", "top_leader_a", "consultant_a"]

# The project's own packages; third-party URLs (allauth, admin) are covered by their own tests.
PROJECT_MODULES = ("portal.", "municipalities.", "toolkit.", "learning.", "media_library.")

LOGIN = "login"  # anonymous is sent to the login page
WRITES = ("INSERT", "UPDATE", "DELETE")


def everyone(status):
    return dict.fromkeys(ACTORS, status)


def logged_in(status):
    return {ANON: LOGIN} | dict.fromkeys(LOGGED_IN, status)


def only(status, allowed, otherwise=404):
    """`status` for the allowed actors, `otherwise` (404) for the other logged-in ones."""
    return {ANON: LOGIN} | {a: status if a in allowed else otherwise for a in LOGGED_IN}


COURSE_A_READERS = ["facilitator_a", "editor", "admin", *KEY_ACTORS_A]
COURSE_A_RUNNERS = ["facilitator_a", "admin"]
STAFF = ["editor", "admin"]
# A starter pack names the course's people: its members and staff only (course A's only
# member here is facilitator_a; the municipality's key actors read the course, not the pack).
COURSE_A_MEMBERS = ["facilitator_a", *STAFF]
# The restricted demo tool is for facilitators and internal consultants (and editors).
RESTRICTED_READERS = ["facilitator_a", "facilitator_b", "consultant_a", "editor", "admin"]
COOKBOOK_READERS = RESTRICTED_READERS


def public_only(status, allowed, otherwise=404):
    """Public pages of things not everyone may see: anonymous gets 404 too, not a login."""
    return {a: status if a in allowed else otherwise for a in ACTORS}


# url name -> (argument names from the world, {actor: expected status or LOGIN})
ACCESS = {
    "pages:home": ((), everyone(200)),
    "pages:accessibility": ((), everyone(200)),
    "pages:was": ((), everyone(301)),
    "pages:healthz": ((), everyone(200)),
    # "Find din rolle": one public page per role (an unknown role matches no pattern).
    "pages:roles": ((), everyone(200)),
    "pages:role_medarbejder": ((), everyone(200)),
    "pages:role_tillidsvalgt": ((), everyone(200)),
    "pages:role_institutionsleder": ((), everyone(200)),
    "pages:role_topleder": ((), everyone(200)),
    "accounts:profile": ((), logged_in(200)),
    "municipalities:dashboard": ((), logged_in(200)),
    "municipalities:calendar": ((), logged_in(200)),
    # No login: calendar programs cannot log in; the token is the key (tests/municipalities/
    # test_calendar.py has the revoked and unknown tokens).
    "municipalities:calendar_feed": (("calendar_token_a",), everyone(200)),
    "municipalities:export": ((), only(200, ["editor", "admin"])),
    "municipalities:board": ((), only(200, ["editor", "admin"])),
    "municipalities:municipalities": ((), only(200, ["editor", "admin"])),
    "municipalities:course_start": (("municipality_a_code",), only(200, ["editor", "admin"])),
    "municipalities:course_members": (("course_a",), only(200, ["editor", "admin"])),
    "municipalities:course": (("course_a",), only(200, COURSE_A_READERS)),
    "municipalities:course_workshops": (("course_a",), only(200, COURSE_A_READERS)),
    "municipalities:course_challenges": (("course_a",), only(200, COURSE_A_READERS)),
    "municipalities:agreement": (("course_a",), only(200, COURSE_A_RUNNERS)),
    "municipalities:agreement_document": (("course_a",), only(200, COURSE_A_READERS)),
    "municipalities:workshop_new": (("course_a",), only(200, COURSE_A_RUNNERS)),
    "municipalities:workshop_edit": (("course_a", "workshop_a"), only(200, COURSE_A_RUNNERS)),
    "municipalities:sparring_new": (("course_a",), only(200, COURSE_A_RUNNERS)),
    "municipalities:sparring_edit": (("course_a", "sparring_a"), only(200, COURSE_A_RUNNERS)),
    "municipalities:challenge_new": (("course_a",), only(200, COURSE_A_RUNNERS)),
    "municipalities:challenge_edit": (("course_a", "challenge_a"), only(200, COURSE_A_RUNNERS)),
    "municipalities:trial_action_new": (
        ("course_a", "challenge_a"),
        only(200, COURSE_A_RUNNERS),
    ),
    "municipalities:trial_action_edit": (("course_a", "trial_a"), only(200, COURSE_A_RUNNERS)),
    "municipalities:measurement_new": (("course_a", "trial_a"), only(200, COURSE_A_RUNNERS)),
    "municipalities:measurement_edit": (
        ("course_a", "measurement_a"),
        only(200, COURSE_A_RUNNERS),
    ),
    # POST-only: a GET changes nothing and says nothing about the course (see test_post_access).
    "municipalities:advance": (("course_a",), logged_in(405)),
    "municipalities:rollback": (("course_a",), logged_in(405)),
    "municipalities:gate_item": (("course_a", "gate_item"), logged_in(405)),
    "municipalities:calendar_revoke": ((), logged_in(405)),
    # Staff only before the method is looked at: the others learn nothing from a GET.
    "municipalities:course_member_remove": (
        ("course_a", "member_a"),
        only(405, ["editor", "admin"]),
    ),
    # The tool library is public; restricted tools only for their roles, drafts for editors.
    "toolkit:library": ((), everyone(200)),
    "toolkit:tool": (("public_tool_slug",), everyone(200)),
    "toolkit:basket": ((), everyone(200)),
    "toolkit:job": (("public_job",), everyone(200)),
    "toolkit:job_download": (("public_job",), everyone(200)),
    "toolkit:cookbook": ((), only(200, COOKBOOK_READERS)),
    "toolkit:starter_pack": (("course_a",), only(200, COURSE_A_MEMBERS)),
    "toolkit:editor_list": ((), only(200, STAFF)),
    "toolkit:tool_new": ((), only(200, STAFF)),
    "toolkit:tool_edit": (("draft_tool",), only(200, STAFF)),
    "toolkit:statistics": ((), only(200, STAFF)),
    # POST-only; a GET changes nothing.
    "toolkit:tool_pdf": (("public_tool_slug",), everyone(405)),
    "toolkit:basket_add": (("public_tool_slug",), everyone(405)),
    "toolkit:basket_remove": (("public_tool_slug",), everyone(405)),
    "toolkit:basket_pdf": ((), everyone(405)),
    "toolkit:cookbook_pdf": ((), everyone(405)),
    "toolkit:starter_pack_pdf": (("course_a",), everyone(405)),
    "toolkit:job_retry": (("public_job",), everyone(405)),
    "toolkit:tool_status": (("draft_tool",), everyone(405)),
    "toolkit:lix": ((), everyone(405)),
    # Videos are public once published; drafts are for the editors (RESTRICTED below).
    "media_library:videos": ((), everyone(200)),
    "media_library:video": (("video_slug",), everyone(200)),
    "media_library:video_transcript": (("video_slug",), everyone(200)),
    "media_library:video_file": (("video_slug",), everyone(200)),
    "media_library:video_captions": (("video_slug",), everyone(200)),
    "media_library:video_poster": (("video_slug",), everyone(200)),
    "media_library:podcast": ((), everyone(200)),
    "media_library:podcast_feed": ((), everyone(200)),
    "media_library:podcast_artwork": (("artwork_name",), everyone(200)),
    "media_library:episode": (("episode_slug",), everyone(200)),
    "media_library:episode_audio": (("episode_slug", "episode_file"), everyone(200)),
    "media_library:episode_transcript_text": (("episode_slug",), everyone(200)),
    # Public; it lists only what each actor may read (tests/search has who finds what).
    "search:search": ((), everyone(200)),
}

# Objects some may see under a URL that is public for others (each a different object).
RESTRICTED = {
    "toolkit:tool": [
        (("restricted_tool_slug",), public_only(200, RESTRICTED_READERS)),
        (("draft_tool_slug",), public_only(200, STAFF)),
    ],
    "toolkit:job": [
        (("restricted_job",), public_only(200, RESTRICTED_READERS)),
        (("starter_job_a",), public_only(200, COURSE_A_MEMBERS)),
    ],
    "toolkit:job_download": [
        (("restricted_job",), public_only(200, RESTRICTED_READERS)),
        (("starter_job_a",), public_only(200, COURSE_A_MEMBERS)),
        (("cookbook_job",), public_only(200, COOKBOOK_READERS)),
    ],
    **{
        name: [(("draft_video_slug",), public_only(200, STAFF))]
        for name in (
            "media_library:video",
            "media_library:video_transcript",
            "media_library:video_file",
            "media_library:video_captions",
            "media_library:video_poster",
        )
    },
    **{
        name: [(("draft_episode_slug",), public_only(200, STAFF))]
        for name in ("media_library:episode", "media_library:episode_transcript_text")
    },
    "media_library:episode_audio": [
        (("draft_episode_slug", "draft_episode_file"), public_only(200, STAFF)),
        # An address of the episode's earlier file answers nobody.
        (("episode_slug", "draft_episode_file"), public_only(404, [])),
    ],
}

# The same URLs pointed at municipality B's objects: nobody from A may reach them, not even by
# guessing ids (the records of B hang under course A's id here).
CROSS = {
    "municipalities:course": ("course_b",),
    "municipalities:course_workshops": ("course_b",),
    "municipalities:course_challenges": ("course_b",),
    "municipalities:workshop_edit": ("course_a", "workshop_b"),
    "municipalities:challenge_edit": ("course_a", "challenge_b"),
    "municipalities:trial_action_new": ("course_a", "challenge_b"),
    "municipalities:trial_action_edit": ("course_a", "trial_b"),
    "toolkit:starter_pack": ("course_b",),
    "toolkit:job": ("starter_job_b",),
    "toolkit:job_download": ("starter_job_b",),
}

# News and success stories (/viden/): the list, the feeds, the sitemap and a published story
# are public; a story not yet published is for the editors (RESTRICTED); a course's stories are
# for those who read the course, and course B's answer 404 to A (CROSS). The POST-only actions
# answer a GET with 405 before anything is looked at (tests/media_library/test_stories.py has
# who may POST them, and their CSRF checks).
ACCESS |= {
    "news:list": ((), everyone(200)),
    "news:feed": ((), everyone(200)),
    "news:feed_atom": ((), everyone(200)),
    "news:audience_feed": (("story_audience",), everyone(200)),
    "news:audience_feed_atom": (("story_audience",), everyone(200)),
    "news:story": (("story_slug",), everyone(200)),
    "news:editor_queue": ((), only(200, STAFF)),
    "news:story_new": ((), only(200, STAFF)),
    "news:story_edit": (("draft_story",), only(200, STAFF)),
    "news:story_preview": (("draft_story",), only(200, STAFF)),
    "news:story_history": (("draft_story",), only(200, STAFF)),
    "news:story_revision": (("draft_story", "draft_story_revision"), only(200, STAFF)),
    **{
        name: (("draft_story",), everyone(405))
        for name in (
            "news:story_submit",
            "news:story_approve",
            "news:story_reject",
            "news:story_unpublish",
            "news:story_unpublish_at",
        )
    },
    "news:course_stories": (("course_a",), only(200, COURSE_A_READERS)),
    "sitemap": ((), everyone(200)),
}
RESTRICTED["news:story"] = [(("draft_story_slug",), public_only(200, STAFF))]
CROSS["news:course_stories"] = ("course_b",)


def _story_objects():
    from tests.media_library.factories import make_story

    published = make_story(audiences=("medarbejdere",))
    draft = make_story(publish=False)
    return {
        "story_slug": published.slug,
        "story_audience": "medarbejdere",
        "draft_story": draft,
        "draft_story_slug": draft.slug,
        "draft_story_revision": "1",  # its first revision, passed as it is (like a token)
    }


@pytest.fixture
def world(db):
    users = {
        name: make_user(role, municipality=_municipality(place), email=f"{name}@example.dk")
        for name, (role, place) in ((n, spec) for n, spec in ACTORS.items() if spec)
    }
    course_a = make_course("Glostrup", facilitators=[users["facilitator_a"]])
    course_b = make_course("Kolding", facilitators=[users["facilitator_b"]])
    objects = {"course_a": course_a, "course_b": course_b}
    for suffix, course in (("a", course_a), ("b", course_b)):
        challenge = Challenge.objects.create(course=course, title="Dobbeltregistrering")
        trial = TrialAction.objects.create(
            challenge=challenge, solution="Én registrering", unit="Team"
        )
        objects |= {
            f"workshop_{suffix}": Workshop.objects.create(course=course, held_on="2026-10-01"),
            f"sparring_{suffix}": SparringSession.objects.create(
                course=course, held_on="2026-10-02", topic="Opfølgning"
            ),
            f"challenge_{suffix}": challenge,
            f"trial_{suffix}": trial,
            f"measurement_{suffix}": Measurement.objects.create(
                trial_action=trial, method="logbog", measured_on="2026-10-03"
            ),
        }
    objects["gate_item"] = GateItem.objects.filter(phase=0).first()
    agreement = Agreement(course=course_a, needs="Mindre bøvl")
    agreement.document.save("aftale.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=True)
    objects["calendar_token_a"] = calendar_feed_for(user=users["facilitator_a"]).token
    objects["municipality_a_code"] = course_a.municipality.code
    objects["member_a"] = course_a.members.get()
    objects |= _toolkit_objects(course_a, course_b)
    objects |= _media_objects()
    objects |= _story_objects()
    return SimpleNamespace(users=users, **objects)


def _media_objects():
    import io

    from PIL import Image

    from media_library.models import Episode, PodcastShow, Video
    from media_library.services import episode_publish, episode_saved, video_publish

    png = io.BytesIO()
    Image.new("RGB", (16, 9), "navy").save(png, format="PNG")
    editor = make_user(Role.EDITOR, email="video-editor@example.dk")
    slugs = {}
    for name, publish in (("video_slug", True), ("draft_video_slug", False)):
        video = Video(title=name, slug=name.replace("_", "-"), summary="Om metoden", kind="metode")
        video.video_file.save("v.webm", ContentFile(b"\x1a\x45\xdf\xa3" + b"0" * 64), save=False)
        video.captions.save("c.vtt", ContentFile(b"WEBVTT\n"), save=False)
        video.poster.save("p.png", ContentFile(png.getvalue()), save=False)
        video.save()
        if publish:
            video_publish(video=video, actor=editor)
        slugs[name] = video.slug
    show = PodcastShow(
        title="Podcast", description="Om metoden", owner_name="F", owner_email="f@x.dk"
    )
    show.artwork.save("a.png", ContentFile(png.getvalue()), save=True)
    slugs["artwork_name"] = show.artwork.name.rsplit("/", 1)[-1]
    for name, publish in (("episode_slug", True), ("draft_episode_slug", False)):
        episode = Episode(
            show=show,
            title=name,
            slug=name.replace("_", "-"),
            summary="Om bøvl",
            duration_seconds=5,
            transcript="Hej.",
        )
        episode.audio_file.save("e.mp3", ContentFile(b"ID3" + b"0" * 64), save=True)
        episode_saved(episode=episode)
        if publish:
            episode_publish(episode=episode, actor=editor)
        slugs[name] = episode.slug
        slugs[name.replace("slug", "file")] = episode.audio_file.name.rsplit("/", 1)[-1]
    return slugs


def _toolkit_objects(course_a, course_b):
    from django.contrib.auth.models import Group

    from toolkit.models import JobKind, JobStatus, RenderJob
    from toolkit.services import ProgrammeRow, tool_save, tool_set_status

    editor = make_user(Role.EDITOR, email="tool-editor@example.dk")

    def tool(slug, publish=True, roles=()):
        saved = tool_save(
            actor=editor,
            tool=None,
            fields={
                "title": f"Værktøj {slug}",
                "slug": slug,
                "variant": "fuld",
                "purpose": "Formål",
                "duration_minutes": 30,
                "participants": "Alle",
                "visibility": "begraenset" if roles else "offentlig",
            },
            steps=[1],
            audiences=["tillidsvalgt"],
            programme=[ProgrammeRow(title="Start")],
            restricted_roles=Group.objects.filter(name__in=roles),
        )
        return tool_set_status(actor=editor, tool=saved, status="publiceret") if publish else saved

    public = tool("offentligt")
    restricted = tool("begraenset", roles=[Role.FACILITATOR, Role.INTERNAL_CONSULTANT])
    draft = tool("kladde", publish=False)

    def job(name, **fields):
        made = RenderJob(
            content_hash=name.ljust(64, "0"), title=name, status=JobStatus.DONE, **fields
        )
        made.file.save(f"{name}.pdf", ContentFile(b"%PDF-1.7\n%%EOF\n"), save=True)
        return made

    return {
        "public_tool_slug": public.slug,
        "restricted_tool_slug": restricted.slug,
        "draft_tool_slug": draft.slug,
        "draft_tool": draft,
        "public_job": job("a1", kind=JobKind.TOOL, tool=public),
        "restricted_job": job("b2", kind=JobKind.TOOL, tool=restricted),
        "starter_job_a": job("c3", kind=JobKind.STARTER_PACK, course=course_a),
        "starter_job_b": job("d4", kind=JobKind.STARTER_PACK, course=course_b),
        "cookbook_job": job("e5", kind=JobKind.COOKBOOK, tool_ids=[public.pk, restricted.pk]),
    }


def _municipality(name):
    from municipalities.models import Municipality

    return Municipality.objects.get(name=name) if name else None


def project_url_names(patterns=None, namespace=""):
    for entry in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from project_url_names(entry.url_patterns, inner)
        elif isinstance(entry, URLPattern) and entry.name:
            module = getattr(entry.callback, "__module__", "")
            if module.startswith(PROJECT_MODULES):
                yield f"{namespace}{entry.name}"


def test_every_project_url_is_in_the_table():
    missing = sorted(set(project_url_names()) - set(ACCESS))
    assert missing == [], f"add these URL names to ACCESS: {missing}"


def test_table_covers_every_actor():
    for name, (_, expectations) in ACCESS.items():
        assert set(expectations) == set(ACTORS), name


def _url(world, name, arg_names):
    # Objects stand for their pk; plain strings (a calendar token) are passed as they are.
    args = [getattr(world, arg) for arg in arg_names]
    return reverse(name, args=[arg if isinstance(arg, str) else arg.pk for arg in args])


def _get_as(client, world, actor, url):
    if actor != ANON:
        login_with_mfa(client, world.users[actor])
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    writes = [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(WRITES)]
    assert writes == [], "a GET must not change any row (R9)"
    return response


CASES = [
    (name, actor, expected)
    for name, (_, expectations) in ACCESS.items()
    for actor, expected in expectations.items()
]


@pytest.mark.parametrize(("name", "actor", "expected"), CASES)
def test_access(client, world, name, actor, expected):
    response = _get_as(client, world, actor, _url(world, name, ACCESS[name][0]))
    if expected == LOGIN:
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))
    else:
        assert response.status_code == expected
        if expected == 200 and response["Content-Type"].startswith("text/html"):
            assert response.content.decode().count("<h1") == 1, "one <h1> per page"


RESTRICTED_CASES = [
    (name, args, actor, expected)
    for name, rows in RESTRICTED.items()
    for args, expectations in rows
    for actor, expected in expectations.items()
]


@pytest.mark.parametrize(("name", "args", "actor", "expected"), RESTRICTED_CASES)
def test_restricted_objects(client, world, name, args, actor, expected):
    response = _get_as(client, world, actor, _url(world, name, args))
    assert response.status_code == expected


ACTORS_OF_A = ["employee_a", *KEY_ACTORS_A, "facilitator_a"]


@pytest.mark.parametrize(("name", "actor"), [(n, a) for n in CROSS for a in ACTORS_OF_A])
def test_objects_of_another_municipality_answer_404(client, world, name, actor):
    response = _get_as(client, world, actor, _url(world, name, CROSS[name]))
    assert response.status_code == 404


# POST-only URLs: who gets through to the service (a redirect back to the course), who 404s.
POSTS = {
    "municipalities:advance": (("course_a",), {"expected_phase": 0}, COURSE_A_RUNNERS),
    "municipalities:rollback": (("course_a",), {"expected_phase": 0, "reason": "x"}, ["admin"]),
    "municipalities:gate_item": (("course_a", "gate_item"), {"done": "1"}, COURSE_A_RUNNERS),
    "municipalities:calendar_revoke": ((), {}, LOGGED_IN),
    "municipalities:course_member_remove": (("course_a", "member_a"), {}, ["editor", "admin"]),
}
# Where an allowed POST redirects, when not back to the course.
POST_REDIRECTS = {"municipalities:calendar_revoke": "municipalities:calendar"}


@pytest.mark.parametrize(("name", "actor"), [(n, a) for n in POSTS for a in LOGGED_IN])
def test_post_access(client, world, name, actor):
    arg_names, data, allowed = POSTS[name]
    login_with_mfa(client, world.users[actor])
    response = client.post(_url(world, name, arg_names), data)
    if actor in allowed:
        assert response.status_code == 302
        target = POST_REDIRECTS.get(name)
        expected = reverse(target) if target else world.course_a.get_absolute_url()
        assert response["Location"].startswith(expected)
    else:
        assert response.status_code == 404


# allauth's own pages, restyled: each answers in Danish with one <h1>.
ALLAUTH_PAGES = [
    ("account_login", None),
    ("account_reset_password", None),
    ("account_signup", None),
    ("account_change_password", Role.EMPLOYEE),
    ("account_email", Role.EMPLOYEE),
    ("mfa_index", Role.FACILITATOR),
    ("usersessions_list", Role.EMPLOYEE),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "role"), ALLAUTH_PAGES)
def test_allauth_pages_are_restyled_and_danish(client, name, role):
    if role:
        login_with_mfa(client, make_user(role))
    response = client.get(reverse(name))
    content = response.content.decode()
    assert response.status_code == 200
    assert content.count("<h1") == 1
    assert '<html lang="da">' in content
    assert "vendor/bootstrap/css/bootstrap.min.css" in content
    assert 'href="#main"' in content  # the portal's own layout, not allauth's bare one
