import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.utils import translation

from portal.accounts.roles import Role

LOCALE = Path(__file__).resolve().parents[2] / "locale"

# `make test` installs gettext where it can; CI (REQUIRE_SERVICES=1) must not skip these.
needs_msgfmt = pytest.mark.skipif(
    not shutil.which("msgfmt") and os.environ.get("REQUIRE_SERVICES") != "1",
    reason="GNU gettext not installed",
)


@needs_msgfmt
def test_danish_catalog_is_complete():
    result = subprocess.run(
        [
            "msgfmt",
            "--check",
            "--statistics",
            "-o",
            "/dev/null",
            LOCALE / "da/LC_MESSAGES/django.po",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "untranslated" not in result.stderr and "fuzzy" not in result.stderr, result.stderr


@needs_msgfmt
@pytest.mark.parametrize("language", ["da", "en"])
def test_compiled_catalog_matches_the_po_file(tmp_path, language):
    folder = LOCALE / language / "LC_MESSAGES"
    subprocess.run(
        ["msgfmt", "--check-format", "-o", tmp_path / "django.mo", folder / "django.po"], check=True
    )
    assert (tmp_path / "django.mo").read_bytes() == (folder / "django.mo").read_bytes(), (
        "run `make messages` and commit locale/"
    )


def test_roles_have_danish_and_english_labels():
    with translation.override("da"):
        assert str(Role.SHOP_STEWARD.label) == "Tillidsvalgt"
    with translation.override("en"):
        assert str(Role.SHOP_STEWARD.label) == "Shop steward"
