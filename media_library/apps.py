from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MediaLibraryConfig(AppConfig):
    name = "media_library"
    verbose_name = _("Videos, podcast and stories")

    def ready(self) -> None:
        from municipalities import course_tabs

        # Everyone who reads the course sees its stories; its facilitators suggest new ones.
        course_tabs.register(course_tabs.CourseTab(_("Stories"), "news:course_stories"))
