"""Editors add and revise videos here; publishing goes through the services, which refuse a
video without captions."""

from django import forms
from django.contrib import admin, messages
from django.db import IntegrityError
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from municipalities.models import Step

from .exceptions import MediaError
from .models import Episode, PodcastShow, Story, Video
from .services import (
    episode_publish,
    episode_saved,
    episode_unpublish,
    media_changed,
    video_publish,
    video_saved,
    video_unpublish,
)


class RefreshOnDeleteMixin:
    """Deleting in the admin refreshes what is shown about media, like every service does."""

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        media_changed()

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        media_changed()


class StepsField(forms.TypedMultipleChoiceField):
    """The steps (1–6) as checkboxes, stored as a list of numbers."""

    def __init__(self, **kwargs):
        super().__init__(
            choices=Step.choices,
            coerce=int,
            widget=forms.CheckboxSelectMultiple,
            **kwargs,
        )


class StepsFormMixin:
    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "steps":
            return StepsField(
                label=db_field.verbose_name, help_text=db_field.help_text, required=False
            )
        return super().formfield_for_dbfield(db_field, request, **kwargs)


@admin.register(Video)
class VideoAdmin(RefreshOnDeleteMixin, StepsFormMixin, admin.ModelAdmin):
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
class PodcastShowAdmin(RefreshOnDeleteMixin, admin.ModelAdmin):
    list_display = ["title", "owner_name", "category"]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        media_changed()

    def has_add_permission(self, request):
        return super().has_add_permission(request) and not PodcastShow.objects.exists()


@admin.register(Episode)
class EpisodeAdmin(RefreshOnDeleteMixin, StepsFormMixin, admin.ModelAdmin):
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


@admin.register(Story)
class StoryAdmin(admin.ModelAdmin):
    """A read-only list for administrators: stories are written and published in the editors'
    own pages (/viden/redaktion/), where the workflow and the revisions are kept."""

    list_display = ["title", "kind", "status", "municipality", "published_at", "edit_link"]
    list_filter = ["kind", "status"]
    search_fields = ["title", "summary"]
    list_select_related = ["municipality"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("Edit"))
    def edit_link(self, story):
        return format_html(
            '<a href="{}">{}</a>', reverse("news:story_edit", args=[story.pk]), _("Edit")
        )
