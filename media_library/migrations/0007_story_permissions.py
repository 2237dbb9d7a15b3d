"""Editors and administrators write, approve and publish stories."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = [
    "view_story", "add_story", "change_story", "delete_story", "approve_story",
    "view_storyrevision",
]


def forwards(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for role in ("Administrator", "Fremfærd-redaktør"):
        group, _ = Group.objects.get_or_create(name=role)
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="media_library", codename__in=CODENAMES
            )
        )


class Migration(migrations.Migration):
    dependencies = [("media_library", "0006_stories"), ("accounts", "0002_roles")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
