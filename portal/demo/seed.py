"""Demo data for `manage.py seed_demo`. Every row made here is marked as demo data.

Idempotent: running it again brings the demo rows back to this state and creates no duplicates.
"""

from dataclasses import dataclass
from datetime import timedelta

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from municipalities.models import Municipality
from portal.accounts.models import User
from portal.accounts.roles import Role
from portal.accounts.services import user_set_roles

DEMO_MUNICIPALITY_CODE = "0482"  # Langeland, which has asked for help to start


@dataclass(frozen=True)
class DemoUser:
    email: str
    full_name: str
    job_title: str
    role: Role
    in_municipality: bool


DEMO_USERS = [
    DemoUser(
        "admin@demo.invalid", "Demo Administrator", "Administrator", Role.ADMINISTRATOR, False
    ),
    DemoUser("redaktoer@demo.invalid", "Demo Redaktør", "Redaktør, Fremfærd", Role.EDITOR, False),
    DemoUser(
        "facilitator@demo.invalid",
        "Demo Facilitator",
        "Ekstern facilitator",
        Role.FACILITATOR,
        False,
    ),
    DemoUser(
        "konsulent@demo.invalid",
        "Demo Konsulent",
        "Udviklingskonsulent",
        Role.INTERNAL_CONSULTANT,
        True,
    ),
    DemoUser(
        "tillidsvalgt@demo.invalid",
        "Demo Tillidsvalgt",
        "Tillidsrepræsentant",
        Role.SHOP_STEWARD,
        True,
    ),
    DemoUser("leder@demo.invalid", "Demo Leder", "Institutionsleder", Role.LEADER, True),
    DemoUser("topleder@demo.invalid", "Demo Topleder", "Direktør", Role.TOP_LEADER, True),
    DemoUser("medarbejder@demo.invalid", "Demo Medarbejder", "Medarbejder", Role.EMPLOYEE, True),
]


@transaction.atomic
def seed_users() -> list[User]:
    municipality = Municipality.objects.get(code=DEMO_MUNICIPALITY_CODE)
    users = []
    for spec in DEMO_USERS:
        user, _ = User.objects.update_or_create(
            email=spec.email,
            defaults={
                "full_name": spec.full_name,
                "job_title": spec.job_title,
                "municipality": municipality if spec.in_municipality else None,
                "is_demo": True,
                "is_active": True,
            },
        )
        user.set_password(settings.DEMO_PASSWORD)
        user.save(update_fields=["password"])
        EmailAddress.objects.update_or_create(
            user=user, email=spec.email, defaults={"verified": True, "primary": True}
        )
        user = user_set_roles(user=user, roles=[spec.role])
        if user.has_perm("accounts.require_mfa"):
            _ensure_demo_totp(user)
        users.append(user)
    return users


def _ensure_demo_totp(user: User) -> None:
    # The documented demo secret, so anyone trying the demo can add it to an authenticator app.
    Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).delete()
    TOTP.activate(user, settings.DEMO_TOTP_SECRET)
    RecoveryCodes.activate(user)


def seed_all() -> dict[str, int]:
    """Every app's demo data, in dependency order. Later apps add their seeders here."""
    return {
        "users": len(seed_users()),
        "courses": len(seed_courses()),
        "learning clusters": len(seed_learning_cluster()),
        "tools": len(seed_tools()),
        "videos": len(seed_videos()),
        "podcast episodes": len(seed_podcast()),
        "stories": len(seed_stories()),
    }


# Full versions that only facilitators and internal consultants may read: shows restricted
# visibility in the demo; the other full versions are public.
RESTRICTED_DEMO_TOOLS = {"vurdering", "evaluering"}


