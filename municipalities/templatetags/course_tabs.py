from django import template
from django.urls import reverse

from municipalities import course_tabs

register = template.Library()


@register.simple_tag
def extra_course_tabs(course) -> list[tuple[str, str]]:
    """(label, url) of the tabs other apps add to the course page."""
    return [(tab.label, reverse(tab.url_name, args=[course.pk])) for tab in course_tabs.TABS]
