import pytest
from django.test import RequestFactory
from django.views.defaults import server_error

pytestmark = pytest.mark.django_db


def test_404_is_danish(client):
    response = client.get("/denne-side-findes-ikke/")
    assert response.status_code == 404
    content = response.content.decode()
    assert "Siden blev ikke fundet" in content
    assert content.count("<h1") == 1


def test_500_is_danish_and_shows_no_details():
    response = server_error(RequestFactory().get("/"))
    content = response.content.decode()
    assert response.status_code == 500
    assert "Der skete en fejl" in content
    assert "Traceback" not in content


def test_csrf_failure_is_danish():
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    response = strict.post("/konto/login/", {"login": "a@b.dk", "password": "x"})
    assert response.status_code == 403
    assert "Formularen er udløbet" in response.content.decode()
