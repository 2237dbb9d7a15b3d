"""Tabs that other apps add to a course's page, without this app depending on them.

An app with a page about a course (the starter pack in `toolkit`) registers a tab in its
AppConfig.ready(); the course header shows it after the course's own tabs.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class CourseTab:
    label: str
    url_name: str  # reversed with the course's pk
    # Who sees the tab, given (user, course); everyone who sees the course when None.
    is_visible: Callable | None = None


TABS: list[CourseTab] = []


def register(tab: CourseTab) -> None:
    if tab not in TABS:
        TABS.append(tab)


def visible_tabs(user, course) -> list[CourseTab]:
    return [tab for tab in TABS if tab.is_visible is None or tab.is_visible(user, course)]