@transaction.atomic
def seed_tools() -> list:
    """Two or more tools for each of the six steps, each as a full and a simplified version
    (portal/demo/tool_content.py), published and marked as demo content."""
    from django.contrib.auth.models import Group

    from toolkit.models import Tool, ToolStatus, Variant, Visibility
    from toolkit.services import ProgrammeRow, slug_for, tool_save, tool_set_status

    from .tool_content import DEMO_TOOLS

    editor = User.objects.get(email="redaktoer@demo.invalid")
    restricted_to = list(
        Group.objects.filter(name__in=[Role.FACILITATOR, Role.INTERNAL_CONSULTANT])
    )
    tools = []
    for pair in DEMO_TOOLS:
        full = None
        for variant in (Variant.FULL, Variant.SIMPLIFIED):
            spec = pair["full" if variant == Variant.FULL else "simplified"]
            slug = slug_for(spec["title"])
            restricted = variant == Variant.FULL and pair["key"] in RESTRICTED_DEMO_TOOLS
            tool = tool_save(
                actor=editor,
                tool=Tool.objects.filter(slug=slug).first(),
                fields={
                    "title": spec["title"],
                    "slug": slug,
                    "variant": variant,
                    "full_version": full,
                    "purpose": spec["purpose"],
                    "duration_minutes": spec["duration_minutes"],
                    "participants": spec["participants"],
                    "materials": spec["materials"],
                    "preparation": spec["preparation"],
                    "body": spec["body"],
                    "follow_up": spec["follow_up"],
                    "source_note": pair["source"],
                    "visibility": Visibility.RESTRICTED if restricted else Visibility.PUBLIC,
                },
                steps=pair["steps"],
                audiences=spec["audiences"],
                programme=[
                    ProgrammeRow(
                        title=item["title"],
                        minutes=item["minutes"],
                        description=item["description"],
                        cue=item["cue"],
                    )
                    for item in spec["programme"]
                ],
                restricted_roles=restricted_to if restricted else [],
                is_demo=True,
            )
            tool_set_status(actor=editor, tool=tool, status=ToolStatus.PUBLISHED)
            tools.append(tool)
            full = tool if variant == Variant.FULL else full
    return tools


@transaction.atomic
def seed_learning_cluster() -> list:
    """The learning cluster of the project description: Nordfyns, Glostrup and Kolding as
    members, Langeland as applicant. Its name is a placeholder (no public name was found)."""
    from learning.models import ClusterMembership, LearningCluster

    cluster, _ = LearningCluster.objects.update_or_create(
        name="Demo: Læringsklynge 1",
        defaults={"status": LearningCluster.Status.ACTIVE, "is_demo": True},
    )
    statuses = {
        "Nordfyns": ClusterMembership.Status.MEMBER,
        "Glostrup": ClusterMembership.Status.MEMBER,
        "Kolding": ClusterMembership.Status.MEMBER,
        "Langeland": ClusterMembership.Status.APPLICANT,
    }
    for name, status in statuses.items():
        ClusterMembership.objects.update_or_create(
            cluster=cluster,
            municipality=Municipality.objects.get(name=name),
            defaults={"status": status},
        )
    return [cluster]


# --- Courses -------------------------------------------------------------------------------
# Invented demo courses (domain.md §7.4): the learning cluster's three municipalities in
# Fase 1–3 and Langeland in Fase 0. Every row is marked is_demo; the texts say "Demo".

DEMO_COURSES = [
    # municipality, title, area, phase, days since start, gate items left open in the phase
    ("Langeland", "Demo: Opstart af Samskabt styring", "Hele kommunen", 0, 12, None),
    ("Glostrup", "Demo: Mindre bøvl i dagtilbud", "Dagtilbud", 1, 70, 1),
    ("Nordfyns", "Demo: Enklere dokumentation i hjemmeplejen", "Ældre og sundhed", 2, 150, None),
    ("Kolding", "Demo: Borgerens centrum i visitationen", "Social og sundhed", 3, 260, None),
]

DEMO_CHALLENGES = [
    # title, description, four F, step, status
    (
        "Dobbeltregistrering af samme oplysninger",
        "Demo: Medarbejderne skriver de samme oplysninger i to systemer.",
        "fjerne",
        4,
        "i_gang",
    ),
    (
        "Lange godkendelsesgange for små indkøb",
        "Demo: Små indkøb skal godkendes to steder, før de kan bestilles.",
        "forandre",
        3,
        "i_gang",
    ),
    (
        "Skemaer, ingen læser",
        "Demo: Et ugentligt skema sendes ind, men bruges ikke af nogen.",
        "fjerne",
        2,
        "aaben",
    ),
    (
        "Krav fra lovgivningen, der ikke kan ændres",
        "Demo: Dokumentationskravet er lovbestemt; det skal forankres, så det giver mening.",
        "forankre",
        2,
        "aaben",
    ),
]


