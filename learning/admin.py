from django.contrib import admin

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
