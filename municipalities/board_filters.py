"""Filters that other apps add to the portfolio board, without this app depending on them.

An app that groups municipalities (the learning cluster in `learning`) registers a grouping in
its AppConfig.ready(); the board offers it as one more select and keeps the courses of the
municipalities in the chosen group. Dependencies keep pointing one way (style.md).
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Group:
    value: int
    label: str
    municipality_ids: frozenset[int]


@dataclass(frozen=True)
class Grouping:
    name: str  # the filter's field name, e.g. "cluster"
    label: str
    all_label: str
    # Every group with its municipalities, in one query.
    groups: Callable[[], list[Group]]


GROUPINGS: dict[str, Grouping] = {}


def register(grouping: Grouping) -> None:
    GROUPINGS[grouping.name] = grouping
