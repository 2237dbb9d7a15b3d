"""The podcast's RSS feed, with the tags Apple Podcasts requires and Podcasting 2.0's
transcript tag."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Rss201rev2Feed

from .models import Episode, PodcastShow

ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"
PODCAST = "https://podcastindex.org/namespace/1.0"


class PodcastRss(Rss201rev2Feed):
    def rss_attributes(self):
        return {
            **super().rss_attributes(),
            "xmlns:itunes": ITUNES,
            "xmlns:podcast": PODCAST,
        }

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        show = self.feed["show"]
        handler.addQuickElement("itunes:author", show.author)
        handler.addQuickElement("itunes:summary", show.description)
        handler.startElement("itunes:owner", {})
        handler.addQuickElement("itunes:name", show.owner_name)
        handler.addQuickElement("itunes:email", show.owner_email)
        handler.endElement("itunes:owner")
        handler.addQuickElement("itunes:image", "", {"href": self.feed["artwork_url"]})
        handler.addQuickElement("itunes:category", "", {"text": show.category})
        handler.addQuickElement("itunes:explicit", "true" if show.explicit else "false")
        handler.addQuickElement("itunes:type", "episodic")
        handler.startElement("image", {})
        handler.addQuickElement("url", self.feed["artwork_url"])
        handler.addQuickElement("title", show.title)
        handler.addQuickElement("link", self.feed["link"])
        handler.endElement("image")

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        episode = item["episode"]
        handler.addQuickElement("itunes:duration", str(episode.duration_seconds))
        if episode.number:
            handler.addQuickElement("itunes:episode", str(episode.number))
        handler.addQuickElement("itunes:explicit", "false")
        handler.addQuickElement("itunes:summary", episode.summary)
        handler.addQuickElement(
            "podcast:transcript",
            "",
            {"url": item["transcript_url"], "type": "text/plain", "language": "da"},
        )


class PodcastFeed(Feed):
    feed_type = PodcastRss
    # The episodes are in Danish, whatever interface language the visitor chose.
    language = "da"

    def get_object(self, request):
        return get_object_or_404(PodcastShow.objects.all()[:1])

    def title(self, show):
        return show.title

    def description(self, show):
        return show.description

    def link(self):
        return reverse("media_library:podcast")

    def feed_extra_kwargs(self, show):
        return {
            "show": show,
            "artwork_url": settings.SITE_URL + show.artwork_url,
        }

    def items(self, show):
        return Episode.objects.published().filter(show=show).order_by("-published_at")[:300]

    def item_title(self, episode):
        return episode.title

    def item_description(self, episode):
        return episode.summary

    def item_link(self, episode):
        return episode.get_absolute_url()

    def item_guid(self, episode):
        return str(episode.guid)

    item_guid_is_permalink = False

    def item_pubdate(self, episode):
        return episode.published_at

    def item_enclosure_url(self, episode):
        return settings.SITE_URL + episode.audio_url

    def item_enclosure_length(self, episode):
        return episode.audio_bytes

    def item_enclosure_mime_type(self, episode):
        return episode.audio_type

    def item_extra_kwargs(self, episode):
        return {
            "episode": episode,
            "transcript_url": settings.SITE_URL
            + reverse("media_library:episode_transcript_text", args=[episode.slug]),
        }
