from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from .forms import ProfileForm
from .roles import Role
from .services import user_update_profile


@login_required
def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        user_update_profile(
            user=request.user,
            full_name=form.cleaned_data["full_name"],
            job_title=form.cleaned_data["job_title"],
            wants_course_digest=form.cleaned_data["wants_course_digest"],
        )
        messages.success(request, _("Your profile has been saved."))
        return redirect("accounts:profile")
    roles = [
        Role(name).label if name in Role.values else name
        for name in request.user.groups.values_list("name", flat=True)
    ]
    return render(request, "accounts/profile.html", {"form": form, "roles": roles})
