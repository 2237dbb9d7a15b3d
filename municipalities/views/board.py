"""Staff pages across all courses: the portfolio board, the table of all municipalities,
starting a course and choosing who takes part in it."""

from django import forms
from django.contrib import messages
from django.db import models
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from portal.access import permission_or_404
from portal.accounts.models import User

from .. import board_filters
from ..caching import cached_fragment
from ..exceptions import CourseError
from ..forms import DateInput
from ..models import (
    Course,
    CourseMember,
    CourseRole,
    FacilitationModel,
    GateItem,
    Municipality,
    Phase,
)
from ..selectors import municipalities_per_phase
from ..services import course_member_remove, course_member_set, course_start


def facilitator_candidates():
    """Active users who may facilitate courses (by permission, not by group name)."""
    grants = models.Q(
        groups__permissions__codename="facilitate_course",
        groups__permissions__content_type__app_label="municipalities",
    ) | models.Q(
        user_permissions__codename="facilitate_course",
        user_permissions__content_type__app_label="municipalities",
    )
    return User.objects.filter(grants, is_active=True).distinct().order_by("full_name", "pk")


class PersonChoiceMixin:
    def label_from_instance(self, obj):
        return f"{obj} – {obj.job_title}" if obj.job_title else str(obj)


class PersonChoiceField(PersonChoiceMixin, forms.ModelChoiceField):
    pass


class PeopleChoiceField(PersonChoiceMixin, forms.ModelMultipleChoiceField):
    pass


# --- The portfolio board ---------------------------------------------------------------------


