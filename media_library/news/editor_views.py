"""The editors' workflow (write, preview, send for approval, approve or send back, schedule,
unpublish, history) and a facilitator's suggestion of a story from a course. Thin: the rules
are in news/services.py."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from municipalities.models import Course
from portal.access import permission_or_404

from ..exceptions import MediaError
from ..models import Story, StoryStatus
from . import selectors, services
from .forms import (
    ApproveForm,
    CourseStoryForm,
    QuoteFormSet,
    RejectForm,
    StoryForm,
    UnpublishAtForm,
    quote_initial,
)

EDIT = "media_library.change_story"
APPROVE = "media_library.approve_story"


def _story(request, pk: int, *related: str) -> Story:
    return get_object_or_404(
        Story.objects.editable_by(request.user).prefetch_related(*related), pk=pk
    )


@permission_or_404(EDIT)
def queue(request):
    return render(
        request, "news/editor_queue.html", {"queue": selectors.editor_queue(request.user)}
    )


@permission_or_404(EDIT)
def story_edit(request, pk: int | None = None):
    story = _story(request, pk, "audience_rows", "quotes") if pk is not None else None
    if request.method == "POST":
        form = StoryForm(request.POST, instance=story)
        quotes = QuoteFormSet(request.POST, prefix="quotes")
        if form.is_valid() and quotes.is_valid():
            try:
                saved = services.story_save(
                    actor=request.user,
                    story=story,
                    fields=form.service_fields(),
                    audiences=form.cleaned_data["audiences"],
                    quotes=quotes.quotes(),
                    seen_revision=form.cleaned_data.get("seen_revision"),
                )
            except MediaError as error:
                form.add_error(None, str(error))
            except IntegrityError:
                form.add_error("slug", _("Another story already has this address; choose another."))
            else:
                messages.success(request, _("%(story)s was saved.") % {"story": saved})
                return redirect("news:story_edit", pk=saved.pk)
    else:
        form = StoryForm(instance=story)
        quotes = QuoteFormSet(initial=quote_initial(story), prefix="quotes")
    context = {"story": story, "form": form, "quotes": quotes}
    if story is not None:
        context |= {
            "approve_form": ApproveForm(),
            "reject_form": RejectForm(),
            "unpublish_at_form": UnpublishAtForm(initial={"unpublish_at": story.unpublish_at}),
            "missing": services.missing_for_approval(story)
            if story.status in (StoryStatus.DRAFT, StoryStatus.UNPUBLISHED)
            else [],
        }
    return render(request, "news/story_form.html", context)


@permission_or_404(EDIT)
def preview(request, pk: int):
    """The story as readers will see it, before it is published."""
    story = selectors.story_for_reader(request.user, pk=pk)  # every story, for an editor
    if story is None:
        raise Http404
    response = render(request, "news/story_detail.html", {"story": story, "preview": True})
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


@permission_or_404(EDIT)
def history(request, pk: int):
    story = _story(request, pk)
    revisions = story.revisions.select_related("actor").order_by("-number")
    return render(request, "news/story_history.html", {"story": story, "revisions": revisions})


@permission_or_404(EDIT)
def revision(request, pk: int, number: int):
    story = _story(request, pk)
    kept = get_object_or_404(story.revisions.select_related("actor"), number=number)
    return render(request, "news/story_revision.html", {"story": story, "revision": kept})


def _act(request, pk: int, action, success: str):
    story = _story(request, pk)
    try:
        story = action(story)
    except MediaError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, success % {"story": story})
    return redirect("news:story_edit", pk=story.pk)


@require_POST
@permission_or_404(EDIT)
def submit(request, pk: int):
    return _act(
        request,
        pk,
        lambda story: services.story_submit(actor=request.user, story=story),
        _("%(story)s was sent for approval."),
    )


@require_POST
@permission_or_404(APPROVE)
def approve(request, pk: int):
    form = ApproveForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Check the times: %(errors)s") % {"errors": _errors(form)})
        return redirect("news:story_edit", pk=pk)
    return _act(
        request,
        pk,
        lambda story: services.story_approve(
            actor=request.user,
            story=story,
            publish_at=form.cleaned_data["publish_at"],
            unpublish_at=form.cleaned_data["unpublish_at"],
        ),
        _("%(story)s was approved."),
    )


@require_POST
@permission_or_404(APPROVE)
def reject(request, pk: int):
    form = RejectForm(request.POST)
    if not form.is_valid():
        messages.error(request, _errors(form))
        return redirect("news:story_edit", pk=pk)
    return _act(
        request,
        pk,
        lambda story: services.story_reject(
            actor=request.user, story=story, note=form.cleaned_data["note"]
        ),
        _("%(story)s was sent back to its writer."),
    )


@require_POST
@permission_or_404(APPROVE)
def unpublish(request, pk: int):
    return _act(
        request,
        pk,
        lambda story: services.story_unpublish(actor=request.user, story=story),
        _("%(story)s was unpublished."),
    )


@require_POST
@permission_or_404(APPROVE)
def set_unpublish_at(request, pk: int):
    form = UnpublishAtForm(request.POST)
    if not form.is_valid():
        messages.error(request, _errors(form))
        return redirect("news:story_edit", pk=pk)
    return _act(
        request,
        pk,
        lambda story: services.story_set_unpublish_at(
            actor=request.user, story=story, unpublish_at=form.cleaned_data["unpublish_at"]
        ),
        _("The unpublishing time of %(story)s was saved."),
    )


def _errors(form) -> str:
    return " ".join(str(error) for errors in form.errors.values() for error in errors)


@login_required
def course_stories(request, course_pk: int):
    """A course's stories, and the form with which its facilitators suggest one."""
    course = get_object_or_404(
        Course.objects.visible_to(request.user)
        .select_related("municipality__region")
        .prefetch_related("members"),
        pk=course_pk,
    )
    may_suggest = course.is_run_by(request.user)  # from the prefetched members, like the header
    if request.method == "POST":
        if not may_suggest:
            raise Http404
        form = CourseStoryForm(request.POST)
        if form.is_valid():
            try:
                story = services.story_suggest_from_course(
                    actor=request.user, course=course, fields=form.cleaned_data
                )
            except MediaError as error:
                form.add_error(None, str(error))
            else:
                messages.success(
                    request,
                    _("Thank you: %(story)s is with the editors, who will take it from here.")
                    % {"story": story},
                )
                return redirect("news:course_stories", course_pk=course.pk)
    else:
        form = CourseStoryForm()
    return render(
        request,
        "news/course_stories.html",
        {
            "course": course,
            "stories": selectors.stories_of_course(course),
            "form": form if may_suggest else None,
        },
    )
