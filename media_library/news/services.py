"""Writes for stories: one service per change of content or status. Each writes one revision
(who, what, when and the content as it then was) and refreshes what is shown about stories.

    kladde ──send──▶ til godkendelse ──godkend──▶ publiceret (or planlagt until publish_at)
       ▲                  │                          │
       └──────send tilbage┘            afpublicer ◀──┘ (or at unpublish_at)
"""

from datetime import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from portal.accounts.models import User
from portal.richtext import sanitize_html

from ..caching import bump_stories_version
from ..exceptions import CannotPublish, NotAllowed
from ..models import (
    Story,
    StoryAction,
    StoryAudienceRow,
    StoryKind,
    StoryQuote,
    StoryRevision,
    StoryStatus,
)

# Fields that hold rich text: sanitised on write (quality.md R2).
RICH_TEXT_FIELDS = ("body", "challenge", "solution", "trial_action")
# The content fields a revision keeps and the editor's form writes.
CONTENT_FIELDS = (
    "kind", "title", "slug", "summary", "body", "municipality_id", "course_id", "area",
    "workplace", "participants", "challenge", "governance_origin", "four_f", "solution",
    "trial_action", "expected_effect", "measurement_method", "result_product", "result_process",
    "effect_citizen", "effect_task", "effect_work_environment", "next_steps", "step_reached",
    "vpt_url", "video_id", "episode_id",
)  # fmt: skip
# What a story must have before it can be sent for approval. A success story may be a short
# summary that links to vpt.dk, so of its sections it needs only some text to read.
REQUIRED = {
    StoryKind.ARTICLE: ("title", "summary", "body"),
    StoryKind.SUCCESS_STORY: ("title", "summary", "municipality_id"),
}
EDITABLE_STATUSES = {StoryStatus.DRAFT, StoryStatus.PENDING, StoryStatus.UNPUBLISHED}
# Paths under /viden/ that are pages of their own, not stories: a story there is unreachable.
RESERVED_SLUGS = frozenset({"feed", "redaktion", "forloeb"})


class StaleStory(CannotPublish):
    """Someone else saved the story after this editor opened it."""


def _require(actor: User, perm: str, message: str) -> None:
    if not (actor.is_active and actor.has_perm(perm)):
        raise NotAllowed(message)


def sanitized(fields: dict) -> dict:
    """`fields` with their rich text sanitised (quality.md R2): what is stored is safe to show."""
    return {
        name: sanitize_html(value or "") if name in RICH_TEXT_FIELDS else value
        for name, value in fields.items()
    }


def _snapshot(story: Story) -> dict:
    content = {field: getattr(story, field) for field in CONTENT_FIELDS}
    content["audiences"] = sorted(row.audience for row in story.audience_rows.all())
    content["quotes"] = [
        {
            "text": quote.text,
            "name": quote.name,
            "role": quote.role,
            "consent_date": quote.consent_date.isoformat(),
            "consent_note": quote.consent_note,
        }
        for quote in story.quotes.all()
    ]
    content["publish_at"] = story.publish_at.isoformat() if story.publish_at else None
    content["unpublish_at"] = story.unpublish_at.isoformat() if story.unpublish_at else None
    return content


def _record(story: Story, action: str, actor: User | None, note: str = "") -> StoryRevision:
    number = (story.revisions.order_by("-number").values_list("number", flat=True).first() or 0) + 1
    bump_stories_version()
    return StoryRevision.objects.create(
        story=story,
        number=number,
        action=action,
        status=story.status,
        actor=actor,
        note=note,
        content=_snapshot(story),
    )


def _locked(story: Story) -> Story:
    return Story.objects.select_for_update().get(pk=story.pk)


def unique_slug(title: str, *, exclude_pk: int | None = None) -> str:
    base = slugify(title)[:100] or "historie"
    slug, number = base, 2
    taken = Story.objects.exclude(pk=exclude_pk)
    while slug in RESERVED_SLUGS or taken.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


def _write_related(story: Story, audiences, quotes) -> None:
    if audiences is not None:
        story.audience_rows.all().delete()
        StoryAudienceRow.objects.bulk_create(
            StoryAudienceRow(story=story, audience=audience) for audience in sorted(set(audiences))
        )
    if quotes is not None:
        story.quotes.all().delete()
        StoryQuote.objects.bulk_create(
            StoryQuote(story=story, position=index, **quote) for index, quote in enumerate(quotes)
        )


