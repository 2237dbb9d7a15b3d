import pytest
from django.urls import reverse

from portal.accounts.models import User
from portal.accounts.roles import Role

pytestmark = pytest.mark.django_db


def test_profile_shows_the_user_and_links_to_password_email_and_mfa(client, client_as):
    user = client_as(Role.SHOP_STEWARD)
    content = client.get(reverse("accounts:profile")).content.decode()
    assert user.email in content
    assert reverse("account_change_password") in content
    assert reverse("account_email") in content
    assert reverse("mfa_index") in content
    assert content.count("<h1") == 1


def test_profile_saves_name_and_job_title(client, client_as):
    user = client_as(Role.LEADER)
    response = client.post(
        reverse("accounts:profile"),
        {
            "full_name": "  Mette Jensen ",
            "job_title": "Dagtilbudsleder",
            "wants_course_digest": "on",
        },
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert (user.full_name, user.job_title) == ("Mette Jensen", "Dagtilbudsleder")
    assert user.wants_course_digest is True


def test_profile_switches_the_weekly_digest_off_and_on(client, client_as):
    user = client_as(Role.FACILITATOR)
    assert user.wants_course_digest is True
    content = client.get(reverse("accounts:profile")).content.decode()
    assert 'type="checkbox" name="wants_course_digest"' in content
    assert "checked" in content.split('name="wants_course_digest"')[1].split(">")[0]
    # An unticked checkbox is simply missing from the POST.
    data = {"full_name": user.full_name, "job_title": user.job_title}
    assert client.post(reverse("accounts:profile"), data).status_code == 302
    user.refresh_from_db()
    assert user.wants_course_digest is False
    content = client.get(reverse("accounts:profile")).content.decode()
    assert "checked" not in content.split('name="wants_course_digest"')[1].split(">")[0]
    data["wants_course_digest"] = "on"
    client.post(reverse("accounts:profile"), data)
    user.refresh_from_db()
    assert user.wants_course_digest is True


def test_profile_with_empty_name_keeps_input_and_says_why_in_danish(client, client_as):
    user = client_as(Role.LEADER)
    before = user.full_name
    response = client.post(
        reverse("accounts:profile"), {"full_name": "   ", "job_title": "Skoleleder"}
    )
    content = response.content.decode()
    assert response.status_code == 200
    assert "Skriv dit navn." in content
    assert 'value="Skoleleder"' in content
    user.refresh_from_db()
    assert user.full_name == before


def test_get_changes_nothing(client, client_as):
    user = client_as(Role.LEADER)
    client.get(reverse("accounts:profile"), {"full_name": "Ændret"})
    assert User.objects.get(pk=user.pk).full_name == user.full_name


def test_profile_names_the_roles_in_the_users_language(client, client_as):
    client_as(Role.LEADER)
    assert "Leder (institutions-/førstelinjeleder)" in client.get("/konto/profil/").content.decode()
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert "Leader (institution/first-line)" in client.get("/konto/profil/").content.decode()
