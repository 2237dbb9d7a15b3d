"""The search itself: PostgreSQL full-text search with the Danish configuration (stemming,
stop words, weights), and a plain word match everywhere else (SQLite in development).

One query per source, each limited, so a search costs the same however much content there is.
Reads only.
"""

import html
import operator
import re
from dataclasses import dataclass
from functools import reduce

from django.db import connection
from django.db.models import Case, F, Func, Q, TextField, Value, When
from django.db.models.functions import Concat, Replace
from django.utils.html import escape, strip_tags
from django.utils.safestring import SafeString, mark_safe

from .sources import SOURCES, SearchSource

# The best 20: a reader refines the words or the type rather than reading further down.
MAX_RESULTS = 20
CONFIG = "danish"
# The fallback matches every word on its own; more words than this add nothing but cost.
MAX_WORDS = 8
# Markers around matched words while the excerpt is still plain text (Unicode private use
# characters: never typed, and left alone by escaping). They become <mark> after escaping.
MARK_START, MARK_END = "\ue000", "\ue001"
_MARKED = re.compile(f"{MARK_START}([^{MARK_START}{MARK_END}]*){MARK_END}")
# Entities the rich-text sanitiser (nh3) writes into text.
_ENTITIES = (("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&#39;", "'"))
EXCERPT_CHARS = 220
EXCERPT_LEAD = 60


@dataclass(frozen=True)
class Hit:
    key: str  # the source, e.g. "tools"
    kind: str  # shown with the hit, e.g. "Method video"
    title: str
    url: str
    excerpt: SafeString  # escaped text, matched words in <mark>
    score: float


@dataclass(frozen=True)
class SearchResult:
    hits: list[Hit]
    # More than `limit` matched: only the best are listed.
    more: bool


def search(*, text: str, user, keys: list[str] | None = None, limit: int = MAX_RESULTS):
    """The best `limit` published objects that `user` may read and that match `text`, from
    the sources named by `keys` (every source when empty), best first."""
    text = text.strip()
    sources = [SOURCES[key] for key in keys] if keys else list(SOURCES.values())
    if not text or not sources:
        return SearchResult(hits=[], more=False)
    find = _postgres_hits if connection.vendor == "postgresql" else _simple_hits
    # One more than the limit from each source tells whether anything was left out.
    hits = [hit for source in sources for hit in find(source, text, user, limit + 1)]
    hits.sort(key=lambda hit: (-hit.score, _danish_key(hit.title)))
    return SearchResult(hits=hits[:limit], more=len(hits) > limit)


def render_marked(text: str) -> SafeString:
    """Escapes `text` and turns the match markers into <mark> elements."""
    text = " ".join(text.split())
    escaped = _MARKED.sub(r"<mark>\1</mark>", escape(text))
    return mark_safe(escaped.replace(MARK_START, "").replace(MARK_END, ""))  # noqa: S308


def _danish_key(title: str) -> str:
    # Python sorts å, æ, ø; the Danish alphabet ends æ, ø, å (all after z).
    return title.casefold().translate({ord("æ"): "{", ord("ø"): "|", ord("å"): "}"})


def _hit(source: SearchSource, obj, excerpt: SafeString, score: float) -> Hit:
    return Hit(
        key=source.key,
        kind=str(source.kind_label(obj)),
        title=getattr(obj, source.title_field),
        url=obj.get_absolute_url(),
        excerpt=excerpt,
        score=float(score),
    )


# --- PostgreSQL --------------------------------------------------------------------------------


