"""Named errors of the media library's services; views and the admin show them in Danish."""


class MediaError(Exception):
    """Base for the media library's expected errors; str() is a message for the user."""


class CannotPublish(MediaError):
    pass


class NotAllowed(MediaError):
    pass