@transaction.atomic
def seed_courses() -> list:
    from municipalities.models import (
        Challenge,
        Course,
        CourseRole,
        GateCheck,
        GateItem,
        Measurement,
        PhaseChange,
        SparringSession,
        TrialAction,
        Workshop,
    )
    from municipalities.services import course_advance, course_start

    admin = User.objects.get(email="admin@demo.invalid")
    facilitator = User.objects.get(email="facilitator@demo.invalid")
    langeland = {u.email.split("@")[0]: u for u in User.objects.filter(municipality__code="0482")}
    # Recreated on every run, so the demo always starts from the same state.
    Course.objects.filter(is_demo=True, title__in=[spec[1] for spec in DEMO_COURSES]).delete()
    today = timezone.localdate()
    courses = []
    for name, title, area, phase, age, left_open in DEMO_COURSES:
        municipality = Municipality.objects.get(name=name)
        members = [(facilitator, CourseRole.EXTERNAL_FACILITATOR)]
        if name == "Langeland":
            members += [
                (langeland["konsulent"], CourseRole.KEY_PERSON),
                (langeland["tillidsvalgt"], CourseRole.SHOP_STEWARD),
                (langeland["leder"], CourseRole.INSTITUTION_LEADER),
                (langeland["topleder"], CourseRole.TOP_LEADER),
            ]
        course = course_start(
            municipality=municipality,
            actor=admin,
            title=title,
            area=area,
            start_date=today - timedelta(days=age),
            facilitation_model="ekstern",
            approach="systematisk",
            members=members,
            is_demo=True,
        )
        for current in range(phase):
            for item in GateItem.objects.active().filter(phase=current):
                GateCheck.objects.create(course=course, item=item, checked_by=facilitator)
            course_advance(course=course, actor=facilitator, expected_phase=current)
        open_items = list(GateItem.objects.active().filter(phase=phase).order_by("order"))
        if left_open is not None:
            for item in open_items[: len(open_items) - left_open]:
                GateCheck.objects.create(course=course, item=item, checked_by=facilitator)
        _backdate_history(course, age)
        # The members were not really told: demo phase changes send no mail.
        PhaseChange.objects.filter(course=course).update(notified_at=timezone.now())
        _seed_course_content(
            course, phase, today, Workshop, SparringSession, Challenge, TrialAction, Measurement
        )
        courses.append(course)
    return courses


def _backdate_history(course, age: int) -> None:
    """Spreads the demo course's phase changes over its age, so timelines and charts show a
    history rather than one afternoon."""
    changes = list(course.phase_changes.order_by("created_at", "pk"))
    start = timezone.now() - timedelta(days=age)
    step = timedelta(days=age / max(len(changes), 1))
    for index, change in enumerate(changes):
        change.created_at = start + step * index
        change.save(update_fields=["created_at"])
    course.phase_entered_at = changes[-1].created_at
    course.save(update_fields=["phase_entered_at"])


def _seed_course_content(
    course, phase, today, Workshop, SparringSession, Challenge, TrialAction, Measurement
) -> None:
    if phase >= 1:
        Workshop.objects.create(
            course=course,
            held_on=today + timedelta(days=14),
            place="Demo: Rådhuset",
            steps=[2],
            facilitation_lead="ekstern",
        )
    if phase >= 2:
        for number, lead in enumerate(["ekstern", "faelles", "lokal"][:phase], start=1):
            Workshop.objects.create(
                course=course,
                held_on=today - timedelta(days=100 - 30 * number),
                place="Demo: Kulturhuset",
                steps=[2, 3] if number == 1 else [3, 4],
                facilitation_lead=lead,
                participants_employees=14,
                participants_shop_stewards=2,
                participants_leaders=3,
                participants_top_leaders=1,
                notes=f"Demo: Workshop {number}. Faciliteringen blev ledet {lead}.",
            )
    challenges = []
    for priority, (title, description, four_f, step, status) in enumerate(
        DEMO_CHALLENGES[: 2 + phase], start=1
    ):
        challenges.append(
            Challenge.objects.create(
                course=course,
                title=title,
                description=description,
                four_f=four_f,
                step=min(step, 2 + phase),
                status=status,
                priority=priority,
            )
        )
    if phase >= 2:
        trial = TrialAction.objects.create(
            challenge=challenges[0],
            solution="Demo: Oplysningerne skrives ét sted og hentes derfra.",
            unit="Demo: Team Nord",
            starts_on=today - timedelta(days=40),
            ends_on=today + timedelta(days=20) if phase == 2 else today - timedelta(days=5),
            who_does_what="Demo: Social- og sundhedshjælperne dokumenterer kun i omsorgssystemet.",
            expected_effect="Demo: 20 minutter mindre dokumentation pr. medarbejder om ugen.",
            status="i_gang" if phase == 2 else "afsluttet",
            conclusion="" if phase == 2 else "Demo: Tiden faldt, og kvaliteten holdt.",
        )
        if phase >= 3:
            Measurement.objects.create(
                trial_action=trial,
                method="logbog",
                measured_on=today - timedelta(days=6),
                before="95",
                after="70",
                unit="minutter pr. uge",
                comment="Demo: To medarbejdere førte logbog i to uger før og efter.",
            )
            SparringSession.objects.create(
                course=course,
                held_on=today - timedelta(days=10),
                topic="Demo: Status på prøvehandlingen",
                agreements="Demo: Målingen gentages om en måned.",
            )


