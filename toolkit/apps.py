from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ToolkitConfig(AppConfig):
    name = "toolkit"
    verbose_name = _("Tools")

    def ready(self) -> None:
        from municipalities import course_tabs

        course_tabs.register(
            course_tabs.CourseTab(
                _("Starter pack"),
                "toolkit:starter_pack",
                # It names the course's people with their e-mail addresses: members and staff.
                is_visible=lambda user, course: course.has_member(user),
            )
        )
