"""Loads Denmark's 5 regions and 98 municipalities: reference data present in every install."""

import csv
from pathlib import Path

from django.db import migrations

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "kommuner.csv"


def load(apps, schema_editor):
    Region = apps.get_model("municipalities", "Region")
    Municipality = apps.get_model("municipalities", "Municipality")
    with DATA_FILE.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    regions = {}
    for row in rows:
        code = int(row["regionskode"])
        if code not in regions:
            regions[code], _ = Region.objects.update_or_create(
                code=code, defaults={"name": row["region"]}
            )
    for row in rows:
        Municipality.objects.update_or_create(
            code=row["kommunekode"].zfill(4),
            defaults={"name": row["navn"], "region": regions[int(row["regionskode"])]},
        )


class Migration(migrations.Migration):
    dependencies = [("municipalities", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
