from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from ..caching import cached_fragment
from ..models import Course, GateItem


@login_required
def dashboard(request):
    """'Mine forløb': where each of the user's courses is and what needs attention. The table
    is cached per user until a course changes (or the day does)."""
    table_html = cached_fragment(
        request,
        name="dashboard",
        template="municipalities/dashboard.html#courses",
        build=lambda: {"rows": _rows(request.user)},
        vary=[
            request.user.pk,
            request.user.municipality_id,
            request.user.has_perm("municipalities.view_municipality_courses"),
        ],
    )
    return render(request, "municipalities/dashboard.html", {"table_html": table_html})


def _rows(user) -> list[dict]:
    courses = Course.objects.mine(user).for_dashboard().order_by("phase", "municipality__name")
    totals = GateItem.objects.counts_by_phase()
    return [
        {
            "course": course,
            "gate_total": totals.get(course.phase, 0),
            "gate_open": totals.get(course.phase, 0) - course.gate_done,
        }
        for course in courses
    ]
