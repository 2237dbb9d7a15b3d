"""The portal's roles. Each is a Django Group created by a data migration.

Group names are data (Danish, as the people who use the portal say them); checks in code go
through permissions, never through group names.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    ADMINISTRATOR = "Administrator", _("Administrator")
    EDITOR = "Fremfærd-redaktør", _("Fremfærd editor")
    FACILITATOR = "Facilitator", _("Facilitator")
    EMPLOYEE = "Medarbejder", _("Employee")
    SHOP_STEWARD = "Tillidsvalgt", _("Shop steward")
    LEADER = "Leder", _("Leader (institution/first-line)")
    TOP_LEADER = "Topleder", _("Top leader")
    INTERNAL_CONSULTANT = "Intern konsulent", _("Internal consultant")


# Roles whose members work in the Django admin.
STAFF_ROLES = frozenset({Role.ADMINISTRATOR, Role.EDITOR})
