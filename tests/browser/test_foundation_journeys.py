"""End-to-end journeys through the Foundation: logging in with TOTP, setting TOTP up,
logging out, keyboard use and automated accessibility checks (axe-core).

Elements are found by stable selectors (URLs, ids, roles); visible texts are asserted in Danish.
"""

import re
import time

import pytest
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.models import Authenticator
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from django.urls import reverse
from playwright.sync_api import Page, expect

from portal.accounts.roles import Role
from portal.demo.seed import seed_users
from tests.accounts.factories import PASSWORD, make_user, totp_code

# transaction=True flushes the database after each test; serialized_rollback brings the
# migrations' reference data (municipalities, role groups) back before each one.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

FACILITATOR_EMAIL = "facilitator@demo.invalid"
FACILITATOR_NAME = "Demo Facilitator"
BLOCKING_IMPACTS = {"serious", "critical"}

LOGIN_URL = reverse("account_login")
REAUTHENTICATE_URL = reverse("account_reauthenticate")
LOGOUT_URL = reverse("account_logout")
PROFILE_URL = reverse("accounts:profile")
MFA_AUTHENTICATE_URL = reverse("mfa_authenticate")
TOTP_ACTIVATE_URL = reverse("mfa_activate_totp")
RECOVERY_CODES_URL = reverse("mfa_view_recovery_codes")
ACCESSIBILITY_URL = reverse("pages:accessibility")


def fresh_totp_code(secret: str) -> str:
    """The current code, never one about to expire: allauth accepts only the current time
    step (MFA_TOTP_TOLERANCE is 0), and typing and submitting the code take a moment."""
    period = mfa_settings.TOTP_PERIOD
    left = period - time.time() % period
    if left < 3:
        time.sleep(left + 0.1)
    return totp_code(secret)


def url_path(path: str) -> re.Pattern:
    """Matches a page URL with exactly this path (any host, optional query or fragment)."""
    return re.compile(rf"^https?://[^/]+{re.escape(path)}(?:[?#].*)?$")


def header_login_link(page: Page):
    return page.locator(f'header nav a[href="{LOGIN_URL}"]')


def submit_login(page: Page, email: str, password: str) -> None:
    """Fills allauth's login form (already open) and submits it."""
    form = page.locator(f'main form[action="{LOGIN_URL}"]')
    form.locator('input[name="login"]').fill(email)
    # Not exact: crispy marks required fields' labels with "*".
    form.get_by_label("Adgangskode").fill(password)
    form.locator('button[type="submit"]').click()


def enter_totp_code(page: Page, secret: str) -> None:
    """The second step of logging in: allauth's MFA page asks for the authenticator code."""
    expect(page).to_have_url(url_path(MFA_AUTHENTICATE_URL))
    expect(page.get_by_role("heading", level=1)).to_have_text("To-faktor-autentificering")
    form = page.locator(f'main form[action="{MFA_AUTHENTICATE_URL}"]')
    form.locator('input[name="code"]').fill(fresh_totp_code(secret))
    form.get_by_role("button", name="Log ind").click()


def confirm_password_for_totp_setup(page: Page, password: str) -> None:
    """allauth asks for the password again before MFA can be changed (a login does not count)."""
    expect(page).to_have_url(re.compile(rf"{re.escape(REAUTHENTICATE_URL)}\?next="))
    form = page.locator(f'main form[action="{REAUTHENTICATE_URL}"]')
    form.get_by_label("Adgangskode").fill(password)
    form.locator('button[type="submit"]').click()
    expect(page).to_have_url(re.compile(rf"{re.escape(TOTP_ACTIVATE_URL)}\?next="))


def assert_profile_of(page: Page, full_name: str, email: str) -> None:
    expect(page).to_have_url(url_path(PROFILE_URL))
    expect(page.locator("html")).to_have_attribute("lang", "da")
    expect(page.get_by_role("heading", level=1)).to_have_text("Min profil")
    expect(page.locator("main")).to_contain_text(email)
    expect(page.locator("#id_full_name")).to_have_value(full_name)
    expect(page.locator("#id_full_name")).to_be_visible()


def serious_axe_violations(page: Page, what: str) -> list[str]:
    """axe-core's serious and critical findings on the page as it is now, one line per node."""
    violations = Axe().run(page).response["violations"]
    return [
        f"{what}: {v['id']} ({v['impact']}) {v['help']} <{v['helpUrl']}>\n"
        f"    {node['target']} {node['html'][:160]}\n    {node.get('failureSummary', '')!r}"
        for v in violations
        if v.get("impact") in BLOCKING_IMPACTS
        for node in v["nodes"]
    ]


def assert_accessible(found: list[str]) -> None:
    if found:
        pytest.fail("axe found serious/critical violations:\n" + "\n".join(found), pytrace=False)


def test_demo_facilitator_logs_in_with_totp_and_logs_out(page: Page, live_server):
    seed_users()
    page.goto(f"{live_server.url}/")
    expect(page.locator("html")).to_have_attribute("lang", "da")

    header_login_link(page).click()
    expect(page).to_have_url(url_path(LOGIN_URL))
    submit_login(page, FACILITATOR_EMAIL, settings.DEMO_PASSWORD)

    enter_totp_code(page, settings.DEMO_TOTP_SECRET)
    assert_profile_of(page, FACILITATOR_NAME, FACILITATOR_EMAIL)
    expect(header_login_link(page)).to_have_count(0)

    page.locator(f'header form[action="{LOGOUT_URL}"] button[type="submit"]').click()
    expect(page).to_have_url(url_path("/"))
    expect(header_login_link(page)).to_be_visible()
    expect(page.locator(f'header form[action="{LOGOUT_URL}"]')).to_have_count(0)
    # Logged out for real: the profile asks for a login again.
    page.goto(f"{live_server.url}{PROFILE_URL}")
    expect(page).to_have_url(re.compile(rf"{re.escape(LOGIN_URL)}\?next="))