@transaction.atomic
def story_save(
    *,
    actor: User,
    story: Story | None = None,
    fields: dict,
    audiences: list[str] | None = None,
    quotes: list[dict] | None = None,
    seen_revision: int | None = None,
) -> Story:
    """Creates or changes a story's content. Rich text is sanitised; a save based on an older
    revision than the stored one is refused, so two editors never overwrite each other. A
    published story may only be changed by someone who may publish."""
    _require(actor, "media_library.change_story", _("You may not edit stories."))
    fields = sanitized(fields)
    if story is None:
        story = Story(created_by=actor, **fields)
        if not story.slug:
            story.slug = unique_slug(story.title)
        story.save()
        action = StoryAction.CREATED
    else:
        story = _locked(story)
        if seen_revision is not None and seen_revision != story.revision:
            raise StaleStory(
                _(
                    "Someone else saved this story while you were editing it. Your text is "
                    "kept below: copy what you need, reload the story and add it again."
                )
            )
        if story.status not in EDITABLE_STATUSES:
            _require(
                actor,
                "media_library.approve_story",
                _("Only an approver can change a published or scheduled story."),
            )
        for name, value in fields.items():
            setattr(story, name, value)
        if not story.slug:  # cleared in the form: made from the title, as for a new story
            story.slug = unique_slug(story.title, exclude_pk=story.pk)
        story.revision += 1
        story.save()
        action = StoryAction.SAVED
    _write_related(story, audiences, quotes)
    _record(story, action, actor)
    return story


@transaction.atomic
def story_suggest_from_course(*, actor: User, course, fields: dict) -> Story:
    """A facilitator suggests a success story from a course they run: it lands as a draft in
    the editors' queue, with the course and municipality filled in."""
    from municipalities.models import Course

    if not Course.objects.editable_by(actor).filter(pk=course.pk).exists():
        raise NotAllowed(_("You may not suggest stories from this course."))
    fields = sanitized(fields)
    story = Story(
        kind=StoryKind.SUCCESS_STORY,
        course=course,
        municipality_id=course.municipality_id,
        created_by=actor,
        submitted_by=actor,
        **fields,
    )
    story.slug = unique_slug(story.title)
    story.save()
    _record(story, StoryAction.SUGGESTED, actor)
    return story


def missing_for_approval(story: Story) -> list[str]:
    """The labels of the fields the story still needs before it can be sent for approval."""
    missing = [
        Story._meta.get_field(name.removesuffix("_id")).verbose_name
        for name in REQUIRED[story.kind]
        if not getattr(story, name)
    ]
    if story.kind == StoryKind.SUCCESS_STORY and not any(
        getattr(story, name) for name in RICH_TEXT_FIELDS
    ):
        missing.append(_("the bøvl, the solution, the trial action or the text"))
    if not story.audience_rows.exists():
        missing.append(_("audiences"))
    return [str(label) for label in missing]


@transaction.atomic
def story_submit(*, actor: User, story: Story) -> Story:
    """Kladde → til godkendelse, when the story has what a reader needs."""
    _require(actor, "media_library.change_story", _("You may not edit stories."))
    story = _locked(story)
    if story.status not in (StoryStatus.DRAFT, StoryStatus.UNPUBLISHED):
        raise CannotPublish(_("Only a draft can be sent for approval."))
    missing = missing_for_approval(story)
    if missing:
        raise CannotPublish(
            _("Fill in before sending for approval: %(fields)s.") % {"fields": ", ".join(missing)}
        )
    story.status = StoryStatus.PENDING
    story.review_note = ""
    story.save(update_fields=["status", "review_note", "updated_at"])
    _record(story, StoryAction.SUBMITTED, actor)
    return story


@transaction.atomic
def story_reject(*, actor: User, story: Story, note: str) -> Story:
    """Til godkendelse → kladde, with the approver's note on what to change."""
    _require(actor, "media_library.approve_story", _("You may not approve stories."))
    if not note.strip():
        raise CannotPublish(_("Tell the writer what to change."))
    story = _locked(story)
    if story.status != StoryStatus.PENDING:
        raise CannotPublish(_("Only a story awaiting approval can be sent back."))
    story.status = StoryStatus.DRAFT
    story.review_note = note
    story.save(update_fields=["status", "review_note", "updated_at"])
    _record(story, StoryAction.REJECTED, actor, note)
    return story


