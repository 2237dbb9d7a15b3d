import pytest
from django.urls import reverse

from municipalities.models import GateItem
from portal.accounts.roles import Role

pytestmark = pytest.mark.django_db


def test_administrator_edits_gate_criteria_in_the_admin(client, client_as):
    client_as(Role.ADMINISTRATOR)
    item = GateItem.objects.filter(phase=1).first()
    assert client.get(reverse("admin:municipalities_gateitem_changelist")).status_code == 200
    response = client.post(
        reverse("admin:municipalities_gateitem_change", args=[item.pk]),
        {"phase": 1, "text": "Intromødet er holdt", "order": 2, "is_active": ""},
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert (item.text, item.is_active) == ("Intromødet er holdt", False)
    response = client.post(
        reverse("admin:municipalities_gateitem_add"),
        {"phase": 0, "text": "Budgettet er godkendt", "order": 9, "is_active": "on"},
    )
    assert GateItem.objects.filter(phase=0, text="Budgettet er godkendt").exists()


def test_editors_cannot_edit_gate_criteria(client, client_as):
    client_as(Role.EDITOR)
    response = client.get(reverse("admin:municipalities_gateitem_changelist"))
    assert response.status_code == 403