class BoardFilterForm(forms.Form):
    """The board's filters. Choices come from rows the view has already loaded, so
    validating a choice costs no query."""

    region = forms.TypedChoiceField(
        label=gettext_lazy("Region"), coerce=int, required=False, empty_value=None
    )
    facilitator = forms.TypedChoiceField(
        label=gettext_lazy("Facilitator"), coerce=int, required=False, empty_value=None
    )
    facilitation_model = forms.ChoiceField(label=gettext_lazy("Facilitation model"), required=False)

    def __init__(self, data, *, regions, people, groupings=()):
        super().__init__(data)
        # Filters other apps contribute (e.g. the learning cluster): see board_filters.
        for grouping, groups in groupings:
            self.fields[grouping.name] = forms.TypedChoiceField(
                label=grouping.label,
                coerce=int,
                required=False,
                empty_value=None,
                choices=[("", grouping.all_label), *((g.value, g.label) for g in groups)],
            )
        self.fields["region"].choices = [
            ("", _("All regions")),
            *((region.pk, region.name) for region in regions),
        ]
        self.fields["facilitator"].choices = [
            ("", _("All facilitators")),
            *((person.pk, str(person)) for person in people),
        ]
        self.fields["facilitation_model"].choices = [
            ("", _("All facilitation models")),
            *FacilitationModel.choices,
        ]
        for field in self.fields.values():
            field.widget.attrs["class"] = "form-select"

    @property
    def filters(self) -> dict:
        """The valid filters; a tampered value is ignored (and shown as an error)."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}


@permission_or_404("municipalities.view_all_courses")
def board(request):
    """The portfolio board: a column per phase and a card per course, with filters.

    The board itself is rendered once per version of the course data (bumped by every course
    service), language, day (days in phase) and filter, and then served from the cache: with
    hundreds of courses, rendering the cards is most of the page's cost (quality.md P1).
    """
    board_html = cached_fragment(
        request,
        name="board",
        template="municipalities/board.html#board",
        build=lambda: _board_context(request),
        vary=[urlencode(sorted(request.GET.items()))],
    )
    return render(request, "municipalities/board.html", {"board_html": board_html})


def _board_context(request) -> dict:
    courses = list(
        Course.objects.for_dashboard()
        .with_facilitators()
        .order_by("municipality__name", "-start_date", "pk")
    )
    # The filters offer the regions and external facilitators found on the board and filter
    # the rows already loaded: the unfiltered board (the usual view) needs every course
    # anyway, so filtering adds no query (quality.md P3: at most 10 per page).
    regions = {course.municipality.region_id: course.municipality.region for course in courses}
    people = {
        member.user_id: member.user for course in courses for member in course.facilitator_members
    }
    groupings = [(grouping, grouping.groups()) for grouping in board_filters.GROUPINGS.values()]
    form = BoardFilterForm(
        request.GET,
        regions=sorted(regions.values(), key=lambda region: region.code),
        people=sorted(people.values(), key=lambda person: (person.full_name, person.pk)),
        groupings=groupings,
    )
    filters = form.filters
    for grouping, groups in groupings:
        if grouping.name in filters:
            members = next(g.municipality_ids for g in groups if g.value == filters[grouping.name])
            courses = [c for c in courses if c.municipality_id in members]
    if "region" in filters:
        courses = [c for c in courses if c.municipality.region_id == filters["region"]]
    if "facilitator" in filters:
        courses = [
            c
            for c in courses
            if any(m.user_id == filters["facilitator"] for m in c.facilitator_members)
        ]
    if "facilitation_model" in filters:
        courses = [c for c in courses if c.facilitation_model == filters["facilitation_model"]]
    totals = GateItem.objects.counts_by_phase()
    columns = [{"phase": phase, "cards": []} for phase in Phase]
    for course in courses:
        # Texts are put together here rather than in the template: a card is rendered per
        # course, and template tags per card dominate the page's CPU time (quality.md P1).
        columns[course.phase]["cards"].append(
            {
                "course": course,
                "facilitators": ", ".join(m.user.full_name for m in course.facilitator_members),
                "gate": _("%(done)s of %(total)s")
                % {"done": course.gate_done, "total": totals.get(course.phase, 0)},
            }
        )
    return {
        "form": form,
        "filtered": bool(filters),
        "columns": columns,
        "course_count": sum(len(column["cards"]) for column in columns),
        "history": municipalities_per_phase(),
    }


# --- All municipalities ----------------------------------------------------------------------


@permission_or_404("municipalities.view_all_courses")
def municipalities(request):
    """All 98 municipalities with the phase of their current course, or not started."""
    current = Course.objects.filter(municipality=models.OuterRef("pk")).order_by(
        # The latest course that is not closed; a municipality with only closed ones shows
        # its latest.
        models.Case(models.When(phase=Phase.CLOSED, then=1), default=0),
        "-start_date",
        "-pk",
    )
    table_html = cached_fragment(
        request,
        name="municipalities",
        template="municipalities/municipalities_table.html#table",
        build=lambda: _municipalities_context(current),
        vary=[request.user.has_perm("municipalities.manage_courses")],
    )
    return render(request, "municipalities/municipalities_table.html", {"table_html": table_html})


def _municipalities_context(current) -> dict:
    rows = [
        {
            "municipality": municipality,
            "course_pk": municipality.course_pk,
            "course_title": municipality.course_title,
            "phase": Phase(municipality.course_phase)
            if municipality.course_phase is not None
            else None,
        }
        for municipality in Municipality.objects.with_region()
        .annotate(
            course_pk=models.Subquery(current.values("pk")[:1]),
            course_title=models.Subquery(current.values("title")[:1]),
            course_phase=models.Subquery(current.values("phase")[:1]),
        )
        .order_by("name")
    ]
    started = sum(1 for row in rows if row["phase"] is not None)
    return {"rows": rows, "started": started, "not_started": len(rows) - started}


# --- Starting a course -----------------------------------------------------------------------


class CourseStartForm(forms.ModelForm):
    facilitators = PeopleChoiceField(
        label=gettext_lazy("External facilitators"),
        queryset=User.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    key_persons = PeopleChoiceField(
        label=gettext_lazy("Key persons in the municipality"),
        queryset=User.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=gettext_lazy("Internal consultants and other local key persons."),
    )

    class Meta:
        model = Course
        fields = ["title", "area", "facilitation_model", "approach", "start_date", "end_date"]
        widgets = {"start_date": DateInput(), "end_date": DateInput()}

    def __init__(self, *args, municipality: Municipality, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.municipality = municipality
        self.fields["facilitators"].queryset = facilitator_candidates()
        self.fields["key_persons"].queryset = User.objects.filter(
            is_active=True, municipality=municipality
        ).order_by("full_name", "pk")

    def clean(self):
        cleaned = super().clean()
        starts, ends = cleaned.get("start_date"), cleaned.get("end_date")
        if starts and ends and ends < starts:
            self.add_error("end_date", _("The end date cannot be before the start date."))
        twice = set(cleaned.get("facilitators") or ()) & set(cleaned.get("key_persons") or ())
        if twice:
            self.add_error(
                "key_persons",
                _("A person can have only one role in the course: %(names)s.")
                % {"names": ", ".join(sorted(str(person) for person in twice))},
            )
        return cleaned

    def members(self) -> list[tuple[User, str]]:
        return [
            *(
                (person, CourseRole.EXTERNAL_FACILITATOR)
                for person in self.cleaned_data["facilitators"]
            ),
            *((person, CourseRole.KEY_PERSON) for person in self.cleaned_data["key_persons"]),
        ]


@permission_or_404("municipalities.manage_courses")
@require_http_methods(["GET", "POST"])
def course_start_view(request, code: str):
    municipality = get_object_or_404(Municipality.objects.with_region(), code=code)
    form = CourseStartForm(
        request.POST if request.method == "POST" else None,
        municipality=municipality,
        initial={"start_date": timezone.localdate()},
    )
    if form.is_valid():
        data = form.cleaned_data
        try:
            course = course_start(
                municipality=municipality,
                actor=request.user,
                title=data["title"],
                area=data["area"],
                facilitation_model=data["facilitation_model"],
                approach=data["approach"],
                start_date=data["start_date"],
                end_date=data["end_date"],
                members=form.members(),
            )
        except CourseError as error:
            form.add_error(None, error.message)
        else:
            messages.success(
                request,
                _("The course has started in %(phase)s.") % {"phase": course.phase_label},
            )
            return redirect(course)
    return render(
        request,
        "municipalities/course_start.html",
        {"municipality": municipality, "form": form},
    )


# --- Who takes part in a course --------------------------------------------------------------


class MemberAddForm(forms.Form):
    user = PersonChoiceField(label=gettext_lazy("Person"), queryset=User.objects.none())
    role = forms.ChoiceField(label=gettext_lazy("Role in the course"), choices=CourseRole.choices)

    def __init__(self, *args, course: Course, **kwargs):
        super().__init__(*args, **kwargs)
        # The municipality's own people and the facilitators, minus those already in it.
        self.fields["user"].queryset = (
            User.objects.filter(is_active=True)
            .filter(
                models.Q(municipality_id=course.municipality_id)
                | models.Q(pk__in=facilitator_candidates().values("pk"))
            )
            .exclude(course_memberships__course=course)
            .order_by("full_name", "pk")
        )


class MemberRoleForm(forms.Form):
    member = forms.ModelChoiceField(queryset=CourseMember.objects.none(), widget=forms.HiddenInput)
    role = forms.ChoiceField(label=gettext_lazy("Role in the course"), choices=CourseRole.choices)

    def __init__(self, *args, course: Course, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["member"].queryset = CourseMember.objects.filter(course=course).select_related(
            "user"
        )


def _managed_course(request, pk: int) -> Course:
    return get_object_or_404(
        Course.objects.visible_to(request.user).select_related("municipality"), pk=pk
    )


@permission_or_404("municipalities.manage_courses")
@require_http_methods(["GET", "POST"])
def course_members(request, pk: int):
    """Add people to a course or change their role in it."""
    course = _managed_course(request, pk)
    add_form = MemberAddForm(course=course)
    if request.method == "POST":
        if request.POST.get("action") == "role":
            form = MemberRoleForm(request.POST, course=course)
            person = form.cleaned_data["member"].user if form.is_valid() else None
        else:
            form = add_form = MemberAddForm(request.POST, course=course)
            person = form.cleaned_data["user"] if form.is_valid() else None
        if person is not None:
            try:
                member = course_member_set(
                    course=course, user=person, role=form.cleaned_data["role"], actor=request.user
                )
            except CourseError as error:
                messages.error(request, error.message)
            else:
                messages.success(
                    request,
                    _("%(name)s takes part as %(role)s.")
                    % {"name": person, "role": member.get_role_display()},
                )
            return redirect("municipalities:course_members", pk=course.pk)
        if isinstance(form, MemberRoleForm):
            messages.error(request, _("The role could not be changed. Try again."))
    members = course.members.select_related("user").order_by("user__full_name", "pk")
    return render(
        request,
        "municipalities/course_members.html",
        {
            "course": course,
            "add_form": add_form,
            "members": members,
            "roles": CourseRole.choices,
        },
    )


@permission_or_404("municipalities.manage_courses")
@require_POST
def course_member_remove_view(request, pk: int, member_pk: int):
    course = _managed_course(request, pk)
    member = get_object_or_404(
        CourseMember.objects.select_related("user"), course=course, pk=member_pk
    )
    try:
        course_member_remove(member=member, actor=request.user)
    except CourseError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request, _("%(name)s no longer takes part in the course.") % {"name": member.user}
        )
    return redirect("municipalities:course_members", pk=course.pk)
