"""Browser journeys in Debian's Chromium, driven by pytest-playwright's own fixtures.

`playwright install` cannot download browsers here, so Playwright is pointed at the system
`chromium`. Without it the tests in this folder are skipped, unless `REQUIRE_BROWSER=1`
(set in CI), which turns the missing browser into a failure so they can never skip silently.
"""

import os
import shutil
from pathlib import Path

import pytest

BROWSER_TESTS = Path(__file__).resolve().parent
CHROMIUM = shutil.which("chromium")
REQUIRE_BROWSER = os.environ.get("REQUIRE_BROWSER") == "1"
MISSING_REASON = (
    "chromium not installed: no `chromium` on PATH (Debian: apt-get install chromium); "
    "`playwright install` cannot download browsers here"
)
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _in_browser_tests(item: pytest.Item) -> bool:
    return item.path.resolve().is_relative_to(BROWSER_TESTS)


# tryfirst: the `browser` mark must be on the items before `-m` deselects by mark.
@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # A conftest's collection hook sees the whole session's items: touch only this folder's.
    for item in items:
        if not _in_browser_tests(item):
            continue
        item.add_marker(pytest.mark.browser)
        if CHROMIUM is None and not REQUIRE_BROWSER:
            item.add_marker(pytest.mark.skip(reason=MISSING_REASON))


@pytest.fixture(scope="session", autouse=True)
def _chromium_required() -> None:
    # Autouse fixtures in this conftest only apply to the tests in this folder.
    if CHROMIUM is None:
        pytest.fail(f"REQUIRE_BROWSER=1 but {MISSING_REASON}", pytrace=False)


@pytest.fixture(scope="session", autouse=True)
def _django_connections_per_thread():
    """Keeps Django's database connections per thread while Playwright's sync API runs.

    Playwright's sync API leaves its event loop marked as running in the main thread. Django
    then keeps connections per contextvars context instead of per thread, so the fixtures,
    the test and its teardown each get other connection objects than the ones the test
    database was set up with: `serialized_rollback` silently restores nothing once other
    tests have set the database up first, and connections are left open. Autouse and
    session-scoped, so it is in place before the `playwright` fixture and the database
    fixtures of every test in this folder; it stays for the rest of the session, which is
    plain synchronous Django again for the tests after these.
    """
    from django.db import connections

    local = connections._connections
    thread_storage = getattr(local, "__dict__", {}).get("_storage")
    if not callable(getattr(type(local), "_get_storage", None)) or thread_storage is None:
        pytest.fail("asgiref's Local changed: update _django_connections_per_thread", pytrace=False)
    object.__setattr__(local, "_get_storage", lambda: thread_storage)
    yield
    object.__delattr__(local, "_get_storage")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "headless": browser_type_launch_args.get("headless", True),
        "args": CHROMIUM_ARGS,
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict) -> dict:
    return {**browser_context_args, "locale": "da-DK", "timezone_id": "Europe/Copenhagen"}


@pytest.fixture(autouse=True)
def _no_console_errors(page):
    """Fails a journey when the browser reports an error: a CSP violation (our CSP forbids
    inline script and style), a failed script, a 404 for an asset."""
    errors: list[str] = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield
    # Harmless: a failed favicon fetch is not a page error.
    errors = [e for e in errors if "favicon" not in e]
    assert errors == [], "the browser reported errors:\n" + "\n".join(errors)
