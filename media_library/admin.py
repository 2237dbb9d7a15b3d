"""Editors add and revise videos here; publishing goes through the services, which refuse a
video without captions."""

from django.contrib import admin, messages
from django.db import IntegrityError
from django.utils.translation import gettext_lazy as _

from .exceptions import MediaError
from .models import Episode, PodcastShow, Video
from .services import (
    episode_publish,
    episode_saved,
    episode_unpublish,
    video_publish,
    video_saved,
    video_unpublish,
)


@admin.register(Video)
class VideoAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "role", "status", "published_at", "is_demo"]
    list_filter = ["kind", "status", "role"]
    search_fields = ["title", "summary"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["status", "published_at", "updated_at"]
    actions = ["publish", "unpublish"]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        video_saved(video=obj)

    @admin.action(description=_("Publish the chosen videos"), permissions=["change"])
    def publish(self, request, queryset):
        for video in queryset:
            try:
                video_publish(video=video, actor=request.user)
            except IntegrityError:  # another editor published this role's video meanwhile
                self.message_user(
                    request,
                    _("%(video)s: another video for this role was published meanwhile.")
                    % {"video": video},
                    messages.ERROR,
                )
            except MediaError as error:
                self.message_user(request, f"{video}: {error}", messages.ERROR)
            else:
                self.message_user(request, _("%(video)s is published.") % {"video": video})

    @admin.action(description=_("Take the chosen videos back to draft"), permissions=["change"])
    def unpublish(self, request, queryset):
        for video in queryset:
            video_unpublish(video=video, actor=request.user)
        self.message_user(request, _("The videos are drafts again."))


@admin.register(PodcastShow)
class PodcastShowAdmin(admin.ModelAdmin):
    list_display = ["title", "owner_name", "category"]

    def has_add_permission(self, request):
        return super().has_add_permission(request) and not PodcastShow.objects.exists()


@admin.register(Episode)
class EpisodeAdmin(admin.ModelAdmin):
    list_display = ["title", "number", "status", "published_at", "is_demo"]
    list_filter = ["status"]
    search_fields = ["title", "summary"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["guid", "audio_bytes", "status", "published_at", "updated_at"]
    actions = ["publish", "unpublish"]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        episode_saved(episode=obj)

    @admin.action(description=_("Publish the chosen episodes"), permissions=["change"])
    def publish(self, request, queryset):
        for episode in queryset:
            try:
                episode_publish(episode=episode, actor=request.user)
            except MediaError as error:
                self.message_user(request, f"{episode}: {error}", messages.ERROR)
            else:
                self.message_user(request, _("%(episode)s is published.") % {"episode": episode})

    @admin.action(description=_("Take the chosen episodes back to draft"), permissions=["change"])
    def unpublish(self, request, queryset):
        for episode in queryset:
            episode_unpublish(episode=episode, actor=request.user)
        self.message_user(request, _("The episodes are drafts again."))
