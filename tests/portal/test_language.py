import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db


def test_danish_even_when_the_browser_asks_for_english(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert response["Content-Language"] == "da"
    assert "Cookie" in response["Vary"]
    assert "Mindre bøvl, mere kerneopgave" in response.content.decode()


def test_english_when_chosen_in_the_footer(client):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert response.status_code == 302
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    response = client.get("/")
    assert response["Content-Language"] == "en"
    assert '<html lang="en">' in response.content.decode()
    assert "Less bøvl, more core task" in response.content.decode()


def test_unknown_language_cookie_falls_back_to_danish(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "xx"
    assert client.get("/")["Content-Language"] == "da"
