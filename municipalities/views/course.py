"""The course page and everything a facilitator records on it."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import models
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.backends.utils import csrf_input
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.decorators.http import require_POST

from .. import course_tabs
from ..caching import cached_fragment
from ..exceptions import CourseError
from ..forms import (
    AdvanceForm,
    AgreementForm,
    ChallengeForm,
    MeasurementForm,
    RollbackForm,
    SparringSessionForm,
    TrialActionForm,
    WorkshopForm,
)
from ..models import (
    Agreement,
    Challenge,
    Course,
    GateItem,
    Measurement,
    SparringSession,
    TrialAction,
    Workshop,
)
from ..selectors import course_timeline, gate_status
from ..services import (
    course_advance,
    course_record_delete,
    course_record_save,
    course_rollback,
    gate_item_set,
)

# Stands for the CSRF field inside the cached overview; each response puts its own token there.
CSRF_MARKER = "<!--portal:csrf-field-->"
SAFE_CSRF_MARKER = mark_safe(CSRF_MARKER)  # noqa: S308  (a constant, no user input)


@login_required
def course_detail(request, pk: int):
    """The course's overview: phases, exit criteria, agreement, members and history.

    The overview is rendered once per course, version of the course data, language, day and
    the user's powers over it, then served from the cache; only the CSRF field of its forms
    is per response (quality.md P1).
    """
    course = get_object_or_404(
        Course.objects.visible_to(request.user)
        .select_related("municipality__region")
        .prefetch_related("members"),
        pk=pk,
    )
    can_edit = course.is_run_by(request.user)
    can_rollback = request.user.has_perm("municipalities.rollback_phase")
    template = "municipalities/course_detail.html"
    overview = cached_fragment(
        request,
        name="course-overview",
        template=f"{template}#overview",
        build=lambda: _overview_context(course.pk, can_edit, can_rollback, SAFE_CSRF_MARKER),
        vary=[
            course.pk,
            can_edit,
            can_rollback,
            request.user.has_perm("municipalities.manage_courses"),
            # The tabs other apps add may depend on the user (e.g. members only).
            [tab.url_name for tab in course_tabs.visible_tabs(request.user, course)],
        ],
    )
    overview = mark_safe(overview.replace(CSRF_MARKER, str(csrf_input(request))))  # noqa: S308
    return render(request, template, {"course": course, "overview_html": overview})


def _overview_context(pk: int, can_edit: bool, can_rollback: bool, csrf_field) -> dict:
    course = Course.objects.for_overview().get(pk=pk)
    return {
        "course": course,
        "can_edit": can_edit,
        "can_rollback": can_rollback,
        "csrf_field": csrf_field,
        "gate": gate_status(course),
        "timeline": course_timeline(course),
        "advance_form": AdvanceForm(initial={"expected_phase": course.phase}),
        "rollback_form": RollbackForm(initial={"expected_phase": course.phase}),
    }


@login_required
def course_workshops(request, pk: int):
    course = get_object_or_404(Course.objects.visible_to(request.user).for_workshops(), pk=pk)
    return render(
        request,
        "municipalities/course_workshops.html",
        {"course": course, "can_edit": course.is_run_by(request.user)},
    )


@login_required
def course_challenges(request, pk: int):
    course = get_object_or_404(Course.objects.visible_to(request.user).for_challenges(), pk=pk)
    return render(
        request,
        "municipalities/course_challenges.html",
        {"course": course, "can_edit": course.is_run_by(request.user)},
    )


def _editable_course(request, pk: int) -> Course:
    return get_object_or_404(Course.objects.editable_by(request.user), pk=pk)


@login_required
def agreement_document(request, pk: int):
    """The signed agreement, for everyone who may see the course; always as a download."""
    course = get_object_or_404(Course.objects.visible_to(request.user), pk=pk)
    agreement = get_object_or_404(Agreement.objects.exclude(document=""), course=course)
    return FileResponse(
        agreement.document.open("rb"),
        as_attachment=True,
        filename=f"aftale-{slugify(course.municipality.name)}-{course.pk}.pdf",
        content_type="application/pdf",
    )


@login_required
@require_POST
def course_advance_view(request, pk: int):
    course = _editable_course(request, pk)
    form = AdvanceForm(request.POST)
    if form.is_valid():
        try:
            change = course_advance(
                course=course,
                actor=request.user,
                expected_phase=form.cleaned_data["expected_phase"],
                override_reason=form.cleaned_data["override_reason"],
            )
        except CourseError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                _("The course is now in %(phase)s.") % {"phase": change.get_to_phase_display()},
            )
    else:
        messages.error(request, _("The form could not be read. Try again."))
    return redirect("municipalities:course", pk=course.pk)


@login_required
@require_POST
def course_rollback_view(request, pk: int):
    course = get_object_or_404(Course.objects.visible_to(request.user), pk=pk)
    if not request.user.has_perm("municipalities.rollback_phase"):
        raise Http404
    form = RollbackForm(request.POST)
    if form.is_valid():
        try:
            change = course_rollback(
                course=course,
                actor=request.user,
                expected_phase=form.cleaned_data["expected_phase"],
                reason=form.cleaned_data["reason"],
            )
        except CourseError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                _("The course has been moved back to %(phase)s.")
                % {"phase": change.get_to_phase_display()},
            )
    else:
        messages.error(
            request, form.errors["reason"][0] if "reason" in form.errors else _("Try again.")
        )
    return redirect("municipalities:course", pk=course.pk)


@login_required
@require_POST
def gate_item_toggle(request, pk: int, item_pk: int):
    course = _editable_course(request, pk)
    item = get_object_or_404(GateItem.objects.active(), pk=item_pk)
    try:
        gate_item_set(
            course=course, item=item, actor=request.user, done=request.POST.get("done") == "1"
        )
    except CourseError as error:
        messages.error(request, error.message)
    course.refresh_from_db()
    if request.htmx:
        return render(
            request,
            "municipalities/course_detail.html#gate",
            {
                "course": course,
                "can_edit": True,
                "csrf_field": csrf_input(request),
                "gate": gate_status(course),
                "advance_form": AdvanceForm(initial={"expected_phase": course.phase}),
            },
        )
    return redirect(f"{course.get_absolute_url()}#gate")


@method_decorator(login_required, name="dispatch")
class CourseRecordView(View):
    """Create, edit or delete one kind of record that belongs to a course.

    Subclasses name the model, its form and how the record reaches its course; the course
    (and any parent record) is looked up among the courses the user may run, so a wrong
    user gets 404, and the write goes through the course_record services.
    """

    model: type[models.Model]
    form_class: type
    course_path: str = "course"
    parent_model: type[models.Model] | None = None
    parent_field: str = ""
    title_new = gettext_lazy("New")
    title_edit = gettext_lazy("Edit")
    anchor = ""
    tab = "municipalities:course"
    template_name = "municipalities/record_form.html"

    def dispatch(self, request, **kwargs):
        self.load(request, **kwargs)
        return super().dispatch(request)

    def load(self, request, pk: int, record_pk: int | None = None, parent_pk: int | None = None):
        self.course = _editable_course(request, pk)
        if record_pk is not None:
            self.record = get_object_or_404(
                self.model.objects.filter(**{self.course_path: self.course}), pk=record_pk
            )
        else:
            self.record = self.model(**self.new_record_fields(parent_pk))

    def new_record_fields(self, parent_pk: int | None) -> dict:
        if self.parent_model is None:
            return {"course": self.course}
        parent_path = self.course_path.split("__", 1)[1]
        parent = get_object_or_404(
            self.parent_model.objects.filter(**{parent_path: self.course}), pk=parent_pk
        )
        return {self.parent_field: parent}

    def get(self, request):
        return self.render_form(self.form_class(instance=self.record))

    def post(self, request):
        if "delete" in request.POST and self.record.pk:
            course_record_delete(record=self.record, actor=request.user)
            messages.success(request, _("Deleted."))
            return self.back()
        form = self.form_class(request.POST, request.FILES, instance=self.record)
        if form.is_valid():
            try:
                course_record_save(record=form.instance, actor=request.user)
            except CourseError as error:
                messages.error(request, error.message)
            except ValidationError as error:
                # Somebody else saved the same record meanwhile (e.g. the agreement).
                form.add_error(None, error)
            else:
                messages.success(request, _("Saved."))
                return self.back()
        return self.render_form(form)

    def back_url(self) -> str:
        return f"{reverse(self.tab, args=[self.course.pk])}#{self.anchor}"

    def back(self):
        return redirect(self.back_url())

    def render_form(self, form):
        return render(
            self.request,
            self.template_name,
            {
                "course": self.course,
                "form": form,
                "record": self.record,
                "title": self.title_edit if self.record.pk else self.title_new,
                "back_url": self.back_url(),
            },
        )


class WorkshopView(CourseRecordView):
    model, form_class, anchor = Workshop, WorkshopForm, "workshops"
    tab = "municipalities:course_workshops"
    title_new, title_edit = gettext_lazy("New workshop"), gettext_lazy("Edit workshop")


class SparringView(CourseRecordView):
    model, form_class, anchor = SparringSession, SparringSessionForm, "sparring"
    tab = "municipalities:course_workshops"
    title_new, title_edit = (
        gettext_lazy("New sparring session"),
        gettext_lazy("Edit sparring session"),
    )


class ChallengeView(CourseRecordView):
    model, form_class, anchor = Challenge, ChallengeForm, "challenges"
    tab = "municipalities:course_challenges"
    title_new, title_edit = gettext_lazy("New challenge"), gettext_lazy("Edit challenge")


class TrialActionView(CourseRecordView):
    model, form_class, anchor = TrialAction, TrialActionForm, "challenges"
    tab = "municipalities:course_challenges"
    course_path, parent_model, parent_field = "challenge__course", Challenge, "challenge"
    title_new, title_edit = gettext_lazy("New trial action"), gettext_lazy("Edit trial action")


class MeasurementView(CourseRecordView):
    model, form_class, anchor = Measurement, MeasurementForm, "challenges"
    tab = "municipalities:course_challenges"
    course_path = "trial_action__challenge__course"
    parent_model, parent_field = TrialAction, "trial_action"
    title_new, title_edit = gettext_lazy("New measurement"), gettext_lazy("Edit measurement")


class AgreementView(CourseRecordView):
    model, form_class, anchor = Agreement, AgreementForm, "agreement"
    title_new = title_edit = gettext_lazy("Agreement")

    def load(self, request, pk: int):
        self.course = _editable_course(request, pk)
        self.record = Agreement.objects.filter(course=self.course).first() or Agreement(
            course=self.course
        )