@transaction.atomic
def seed_videos() -> list:
    """The three method videos and four role videos (portal/demo/video_content.py), published
    and marked as demo content. They are placeholders until Fremfærd publishes the real videos:
    each plays the same 4-second demo file, with Danish captions and a poster drawn here.

    Files are only stored again when their content differs, so re-runs add no files. A demo
    role video stays a draft if another video is already published for its role (only one may
    be), so a real video that replaced it stays in place."""
    import io
    import textwrap
    from pathlib import Path

    from PIL import Image, ImageDraw

    from media_library.models import Video, VideoKind
    from media_library.services import video_publish, video_saved
    from media_library.validators import validate_captions, validate_poster, validate_video

    from .video_content import DEMO_VIDEOS

    def poster_png(title: str, kind: str) -> bytes:
        background = (31, 78, 95) if kind == VideoKind.METHOD else (74, 52, 99)
        image = Image.new("RGB", (320, 180), background)
        draw = ImageDraw.Draw(image)
        draw.text((20, 20), "Demo", font=_font(14), fill=(220, 220, 220))
        draw.multiline_text(
            (20, 60),
            textwrap.fill(title, width=24),
            font=_font(20),
            fill="white",
            spacing=6,
        )
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        return buffer.getvalue()

    editor = User.objects.get(email="redaktoer@demo.invalid")
    video_bytes = (Path(__file__).resolve().parent / "files" / "demo-video.webm").read_bytes()
    videos = []
    for spec in DEMO_VIDEOS:
        video, _ = Video.objects.update_or_create(
            slug=spec["slug"],
            defaults={
                "title": spec["title"],
                "summary": spec["summary"],
                "kind": spec["kind"],
                "role": spec["role"],
                "steps": spec["steps"],
                "external_url": "",
                "transcript": spec["transcript"],
                "duration_seconds": spec["duration_seconds"],
                "is_demo": True,
            },
        )
        changed = [
            _attach(video.video_file, video_bytes, f"{video.slug}.webm", validate_video),
            _attach(
                video.captions,
                spec["captions"].encode("utf-8"),
                f"{video.slug}.vtt",
                validate_captions,
            ),
            _attach(
                video.poster,
                poster_png(spec["title"], spec["kind"]),
                f"{video.slug}.png",
                validate_poster,
            ),
        ]
        video.full_clean(exclude=["video_file", "captions", "poster"])  # validated above
        if any(changed):
            video.save(update_fields=["video_file", "captions", "poster"])
        video_saved(video=video)
        taken = (
            video.kind == VideoKind.ROLE
            and Video.objects.published()
            .filter(kind=VideoKind.ROLE, role=video.role)
            .exclude(pk=video.pk)
            .exists()
        )
        if not taken:
            video = video_publish(video=video, actor=editor)
        videos.append(video)
    return videos


