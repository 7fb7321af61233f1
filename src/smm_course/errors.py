"""The one exception type for problems a user can fix (shown as one line, no traceback)."""


class UserError(Exception):
    """A problem the user can fix; its message is already in the user's language."""
