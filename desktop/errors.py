"""Turning core's specific exceptions into sentences a person can act on."""

from __future__ import annotations

import errno


def describe_error(error: BaseException) -> str:
    """A one-paragraph message for a dialog or status line; never a traceback.

    A ``UserError``'s message is written for people and shown as is (checked first: some, like
    ``FileStoreError``, are also ``OSError``s). Other exceptions are worded here.
    """
    from core.chat.conversations import ConversationNotFound
    from core.errors import UserError

    if isinstance(error, UserError):
        return str(error)
    if isinstance(error, ConversationNotFound):
        # Its message names the conversation's id, which is for the command line and the log.
        return (
            "That conversation is no longer there: it was moved to the trash or deleted "
            "meanwhile, perhaps from another window or the command line."
        )
    if isinstance(error, PermissionError):
        return f"ConvoSphere is not allowed to write to {error.filename}. Check its permissions."
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return "The disk is full. Free some space and try again; nothing was lost."
    if isinstance(error, OSError):
        where = f" ({error.filename})" if error.filename else ""
        return f"A file operation failed{where}: {error.strerror or error}."
    return (
        f"Something unexpected went wrong ({type(error).__name__}). "
        "The details are in the log file; nothing you saved was lost."
    )
