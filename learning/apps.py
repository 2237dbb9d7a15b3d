from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LearningConfig(AppConfig):
    name = "learning"
    verbose_name = _("Learning cluster")

    def ready(self) -> None:
        from municipalities import board_filters

        from .board import CLUSTER_FILTER

        board_filters.register(CLUSTER_FILTER)
