"""Editors and administrators run the podcast."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = [
    "view_podcastshow", "add_podcastshow", "change_podcastshow",
    "view_episode", "add_episode", "change_episode", "delete_episode",
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
    dependencies = [("media_library", "0003_podcast"), ("accounts", "0002_roles")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
