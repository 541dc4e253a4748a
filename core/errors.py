"""The one base class for errors whose message is written for the person using the app."""

from __future__ import annotations


class UserError(Exception):
    """An error whose message is written for the person using the app, shown as is.

    ``str(error)`` says what went wrong and what to do, in plain words: no ids a person never
    saw, no tracebacks, no secrets. Subclasses keep any other base that code catches them by
    (``class TagError(UserError, ValueError)``). Anything that is not a ``UserError`` is a bug
    or an environment failure, and the GUI words it itself.
    """