def test_facilitator_without_mfa_must_activate_totp_before_the_profile(page: Page, live_server):
    user = make_user(Role.FACILITATOR, mfa=False, full_name="Frida Facilitator")
    page.goto(f"{live_server.url}{LOGIN_URL}")
    submit_login(page, user.email, PASSWORD)

    # The role requires MFA: the login leads to the TOTP set-up, not to the profile.
    confirm_password_for_totp_setup(page, PASSWORD)
    expect(page.get_by_role("heading", level=1)).to_have_text("Aktiver autentificeringsapp")
    # Other pages stay closed until TOTP is set up.
    page.goto(f"{live_server.url}{PROFILE_URL}")
    expect(page).to_have_url(re.compile(rf"{re.escape(TOTP_ACTIVATE_URL)}\?next="))

    secret = page.locator("#authenticator_secret").input_value()
    assert re.fullmatch(r"[A-Z2-7]{16,}=*", secret), secret
    expect(page.get_by_role("img", name=secret)).to_be_visible()  # the QR code
    form = page.locator(f'main form[action="{TOTP_ACTIVATE_URL}"]')
    form.locator('input[name="code"]').fill(fresh_totp_code(secret))
    form.get_by_role("button", name="Aktiver").click()

    # allauth shows the recovery codes it generated along with TOTP.
    expect(page).to_have_url(url_path(RECOVERY_CODES_URL))
    expect(page.get_by_role("heading", level=1)).to_have_text("Gendannelseskoder")
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()

    page.locator(f'header nav a[href="{PROFILE_URL}"]').click()
    assert_profile_of(page, "Frida Facilitator", user.email)


@pytest.mark.parametrize("path", ["/", LOGIN_URL, ACCESSIBILITY_URL])
def test_public_pages_have_no_serious_accessibility_violations(page: Page, live_server, path):
    page.goto(f"{live_server.url}{path}")
    expect(page).to_have_url(url_path(path))
    expect(page.locator("main#main")).to_be_visible()
    assert_accessible(serious_axe_violations(page, path))


def test_login_steps_and_profile_have_no_serious_accessibility_violations(page: Page, live_server):
    seed_users()
    page.goto(f"{live_server.url}{LOGIN_URL}")
    submit_login(page, FACILITATOR_EMAIL, settings.DEMO_PASSWORD)
    expect(page).to_have_url(url_path(MFA_AUTHENTICATE_URL))
    found = serious_axe_violations(page, MFA_AUTHENTICATE_URL)
    enter_totp_code(page, settings.DEMO_TOTP_SECRET)
    assert_profile_of(page, FACILITATOR_NAME, FACILITATOR_EMAIL)
    found += serious_axe_violations(page, PROFILE_URL)
    assert_accessible(found)


def test_totp_setup_pages_have_no_serious_accessibility_violations(page: Page, live_server):
    user = make_user(Role.FACILITATOR, mfa=False)
    page.goto(f"{live_server.url}{LOGIN_URL}")
    submit_login(page, user.email, PASSWORD)
    expect(page).to_have_url(re.compile(rf"{re.escape(REAUTHENTICATE_URL)}\?next="))
    found = serious_axe_violations(page, REAUTHENTICATE_URL)
    confirm_password_for_totp_setup(page, PASSWORD)
    found += serious_axe_violations(page, TOTP_ACTIVATE_URL)
    secret = page.locator("#authenticator_secret").input_value()
    page.locator('main input[name="code"]').fill(fresh_totp_code(secret))
    page.locator('main button[type="submit"]').click()
    expect(page).to_have_url(url_path(RECOVERY_CODES_URL))
    found += serious_axe_violations(page, RECOVERY_CODES_URL)
    assert_accessible(found)


def test_open_mobile_menu_has_no_serious_accessibility_violations(page: Page, live_server):
    page.set_viewport_size({"width": 375, "height": 740})
    page.goto(f"{live_server.url}/")
    menu = page.locator("#main-nav")
    toggler = page.locator('header button.navbar-toggler[aria-controls="main-nav"]')
    expect(menu).to_be_hidden()
    expect(header_login_link(page)).to_be_hidden()

    toggler.click()
    expect(toggler).to_have_attribute("aria-expanded", "true")
    expect(menu).to_have_class(re.compile(r"\bshow\b"))  # Bootstrap's collapse has finished
    expect(header_login_link(page)).to_be_visible()
    assert_accessible(serious_axe_violations(page, "/ with the mobile menu open"))


def test_skip_link_is_the_first_tab_stop_and_moves_focus_to_main(page: Page, live_server):
    page.goto(f"{live_server.url}/")
    skip_link = page.locator('a[href="#main"]')
    expect(skip_link).to_have_count(1)
    assert skip_link.bounding_box()["width"] <= 1  # visually hidden until focused

    page.keyboard.press("Tab")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()
    assert skip_link.bounding_box()["width"] > 20, "the focused skip link is not shown"

    page.keyboard.press("Enter")
    expect(page.locator("main#main")).to_be_focused()
    expect(page).to_have_url(url_path("/#main"))


def test_was_redirects_to_the_accessibility_statement(page: Page, live_server):
    response = page.goto(f"{live_server.url}/was")
    expect(page).to_have_url(url_path(ACCESSIBILITY_URL))
    assert response is not None
    assert response.ok
    redirect = response.request.redirected_from
    assert redirect is not None
    assert redirect.url == f"{live_server.url}/was"
    assert redirect.response().status == 301
    expect(page.get_by_role("heading", level=1)).to_be_visible()
