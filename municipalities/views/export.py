"""The status of every course as a CSV file for Excel (columns documented in README.md)."""

import csv

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET

from ..models import GateItem
from ..selectors import courses_for_export

# The documented column names (README.md, "Course export (CSV)"). Spreadsheets and reports
# refer to them by name, so the file is always in Danish, whatever the page language.
COLUMNS = [
    gettext_lazy("Municipality"),
    gettext_lazy("Municipality code"),
    gettext_lazy("Region"),
    gettext_lazy("Course"),
    gettext_lazy("Area"),
    gettext_lazy("Facilitation model"),
    gettext_lazy("Approach"),
    gettext_lazy("Phase"),
    gettext_lazy("In the phase since"),
    gettext_lazy("Days in phase"),
    gettext_lazy("Criteria met"),
    gettext_lazy("Criteria in total"),
    gettext_lazy("Workshops"),
    gettext_lazy("Latest workshop"),
    gettext_lazy("Facilitators"),
    gettext_lazy("Start date"),
    gettext_lazy("Planned end"),
]
# Excel turns a cell starting with one of these into a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _text(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _date(value) -> str:
    return value.isoformat() if value else ""


@login_required
@require_GET
def course_export(request):
    if not request.user.has_perm("municipalities.view_all_courses"):
        raise Http404
    today = timezone.localdate()
    totals = GateItem.objects.counts_by_phase()
    # A BOM so Excel reads UTF-8 (æøå), and semicolons as Danish Excel expects.
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="forloeb-{today.isoformat()}.csv"'
    response["Cache-Control"] = "private, no-store"
    response.write("\ufeff")
    writer = csv.writer(response, delimiter=";", lineterminator="\r\n")
    with translation.override(settings.LANGUAGE_CODE):
        writer.writerow([str(column) for column in COLUMNS])
        for course in courses_for_export(today=today):
            entered = timezone.localdate(course.phase_entered_at)
            writer.writerow(
                [
                    _text(course.municipality.name),
                    course.municipality.code,
                    _text(course.municipality.region.name),
                    _text(course.title),
                    _text(course.area),
                    course.get_facilitation_model_display(),
                    course.get_approach_display(),
                    course.phase_label,
                    _date(entered),
                    (today - entered).days,
                    course.gate_done,
                    totals.get(course.phase, 0),
                    course.workshop_count,
                    _date(course.latest_workshop_on),
                    _text(
                        ", ".join(member.user.full_name for member in course.facilitator_members)
                    ),
                    _date(course.start_date),
                    _date(course.end_date),
                ]
            )
    return response
