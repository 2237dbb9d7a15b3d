"""Tabs that other apps add to a course's page, without this app depending on them.

An app with a page about a course (the starter pack in `toolkit`) registers a tab in its
AppConfig.ready(); the course header shows it after the course's own tabs.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class CourseTab:
    label: str
    url_name: str  # reversed with the course's pk


TABS: list[CourseTab] = []


def register(tab: CourseTab) -> None:
    if tab not in TABS:
        TABS.append(tab)
