"""Access checks shared by the apps' views."""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.http import Http404


def permission_or_404(permission: str):
    """Logged-in users with `permission`. Anyone else logged in gets 404, as for anything
    they may not see (the wrong user learns nothing); anonymous visitors are sent to login."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.has_perm(permission):
                raise Http404
            return view(request, *args, **kwargs)

        return login_required(wrapped)

    return decorator