@transaction.atomic
def seed_podcast() -> list:
    """The podcast show and two episodes (portal/demo/podcast_content.py), published and marked
    as demo content. They are placeholders until Fremfærd publishes the real podcast: each
    episode plays the same 5-second demo file, and the show's artwork is drawn here.

    Files are only stored again when their content differs, so re-runs add no files, and the
    publishing service keeps an episode's first published_at. There is only one show: if a real
    (not demo) show already exists, its settings and artwork are left alone."""
    import io
    from pathlib import Path

    from PIL import Image, ImageDraw

    from media_library.models import Episode, PodcastShow
    from media_library.services import episode_publish, episode_saved
    from media_library.validators import validate_audio, validate_poster

    from .podcast_content import DEMO_EPISODES, DEMO_SHOW

    def artwork_png() -> bytes:
        # 1400 x 1400 px is Apple Podcasts' minimum; a flat image keeps the PNG small.
        image = Image.new("RGB", (1400, 1400), (31, 78, 95))
        draw = ImageDraw.Draw(image)
        draw.text((700, 620), "Samskabt styring", font=_font(120), fill="white", anchor="mm")
        draw.text((700, 800), "Demo", font=_font(90), fill=(220, 220, 220), anchor="mm")
        buffer = io.BytesIO()
        image.quantize(colors=16).save(buffer, format="PNG", optimize=True)
        return buffer.getvalue()

    editor = User.objects.get(email="redaktoer@demo.invalid")
    show = PodcastShow.objects.order_by("pk").first() or PodcastShow(is_demo=True)
    if show.is_demo:
        for field, value in DEMO_SHOW.items():
            setattr(show, field, value)
        _attach(show.artwork, artwork_png(), "podcast.png", validate_poster)
        show.full_clean(exclude=["artwork"])  # validated above
        show.save()

    audio_bytes = (Path(__file__).resolve().parent / "files" / "demo-episode.mp3").read_bytes()
    episodes = []
    for spec in DEMO_EPISODES:
        episode, _ = Episode.objects.update_or_create(
            slug=spec["slug"],
            defaults={
                "show": show,
                "title": spec["title"],
                "number": spec["number"],
                "steps": spec["steps"],
                "summary": spec["summary"],
                "show_notes": spec["show_notes"],
                "duration_seconds": spec["duration_seconds"],
                "transcript": spec["transcript"],
                "is_demo": True,
            },
        )
        if _attach(episode.audio_file, audio_bytes, f"{episode.slug}.mp3", validate_audio):
            episode.save(update_fields=["audio_file"])
        episode.full_clean(exclude=["audio_file"])  # validated above
        episode_saved(episode=episode)
        episodes.append(episode_publish(episode=episode, actor=editor))
    return episodes


def seed_stories() -> list:
    """The demo articles and success stories (portal/demo/story_content.py), written, sent for
    approval and approved by the demo editor through the services, and marked as demo content.
    The success stories are short summaries of public cases that link to their vpt.dk articles.

    Re-runs change nothing unless the content module changed (then one new revision). The
    publication dates are spread over the last weeks so the lists have a stable order."""
    import datetime

    from django.utils import timezone

    from media_library.models import Story, StoryStatus
    from media_library.news import services
    from municipalities.models import Municipality

    from .story_content import DEMO_STORIES

    editor = User.objects.get(email="redaktoer@demo.invalid")
    stories = []
    for spec in DEMO_STORIES:
        spec = dict(spec)
        days_ago = spec.pop("days_ago")
        audiences = spec.pop("audiences")
        quotes = spec.pop("quotes")
        name = spec.pop("municipality")
        spec["municipality"] = Municipality.objects.get(name=name) if name else None
        story = Story.objects.filter(slug=spec["slug"]).first()
        if story is not None and not story.is_demo:
            stories.append(story)  # a real story took the address: leave it alone
            continue
        if story is None or _story_differs(story, spec, audiences):
            story = services.story_save(
                actor=editor, story=story, fields=spec, audiences=audiences, quotes=quotes
            )
        if not story.is_demo:
            Story.objects.filter(pk=story.pk).update(is_demo=True)
        if story.status in (StoryStatus.DRAFT, StoryStatus.UNPUBLISHED):
            story = services.story_submit(actor=editor, story=story)
        if story.status == StoryStatus.PENDING:
            story = services.story_approve(actor=editor, story=story)
            published_at = timezone.now() - datetime.timedelta(days=days_ago)
            Story.objects.filter(pk=story.pk).update(published_at=published_at)
        stories.append(story)
    return stories


def _story_differs(story, spec: dict, audiences: list[str]) -> bool:
    from media_library.news.services import sanitized

    stored = sanitized(spec)  # as story_save would store it
    if any(getattr(story, field) != value for field, value in stored.items()):
        return True
    return story.audiences != sorted(audiences)


def _font(size: int):
    """DejaVu Sans where it is installed: Pillow's built-in font has no æ, ø, å or é."""
    from PIL import ImageFont

    try:
        return ImageFont.truetype("DejaVuSans.ttf", size)
    except OSError:
        return ImageFont.load_default(size=size)


def _attach(field_file, data: bytes, name: str, validator) -> bool:
    """Stores data in the file field unless it already holds exactly that; the replaced file
    is deleted once the transaction commits. Returns whether the field changed."""
    from django.core.files.base import ContentFile

    upload = ContentFile(data, name=name)
    validator(upload)  # a broken demo file fails loudly, before anything is stored
    storage, old_name = field_file.storage, field_file.name
    if old_name and storage.exists(old_name):
        with storage.open(old_name, "rb") as stored:
            if stored.read() == data:
                return False
    field_file.save(upload.name, upload, save=False)  # upload_to picks the stored name
    if old_name:
        transaction.on_commit(lambda: storage.delete(old_name))
    return True
