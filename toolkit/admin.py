"""Tools are written in the portal's own editor (toolkit:tool_edit), which runs the service
that sanitises, versions and scores them; the admin lists them and shows the PDF jobs."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _

from .models import RenderJob, Tool, ToolDownload
from .services import render_job_retry


@admin.register(Tool)
class ToolAdmin(admin.ModelAdmin):
    list_display = ["title", "variant", "status", "visibility", "version", "lix", "updated_at"]
    list_filter = ["status", "variant", "visibility", "is_demo"]
    search_fields = ["title", "purpose"]
    readonly_fields = [f.name for f in Tool._meta.fields]

    def has_add_permission(self, request):
        return False  # written in the portal's editor, through the service

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(RenderJob)
class RenderJobAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "status", "attempts", "page_count", "created_at"]
    list_filter = ["status", "kind"]
    search_fields = ["title", "content_hash"]
    readonly_fields = [f.name for f in RenderJob._meta.fields]
    actions = ["retry"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False  # versions are kept; answers about them are cached

    @admin.action(description=_("Try the failed jobs again"), permissions=["view"])
    def retry(self, request, queryset):
        for job in queryset:
            render_job_retry(actor=request.user, job=job)
        messages.success(request, _("The failed jobs were queued again."))


@admin.register(ToolDownload)
class ToolDownloadAdmin(admin.ModelAdmin):
    list_display = ["tool", "audience", "municipality", "created_at"]
    list_filter = ["audience"]
    readonly_fields = ["tool", "audience", "municipality", "created_at"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
