"""The sitemap: the public pages and everything published that anonymous visitors may read."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from media_library.models import Episode, Story, Video
from portal.pages.roles import ROLES
from toolkit.models import Tool, Visibility


class StaticPagesSitemap(Sitemap):
    changefreq = "weekly"

    def items(self) -> list[str]:
        return [
            "pages:home",
            "pages:roles",
            *(f"pages:{role.url_name}" for role in ROLES),
            "news:list",
            "toolkit:library",
            "media_library:videos",
            "media_library:podcast",
            "pages:accessibility",
        ]

    def location(self, item: str) -> str:
        return reverse(item)


class _PublishedSitemap(Sitemap):
    def lastmod(self, item):
        return item.updated_at


class StorySitemap(_PublishedSitemap):
    def items(self):
        return Story.objects.published().only("slug", "updated_at").order_by("-published_at")


class ToolSitemap(_PublishedSitemap):
    def items(self):
        # Only what anonymous visitors may read: no restricted tools in a public sitemap.
        return (
            Tool.objects.published()
            .filter(visibility=Visibility.PUBLIC)
            .only("slug", "updated_at")
            .order_by("title")
        )


class VideoSitemap(_PublishedSitemap):
    def items(self):
        return Video.objects.published().only("slug", "updated_at").order_by("title")


class EpisodeSitemap(_PublishedSitemap):
    def items(self):
        return Episode.objects.published().only("slug", "updated_at").order_by("-published_at")


SITEMAPS = {
    "pages": StaticPagesSitemap,
    "stories": StorySitemap,
    "tools": ToolSitemap,
    "videos": VideoSitemap,
    "episodes": EpisodeSitemap,
}
