from django.contrib import admin
from django.db import transaction

from municipalities.caching import bump_courses_version

from .models import ClusterMembership, LearningCluster


class ClusterMembershipInline(admin.TabularInline):
    model = ClusterMembership
    autocomplete_fields = ["municipality"]
    extra = 1


@admin.register(LearningCluster)
class LearningClusterAdmin(admin.ModelAdmin):
    list_display = ["name", "status", "started_on", "is_demo"]
    list_filter = ["status"]
    inlines = [ClusterMembershipInline]
    readonly_fields = ["is_demo"]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # The board's cluster filter is cached with the course data.
        transaction.on_commit(bump_courses_version)

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        transaction.on_commit(bump_courses_version)
