from django.db import models
from django.utils.translation import gettext_lazy as _


class Region(models.Model):
    """One of Denmark's five regions (reference data, loaded by a migration)."""

    code = models.PositiveSmallIntegerField(
        _("region code"), unique=True, help_text=_("DAGI region code, 1081–1085.")
    )
    name = models.CharField(_("name"), max_length=100, unique=True)

    class Meta:
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name

    @property
    def iso_code(self) -> str:
        """ISO 3166-2 code: DAGI 1081 is DK-81, and so on."""
        return f"DK-{self.code % 100}"


class MunicipalityQuerySet(models.QuerySet):
    def with_region(self):
        return self.select_related("region")


class Municipality(models.Model):
    """One of the 98 municipalities (reference data, loaded by a migration)."""

    code = models.CharField(
        _("municipality code"),
        max_length=4,
        unique=True,
        help_text=_("Official municipality code, zero-padded to four digits (0101)."),
    )
    name = models.CharField(_("name"), max_length=100, unique=True)
    region = models.ForeignKey(
        Region, verbose_name=_("region"), on_delete=models.PROTECT, related_name="municipalities"
    )

    objects = MunicipalityQuerySet.as_manager()

    class Meta:
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(code__regex=r"^[0-9]{4}$"), name="municipality_code_4_digits"
            ),
        ]

    def __str__(self) -> str:
        return self.name
