from django import forms
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.contrib.auth.forms import UserChangeForm as BaseUserChangeForm
from django.utils.translation import gettext_lazy as _

from .models import User
from .roles import Role
from .services import user_set_roles


class UserChangeForm(BaseUserChangeForm):
    roles = forms.TypedMultipleChoiceField(
        label=_("Roles"),
        choices=Role.choices,
        coerce=Role,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Staff access to the admin follows from the roles."),
    )

    class Meta(BaseUserChangeForm.Meta):
        model = User

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["roles"].initial = list(self.instance.groups.values_list("name", flat=True))


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    form = UserChangeForm
    ordering = ["email"]
    list_display = ["email", "full_name", "job_title", "municipality", "is_active", "is_demo"]
    list_filter = ["is_active", "is_staff", "groups", "is_demo", "municipality__region"]
    search_fields = ["email", "full_name", "job_title"]
    list_select_related = ["municipality"]
    autocomplete_fields = ["municipality"]
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        (_("Person"), {"fields": ("full_name", "job_title", "municipality", "is_demo")}),
        (_("Roles and access"), {"fields": ("is_active", "roles", "is_staff", "is_superuser")}),
        (_("Dates"), {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = (
        (None, {"classes": ("wide",), "fields": ("email", "full_name", "password1", "password2")}),
    )

    def get_readonly_fields(self, request, obj=None):
        # Roles go through user_set_roles (which also sets is_staff); only a superuser may
        # make another superuser, so an Administrator cannot escalate.
        readonly = ["last_login", "date_joined", "is_demo", "is_staff"]
        if not request.user.is_superuser:
            readonly.append("is_superuser")
        return readonly

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if "roles" in form.cleaned_data:
            user_set_roles(user=obj, roles=form.cleaned_data["roles"])
