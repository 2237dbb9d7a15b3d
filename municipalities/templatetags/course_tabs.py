from django import template
from django.urls import reverse

from municipalities import course_tabs

register = template.Library()


@register.simple_tag(takes_context=True)
def extra_course_tabs(context, course) -> list[tuple[str, str]]:
    """(label, url) of the tabs other apps add to the course page, for this user."""
    user = context["request"].user
    return [
        (tab.label, reverse(tab.url_name, args=[course.pk]))
        for tab in course_tabs.visible_tabs(user, course)
    ]