def _publish(story: Story, actor: User | None) -> Story:
    # The first publication's time is kept; a scheduled story counts from its planned time,
    # however late beat gets to it.
    story.status = StoryStatus.PUBLISHED
    story.published_at = story.published_at or story.publish_at or timezone.now()
    story.save(update_fields=["status", "published_at", "updated_at"])
    _record(story, StoryAction.PUBLISHED, actor)
    return story


def _unpublish(story: Story, actor: User | None, note: str = "") -> Story:
    story.status = StoryStatus.UNPUBLISHED
    story.save(update_fields=["status", "updated_at"])
    _record(story, StoryAction.UNPUBLISHED, actor, note)
    return story


@transaction.atomic
def story_approve(
    *,
    actor: User,
    story: Story,
    publish_at: datetime | None = None,
    unpublish_at: datetime | None = None,
) -> Story:
    """Til godkendelse → publiceret now, or planlagt until `publish_at` (beat publishes it).
    `unpublish_at` takes it down again at that time."""
    _require(actor, "media_library.approve_story", _("You may not approve stories."))
    story = _locked(story)
    if story.status != StoryStatus.PENDING:
        raise CannotPublish(_("Only a story awaiting approval can be approved."))
    now = timezone.now()
    if unpublish_at and unpublish_at <= max(publish_at or now, now):
        raise CannotPublish(_("The unpublishing time must come after the publishing time."))
    story.publish_at, story.unpublish_at = publish_at, unpublish_at
    story.review_note = ""
    if publish_at and publish_at > now:
        story.status = StoryStatus.SCHEDULED
        story.save(
            update_fields=["status", "publish_at", "unpublish_at", "review_note", "updated_at"]
        )
        _record(story, StoryAction.SCHEDULED, actor)
        return story
    story.save(update_fields=["publish_at", "unpublish_at", "review_note", "updated_at"])
    return _publish(story, actor)


@transaction.atomic
def story_unpublish(*, actor: User, story: Story) -> Story:
    """Publiceret or planlagt → afpubliceret, now."""
    _require(actor, "media_library.approve_story", _("You may not unpublish stories."))
    story = _locked(story)
    if story.status not in (StoryStatus.PUBLISHED, StoryStatus.SCHEDULED):
        raise CannotPublish(_("The story is not published or scheduled."))
    return _unpublish(story, actor)


@transaction.atomic
def story_set_unpublish_at(*, actor: User, story: Story, unpublish_at: datetime | None) -> Story:
    """Plans (or cancels) when a published or scheduled story comes down."""
    _require(actor, "media_library.approve_story", _("You may not unpublish stories."))
    story = _locked(story)
    if story.status not in (StoryStatus.PUBLISHED, StoryStatus.SCHEDULED):
        raise CannotPublish(_("The story is not published or scheduled."))
    start = max(story.publish_at or timezone.now(), timezone.now())
    if unpublish_at and unpublish_at <= start:
        raise CannotPublish(_("The unpublishing time must come after the publishing time."))
    story.unpublish_at = unpublish_at
    story.save(update_fields=["unpublish_at", "updated_at"])
    _record(story, StoryAction.SAVED, actor, _("Unpublishing time changed."))
    return story


def publish_due_stories(now: datetime | None = None) -> tuple[int, int]:
    """Beat: publishes the scheduled stories whose time has come and takes down the published
    ones whose unpublishing time has passed. Each story in its own transaction, locked and
    re-checked, so two runs at once change each story once. Returns (published, unpublished)."""
    now = now or timezone.now()
    published = unpublished = 0
    due = Story.objects.filter(status=StoryStatus.SCHEDULED, publish_at__lte=now)
    for pk in due.values_list("pk", flat=True):
        with transaction.atomic():
            story = Story.objects.select_for_update(skip_locked=True).filter(pk=pk).first()
            if story and story.status == StoryStatus.SCHEDULED and story.publish_at <= now:
                _publish(story, None)
                published += 1
    expired = Story.objects.filter(status=StoryStatus.PUBLISHED, unpublish_at__lte=now)
    for pk in expired.values_list("pk", flat=True):
        with transaction.atomic():
            story = Story.objects.select_for_update(skip_locked=True).filter(pk=pk).first()
            if story and story.status == StoryStatus.PUBLISHED and story.unpublish_at <= now:
                _unpublish(story, None, _("Unpublished at the planned time."))
                unpublished += 1
    return published, unpublished
