"""Named errors of the toolkit's services; views turn them into Danish messages."""


class ToolkitError(Exception):
    """Base for the toolkit's expected errors; str() is a message for the user."""


class NotAllowed(ToolkitError):
    pass


class ToolChanged(ToolkitError):
    """Someone else saved the tool after the editor opened it."""
