"""What the site search looks in: one `SearchSource` per kind of content.

A source names its model's public queryset for a user, the text fields with their weights
(title A, summary B, body texts C/D) and how a hit is shown. Adding a kind of content is one
`register(SearchSource(...))` call at the bottom of this module.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet
from django.utils.text import capfirst

from media_library.models import Episode, Story, Video
from toolkit.models import Tool

WEIGHTS = ("A", "B", "C", "D")


@dataclass(frozen=True)
class TextField:
    """A model field searched with a PostgreSQL weight (A is the strongest). `html` marks
    rich text: its markup is dropped before it is shown in an excerpt."""

    name: str
    weight: str
    html: bool = False

    def __post_init__(self):
        if self.weight not in WEIGHTS:
            raise ValueError(f"weight must be one of {WEIGHTS}, not {self.weight!r}")


@dataclass(frozen=True)
class SearchSource:
    """One kind of content the search finds.

    `queryset(user)` must return only what the user may read *and* what is published: search
    never lists drafts, not even to their editors. `fields` starts with the title field;
    `excerpt_fields` are the fields the excerpt under a hit is cut from (plain text first).
    `kind_label(obj)` is the short label shown with a hit, e.g. "Method video".
    """

    key: str
    label: Callable[[], str]
    queryset: Callable[[Any], QuerySet]
    fields: tuple[TextField, ...]
    excerpt_fields: tuple[str, ...]
    kind_label: Callable[[Any], str]

    def __post_init__(self):
        names = {field.name for field in self.fields}
        if not set(self.excerpt_fields) <= names:
            raise ValueError(f"{self.key}: excerpt fields must be among the searched fields")

    @property
    def title_field(self) -> str:
        return self.fields[0].name

    def field(self, name: str) -> TextField:
        return next(field for field in self.fields if field.name == name)


SOURCES: dict[str, SearchSource] = {}


def register(source: SearchSource) -> SearchSource:
    if source.key in SOURCES:
        raise ValueError(f"a search source {source.key!r} is already registered")
    SOURCES[source.key] = source
    return source


def _plural(model) -> Callable[[], str]:
    return lambda: capfirst(model._meta.verbose_name_plural)


def _tool_label(tool: Tool) -> str:
    kind = capfirst(Tool._meta.verbose_name)
    return f"{kind} · {tool.get_variant_display()}" if tool.is_simplified else str(kind)


register(
    SearchSource(
        key="tools",
        label=_plural(Tool),
        # visible_to() gives editors their drafts too; published() takes them out again.
        queryset=lambda user: Tool.objects.visible_to(user).published(),
        fields=(
            TextField("title", "A"),
            TextField("purpose", "B"),
            # Purpose, rich texts and programme without tags, kept by toolkit.services; its
            # entities (&amp;) are still there, so it is read as HTML.
            TextField("search_text", "C", html=True),
        ),
        excerpt_fields=("search_text",),
        kind_label=_tool_label,
    )
)

register(
    SearchSource(
        key="stories",
        label=_plural(Story),
        queryset=lambda user: Story.objects.visible_to(user).published(),
        fields=(
            TextField("title", "A"),
            TextField("summary", "B"),
            # Rich text, sanitised by media_library.news.services.
            TextField("body", "C", html=True),
            TextField("challenge", "C", html=True),
            TextField("solution", "C", html=True),
            TextField("trial_action", "C", html=True),
        ),
        excerpt_fields=("summary", "body", "challenge", "solution", "trial_action"),
        kind_label=lambda story: story.get_kind_display(),
    )
)

register(
    SearchSource(
        key="videos",
        label=_plural(Video),
        queryset=lambda user: Video.objects.visible_to(user).published(),
        fields=(
            TextField("title", "A"),
            TextField("summary", "B"),
            TextField("transcript", "D"),
        ),
        excerpt_fields=("summary", "transcript"),
        kind_label=lambda video: video.get_kind_display(),
    )
)

register(
    SearchSource(
        key="episodes",
        label=_plural(Episode),
        queryset=lambda user: Episode.objects.visible_to(user).published(),
        fields=(
            TextField("title", "A"),
            TextField("summary", "B"),
            TextField("show_notes", "C"),
            TextField("transcript", "D"),
        ),
        excerpt_fields=("summary", "show_notes", "transcript"),
        kind_label=lambda episode: capfirst(Episode._meta.verbose_name),
    )
)
