"""Gives the roles their tool permissions. Editors and administrators write tools and see the
statistics; facilitators and internal consultants get the cookbook."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITING = [
    "view_tool", "add_tool", "change_tool", "view_all_tools", "view_cookbook",
    "view_tool_statistics", "view_renderjob", "view_tooldownload",
]
ROLE_PERMISSIONS = {
    "Administrator": EDITING,
    "Fremfærd-redaktør": EDITING,
    "Facilitator": ["view_cookbook"],
    "Intern konsulent": ["view_cookbook"],
}


def forwards(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for role, codenames in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=role)
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="toolkit", codename__in=codenames)
        )


class Migration(migrations.Migration):
    dependencies = [("toolkit", "0001_initial"), ("accounts", "0002_roles")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
