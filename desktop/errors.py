"""Turning core's specific exceptions into sentences a person can act on."""

from __future__ import annotations

import errno

from core.i18n import translate


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
        return translate(
            "Errors",
            "That conversation is no longer there: it was moved to the trash or deleted "
            "meanwhile, perhaps from another window or the command line.",
        )
    if isinstance(error, PermissionError):
        return translate(
            "Errors", "ConvoSphere is not allowed to write to {path}. Check its permissions."
        ).format(path=error.filename)
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return translate(
            "Errors", "The disk is full. Free some space and try again; nothing was lost."
        )
    if isinstance(error, OSError):
        reason = error.strerror or str(error)
        if error.filename:
            return translate("Errors", "A file operation failed ({path}): {reason}.").format(
                path=error.filename, reason=reason
            )
        return translate("Errors", "A file operation failed: {reason}.").format(reason=reason)
    return translate(
        "Errors",
        "Something unexpected went wrong ({error}). "
        "The details are in the log file; nothing you saved was lost.",
    ).format(error=type(error).__name__)
