"""Turning core's specific exceptions into sentences a person can act on."""

from __future__ import annotations

import errno


def describe_error(error: BaseException) -> str:
    """A one-paragraph message for a dialog or status line; never a traceback."""
    from core.chat.assistants import AssistantInvalid
    from core.chat.conversations import ConversationNotFound
    from core.chat.errors import ProviderError
    from core.chat.local_servers import ModelListError
    from core.db.migrate import DatabaseError
    from core.secrets import SecretStoreError
    from core.settings import SettingError

    if isinstance(error, ConversationNotFound):
        return (
            "That conversation is no longer there: it was moved to the trash or deleted "
            "meanwhile, perhaps from another window or the command line."
        )
    written_for_people = (
        DatabaseError | SettingError | SecretStoreError | ProviderError | AssistantInvalid
    )
    if isinstance(error, written_for_people | ModelListError):
        return str(error)
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
