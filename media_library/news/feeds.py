"""RSS 2.0 and Atom feeds of the published stories: all of them, and per audience."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from ..models import StoryAudience
from . import selectors


class StoryRssFeed(Feed):
    feed_type = Rss201rev2Feed
    language = "da"

    def get_object(self, request, audience: str = ""):
        if audience and audience not in StoryAudience.values:
            raise Http404
        return audience

    def title(self, audience: str) -> str:
        if audience:
            return _("Samskabt styring – knowledge and stories for %(audience)s") % {
                "audience": dict(StoryAudience.choices)[audience].lower()
            }
        return _("Samskabt styring – knowledge and stories")

    def link(self, audience: str) -> str:
        url = reverse("news:list")
        return f"{url}?maalgruppe={audience}" if audience else url

    def description(self, audience: str) -> str:
        return _(
            "Articles and success stories about Samskabt styring: less bøvl and more core task "
            "in Danish municipalities."
        )

    def feed_url(self, audience: str) -> str:
        name = "news:audience_feed" if audience else "news:feed"
        if self.feed_type is Atom1Feed:
            name += "_atom"
        return reverse(name, args=[audience] if audience else [])

    def items(self, audience: str):
        return selectors.feed_stories(audience=audience)

    def item_title(self, story) -> str:
        # Feed readers take an RSS title as HTML (so Django escapes titles by default, #6533).
        return escape(story.title)

    def item_description(self, story) -> str:
        # The summary is plain text, but an RSS description and an Atom summary (type="html")
        # are read as HTML: escaped, "<script>" stays text in the reader.
        return escape(story.summary)

    def item_pubdate(self, story):
        return story.published_at

    def item_updateddate(self, story):
        return story.updated_at

    def item_categories(self, story) -> list[str]:
        return [str(story.get_kind_display()), *(str(label) for label in story.audience_labels)]

    def item_guid(self, story) -> str:
        # Stable for the story's life even if its title (and address) changes.
        return f"urn:samskabt-styring:story:{story.pk}"

    item_guid_is_permalink = False


class StoryAtomFeed(StoryRssFeed):
    feed_type = Atom1Feed
    subtitle = StoryRssFeed.description

    def item_title(self, story) -> str:
        # An Atom <title> without a type is plain text: escaping it would show "&amp;".
        return story.title
