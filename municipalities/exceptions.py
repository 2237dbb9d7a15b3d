"""Named errors of course workflows. Each carries a Danish message for the user."""

from django.utils.translation import gettext as _

from .models import Phase


class CourseError(Exception):
    """Base class: `message` is shown to the user as it is."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class PhaseConflict(CourseError):
    """Somebody else moved the course while this user was looking at it."""

    def __init__(self, current_phase: int):
        self.current_phase = current_phase
        super().__init__(
            _(
                "Somebody else has just moved the course; it is now in %(phase)s. "
                "Look at the course again before you move it."
            )
            % {"phase": Phase(current_phase).label}
        )


class IllegalPhaseMove(CourseError):
    pass


class GateNotPassed(CourseError):
    def __init__(self, open_items: list):
        self.open_items = open_items
        super().__init__(
            _(
                "%(count)s exit criteria are not ticked off. Tick them off, or write why the "
                "course should move on anyway."
            )
            % {"count": len(open_items)}
        )


class NotAllowed(CourseError):
    pass
