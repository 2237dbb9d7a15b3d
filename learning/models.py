from django.db import models
from django.utils.translation import gettext_lazy as _

from municipalities.models import Municipality


class LearningCluster(models.Model):
    """Municipalities learning together how to stand on their own feet with the method."""

    class Status(models.TextChoices):
        ACTIVE = "aktiv", _("Active")
        PLANNED = "planlagt", _("Planned")
        CLOSED = "afsluttet", _("Closed")

    name = models.CharField(_("name"), max_length=200, unique=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE
    )
    started_on = models.DateField(_("started"), null=True, blank=True)
    municipalities = models.ManyToManyField(
        Municipality, through="ClusterMembership", related_name="learning_clusters"
    )
    is_demo = models.BooleanField(_("demo data"), default=False)

    class Meta:
        verbose_name = _("learning cluster")
        verbose_name_plural = _("learning clusters")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ClusterMembership(models.Model):
    class Status(models.TextChoices):
        MEMBER = "medlem", _("Member")
        APPLICANT = "ansoeger", _("Applicant")
        FORMER = "tidligere", _("Former member")

    cluster = models.ForeignKey(
        LearningCluster, on_delete=models.CASCADE, related_name="memberships"
    )
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        on_delete=models.PROTECT,
        related_name="cluster_memberships",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.MEMBER
    )

    class Meta:
        verbose_name = _("cluster membership")
        verbose_name_plural = _("cluster memberships")
        ordering = ["cluster", "municipality__name"]
        constraints = [
            models.UniqueConstraint(fields=["cluster", "municipality"], name="cluster_member_once"),
        ]

    def __str__(self) -> str:
        return f"{self.municipality} ({self.get_status_display()})"
