"""The course charts as inline SVG, drawn on the server.

Each tag turns a selector's numbers into shapes; the chart templates add the same numbers as a
table. Coordinates are formatted here as plain strings so the Danish locale never turns a
decimal point into a comma inside the SVG.
"""

import math
from dataclasses import dataclass

from django import template
from django.utils.translation import gettext as _

from ..models import FacilitationLead, Phase
from ..selectors import LadderStep, MonthPhaseCounts, handover_ladder

register = template.Library()


def _n(value: float) -> str:
    return f"{value:.1f}"


@dataclass(frozen=True)
class Rect:
    x: str
    y: str
    width: str
    height: str
    css_class: str
    title: str


@dataclass(frozen=True)
class Label:
    x: str
    y: str
    text: str


# --- Municipalities per phase over time: stacked columns, one per month ----------------------

HISTORY_WIDTH, HISTORY_HEIGHT = 720, 300
HISTORY_LEFT, HISTORY_RIGHT, HISTORY_TOP, HISTORY_BOTTOM = 40, 8, 12, 40


def _ticks(largest: int) -> list[int]:
    """Whole-number gridlines from 0 to a little above `largest`, at most five of them."""
    step = max(1, math.ceil(largest / 4))
    top = step * max(1, math.ceil(largest / step))
    return list(range(0, top + 1, step))


@register.inclusion_tag("municipalities/includes/phase_history_chart.html")
def phase_history_chart(history: list[MonthPhaseCounts]):
    ticks = _ticks(max((month.total for month in history), default=0))
    plot_width = HISTORY_WIDTH - HISTORY_LEFT - HISTORY_RIGHT
    plot_height = HISTORY_HEIGHT - HISTORY_TOP - HISTORY_BOTTOM
    baseline = HISTORY_TOP + plot_height
    scale = plot_height / ticks[-1]
    slot = plot_width / max(len(history), 1)
    bar_width = slot * 0.6
    gridlines = [
        Label(x=_n(HISTORY_LEFT - 6), y=_n(baseline - tick * scale), text=str(tick))
        for tick in ticks
    ]
    bars, months = [], []
    for index, month in enumerate(history):
        x = HISTORY_LEFT + index * slot + (slot - bar_width) / 2
        top = baseline
        for phase, count in month.by_phase:
            if not count:
                continue
            height = count * scale
            top -= height
            bars.append(
                Rect(
                    x=_n(x),
                    y=_n(top),
                    width=_n(bar_width),
                    height=_n(height),
                    css_class=f"chart-phase-{phase.value}",
                    title=f"{phase.label}: {count}",
                )
            )
        months.append(
            {
                "month": month.month,
                "x": _n(x + bar_width / 2),
                "show_year": index == 0 or month.month.month == 1,
            }
        )
    latest = history[-1] if history else None
    summary = (
        "; ".join(f"{phase.label}: {count}" for phase, count in latest.by_phase) if latest else ""
    )
    return {
        "history": history,
        "phases": list(Phase),
        "bars": bars,
        "months": months,
        "gridlines": gridlines,
        "width": HISTORY_WIDTH,
        "height": HISTORY_HEIGHT,
        "plot_left": HISTORY_LEFT,
        "plot_right": HISTORY_WIDTH - HISTORY_RIGHT,
        "month_label_y": _n(baseline + 16),
        "year_label_y": _n(baseline + 30),
        "label": _(
            "Stacked bar chart: municipalities per phase at the end of each of the last "
            "%(months)d months. Now: %(summary)s."
        )
        % {"months": len(history), "summary": summary},
    }


# --- The hand-over ladder: one 100 % bar per workshop ----------------------------------------

LADDER_WIDTH, LADDER_LEFT, LADDER_RIGHT, LADDER_TOP = 640, 110, 16, 24
LADDER_ROW, LADDER_GAP = 26, 10
LEAD_CLASSES = {
    FacilitationLead.EXTERNAL: "chart-lead-external",
    FacilitationLead.SHARED: "chart-lead-shared",
    FacilitationLead.LOCAL: "chart-lead-local",
}


@register.inclusion_tag("municipalities/includes/handover_chart.html")
def handover_chart(course):
    steps: list[LadderStep] = handover_ladder(course)
    plot_width = LADDER_WIDTH - LADDER_LEFT - LADDER_RIGHT
    rows, bars = [], []
    for index, step in enumerate(steps):
        y = LADDER_TOP + index * (LADDER_ROW + LADDER_GAP)
        x = float(LADDER_LEFT)
        for lead, count, percent in step.shares:
            if not count:
                continue
            width = plot_width * count / step.number
            bars.append(
                Rect(
                    x=_n(x),
                    y=_n(y),
                    width=_n(width),
                    height=_n(LADDER_ROW),
                    css_class=LEAD_CLASSES[lead],
                    title=f"{FacilitationLead(lead).label}: {count}/{step.number} ({percent} %)",
                )
            )
            x += width
        rows.append(
            Label(x=_n(LADDER_LEFT - 8), y=_n(y + LADDER_ROW / 2 + 4), text=str(step.number))
        )
    gridlines = [
        Label(x=_n(LADDER_LEFT + plot_width * share / 100), y=_n(LADDER_TOP - 8), text=f"{share} %")
        for share in (0, 50, 100)
    ]
    label = ""
    if steps:
        external, shared, local = steps[-1].percents
        label = _(
            "Bar chart: the hand-over ladder. After the latest workshop, %(external)d %% of the "
            "workshops were led externally, %(shared)d %% shared and %(local)d %% locally."
        ) % {"external": external, "shared": shared, "local": local}
    return {
        "steps": steps,
        "bars": bars,
        "rows": rows,
        "gridlines": gridlines,
        "leads": [(FacilitationLead(lead), css) for lead, css in LEAD_CLASSES.items()],
        "width": LADDER_WIDTH,
        "height": LADDER_TOP + len(steps) * (LADDER_ROW + LADDER_GAP),
        "plot_top": LADDER_TOP - 4,
        "label": label,
    }
