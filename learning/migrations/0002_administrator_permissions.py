"""Administrators manage the learning clusters."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = [
    "view_learningcluster", "add_learningcluster", "change_learningcluster",
    "view_clustermembership", "add_clustermembership", "change_clustermembership",
    "delete_clustermembership",
]


def forwards(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Administrator")
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="learning", codename__in=CODENAMES)
    )


class Migration(migrations.Migration):
    dependencies = [("learning", "0001_initial"), ("accounts", "0002_roles")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
