from django import forms
from django.utils.translation import gettext_lazy as _

from .models import User


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["full_name", "job_title", "wants_course_digest"]
        help_texts = {"job_title": _("For example: tillidsrepræsentant, dagtilbudsleder.")}
        error_messages = {"full_name": {"required": _("Please enter your name.")}}
