import pytest
from django.urls import reverse

from learning.models import ClusterMembership, LearningCluster
from municipalities.models import Municipality
from portal.accounts.roles import Role
from tests.municipalities.factories import make_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def cluster():
    cluster = LearningCluster.objects.create(name="Læringsklynge Vest")
    for name, status in [
        ("Nordfyns", "medlem"),
        ("Kolding", "medlem"),
        ("Langeland", "ansoeger"),
    ]:
        ClusterMembership.objects.create(
            cluster=cluster, municipality=Municipality.objects.get(name=name), status=status
        )
    return cluster


def _cards(content: str) -> set[str]:
    names = {"Nordfyns", "Kolding", "Langeland", "Glostrup"}
    board = content.split('class="row row-cols-1')[1].split('aria-labelledby="history-heading"')[0]
    return {name for name in names if f">{name}</a>" in board}


def test_the_board_filters_by_learning_cluster_members(client, client_as, cluster):
    client_as(Role.EDITOR)
    for name in ("Nordfyns", "Kolding", "Langeland", "Glostrup"):
        make_course(name)
    url = reverse("municipalities:board")
    everything = client.get(url).content.decode()
    assert "Læringsklynge Vest" in everything  # offered as a choice
    assert _cards(everything) == {"Nordfyns", "Kolding", "Langeland", "Glostrup"}
    filtered = client.get(url, {"cluster": cluster.pk}).content.decode()
    # Applicants are not (yet) part of the cluster's work.
    assert _cards(filtered) == {"Nordfyns", "Kolding"}
    assert f'<option value="{cluster.pk}" selected>' in filtered


def test_an_unknown_cluster_is_ignored_and_explained(client, client_as, cluster):
    client_as(Role.EDITOR)
    make_course("Glostrup")
    content = client.get(reverse("municipalities:board"), {"cluster": 999999}).content.decode()
    assert _cards(content) == {"Glostrup"}
    assert "Marker en gyldig valgmulighed" in content


def test_seed_demo_has_the_cluster_of_the_project_description():
    from portal.demo.seed import seed_learning_cluster

    seed_learning_cluster()
    seed_learning_cluster()
    cluster = LearningCluster.objects.get()
    assert cluster.is_demo
    assert dict(cluster.memberships.values_list("municipality__name", "status")) == {
        "Nordfyns": "medlem",
        "Glostrup": "medlem",
        "Kolding": "medlem",
        "Langeland": "ansoeger",
    }
