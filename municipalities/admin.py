from django.contrib import admin
from django.db import transaction

from .caching import bump_courses_version
from .models import GateItem, Municipality, Region


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    list_display = ["code", "name"]


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "region"]
    list_filter = ["region"]
    search_fields = ["name", "code"]
    list_select_related = ["region"]


@admin.register(GateItem)
class GateItemAdmin(admin.ModelAdmin):
    """Administrators keep the phases' exit criteria here (seeded from domain.md §6.2)."""

    list_display = ["text", "phase", "order", "is_active"]
    list_editable = ["order", "is_active"]
    list_filter = ["phase", "is_active"]
    search_fields = ["text"]
    ordering = ["phase", "order", "pk"]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        # Gate totals show on the cached board and dashboards.
        transaction.on_commit(bump_courses_version)

    def has_delete_permission(self, request, obj=None):
        # Ticked criteria refer to them: retire a criterion with "active" instead.
        return False