def _postgres_hits(source: SearchSource, text: str, user, limit: int) -> list[Hit]:
    # Imported here: the module needs psycopg, which a SQLite setup may not have.
    from django.contrib.postgres.search import (
        SearchHeadline,
        SearchQuery,
        SearchRank,
        SearchVector,
    )

    query = SearchQuery(text, config=CONFIG, search_type="websearch")
    vector = reduce(
        operator.add,
        (SearchVector(f.name, config=CONFIG, weight=f.weight) for f in source.fields),
    )
    headline = SearchHeadline(
        _excerpt_document(source),
        query,
        config=CONFIG,
        start_sel=MARK_START,
        stop_sel=MARK_END,
        max_words=30,
        min_words=12,
        max_fragments=2,
        fragment_delimiter=" … ",
    )
    rows = (
        source.queryset(user)
        .alias(search_vector=vector)
        .filter(search_vector=query)
        # Normalisation 1: a long transcript does not win on length alone.
        .annotate(search_rank=SearchRank(vector, query, normalization=Value(1)))
        .annotate(search_headline=headline)
        # The texts stay in the database: the excerpt is cut there.
        .defer(*(f.name for f in source.fields[1:]))
        .order_by("-search_rank", source.title_field, "pk")[:limit]
    )
    return [_hit(source, row, render_marked(row.search_headline), row.search_rank) for row in rows]


def _excerpt_document(source: SearchSource):
    parts = [_plain_text_sql(source, name) for name in source.excerpt_fields]
    if len(parts) == 1:
        return parts[0]
    with_breaks = [parts[0]]
    for part in parts[1:]:
        with_breaks += [Value(" \n "), part]
    return Concat(*with_breaks, output_field=TextField())


def _plain_text_sql(source: SearchSource, name: str):
    expression = F(name)
    if source.field(name).html:
        expression = Func(
            expression,
            Value("<[^>]*>"),
            Value(" "),
            Value("g"),
            function="regexp_replace",
            output_field=TextField(),
        )
        # "&amp;" last, or "&amp;lt;" would become "<".
        for entity, char in (*_ENTITIES, ("&amp;", "&")):
            expression = Replace(expression, Value(entity), Value(char), output_field=TextField())
    return expression


# --- Everything else: every word somewhere in the fields ------------------------------------------


def _words(text: str) -> list[str]:
    words = text.replace('"', " ").split()
    return list(dict.fromkeys(words))[:MAX_WORDS]


def _case_forms(word: str) -> set[str]:
    # SQLite's LIKE folds only ASCII letters: "Æble" does not match "æble". The usual
    # spellings of a word (lower, capitalised, upper case) cover what people type.
    return {word, word.lower(), word.capitalize(), word.upper()}


def _contains(field: str, word: str) -> Q:
    return reduce(operator.or_, (Q(**{f"{field}__icontains": form}) for form in _case_forms(word)))


def _simple_hits(source: SearchSource, text: str, user, limit: int) -> list[Hit]:
    words = _words(text)
    if not words:
        return []
    queryset = source.queryset(user)
    for word in words:
        queryset = queryset.filter(
            reduce(operator.or_, (_contains(f.name, word) for f in source.fields))
        )
    in_title = reduce(operator.and_, (_contains(source.title_field, word) for word in words))
    rows = (
        queryset.annotate(search_rank=Case(When(in_title, then=Value(2.0)), default=Value(1.0)))
        .defer(*(f.name for f in source.fields[1:] if f.name not in source.excerpt_fields))
        .order_by("-search_rank", source.title_field, "pk")[:limit]
    )
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.I)
    return [_hit(source, row, _excerpt(source, row, pattern), row.search_rank) for row in rows]


def _excerpt(source: SearchSource, obj, pattern: re.Pattern) -> SafeString:
    """About EXCERPT_CHARS characters of the excerpt fields around the first match."""
    parts = []
    for name in source.excerpt_fields:
        value = getattr(obj, name) or ""
        parts.append(html.unescape(strip_tags(value)) if source.field(name).html else value)
    text = " ".join(" ".join(parts).split())
    match = pattern.search(text)
    start = max(0, match.start() - EXCERPT_LEAD) if match else 0
    if start:
        # From the start of a word, never past the match.
        start = text.find(" ", start, match.start()) + 1 or start
    end = start + EXCERPT_CHARS
    if end < len(text):
        end = text.rfind(" ", start, end) if " " in text[start:end] else end
    piece = pattern.sub(lambda m: f"{MARK_START}{m.group(0)}{MARK_END}", text[start:end])
    return render_marked(f"{'… ' if start else ''}{piece}{' …' if end < len(text) else ''}")
