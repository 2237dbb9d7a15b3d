import csv
from pathlib import Path

import pytest
from django.db.models import Count

from municipalities.models import Municipality, Region

pytestmark = pytest.mark.django_db

CSV = Path(__file__).resolve().parents[2] / "municipalities" / "data" / "kommuner.csv"


def test_five_regions_and_98_municipalities_after_migrate():
    assert Region.objects.count() == 5
    assert Municipality.objects.count() == 98
    per_region = dict(Region.objects.annotate(n=Count("municipalities")).values_list("name", "n"))
    assert per_region == {
        "Region Hovedstaden": 29,
        "Region Sjælland": 17,
        "Region Syddanmark": 22,
        "Region Midtjylland": 19,
        "Region Nordjylland": 11,
    }


def test_every_row_of_the_shipped_csv_is_loaded():
    with CSV.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    loaded = {(m.code, m.name, m.region.code) for m in Municipality.objects.with_region()}
    assert loaded == {(r["kommunekode"], r["navn"], int(r["regionskode"])) for r in rows}


def test_names_and_codes_follow_the_municipalities_own_spelling():
    assert Municipality.objects.get(code="0480").name == "Nordfyns"
    assert Municipality.objects.get(code="0482").name == "Langeland"
    assert Municipality.objects.filter(name="Vesthimmerlands").exists()
    assert not Municipality.objects.filter(code="0411").exists()  # Christiansø is no municipality
    assert Region.objects.get(code=1084).iso_code == "DK-84"
