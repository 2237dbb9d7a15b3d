"""The learning cluster as a filter on the portfolio board (municipalities.board_filters)."""

from django.utils.translation import gettext_lazy as _

from municipalities.board_filters import Group, Grouping


def cluster_groups() -> list[Group]:
    """Every cluster with its member municipalities (applicants and former members are not
    part of the cluster's work), in one query."""
    from .models import ClusterMembership, LearningCluster

    members: dict[int, set[int]] = {}
    names: dict[int, str] = {}
    for cluster_id, name, municipality_id, status in LearningCluster.objects.values_list(
        "pk", "name", "memberships__municipality_id", "memberships__status"
    ).order_by("name", "pk"):
        names[cluster_id] = name
        members.setdefault(cluster_id, set())
        if municipality_id and status == ClusterMembership.Status.MEMBER:
            members[cluster_id].add(municipality_id)
    return [Group(pk, names[pk], frozenset(ids)) for pk, ids in members.items()]


CLUSTER_FILTER = Grouping(
    name="cluster",
    label=_("Learning cluster"),
    all_label=_("All learning clusters"),
    groups=cluster_groups,
)
