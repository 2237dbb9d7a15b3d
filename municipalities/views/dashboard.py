from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from ..models import Course, GateItem


@login_required
def dashboard(request):
    """'Mine forløb': where each of the user's courses is and what needs attention."""
    courses = list(
        Course.objects.mine(request.user).for_dashboard().order_by("phase", "municipality__name")
    )
    totals = GateItem.objects.counts_by_phase()
    rows = [
        {
            "course": course,
            "gate_total": totals.get(course.phase, 0),
            "gate_open": totals.get(course.phase, 0) - course.gate_done,
        }
        for course in courses
    ]
    return render(request, "municipalities/dashboard.html", {"rows": rows})
