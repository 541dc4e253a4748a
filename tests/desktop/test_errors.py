"""describe_error: people-written messages as is; everything else worded for people here."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from core.chat.conversations import ConversationNotFound
from core.files import FileStore
from core.library.tags import TagNameTaken, TagService
from core.root import Root
from desktop.errors import describe_error

GENERIC = "Something unexpected went wrong"


def test_a_tag_name_clash_is_shown_as_the_service_wrote_it(services: Root) -> None:
    tags = TagService(services.database, services.recorder, services.workspace_id)
    tags.create("Research")
    with pytest.raises(TagNameTaken) as caught:
        tags.create("RESEARCH")
    assert describe_error(caught.value) == "A tag named “Research” already exists."


def test_a_file_store_failure_is_shown_as_is_not_as_a_generic_file_error(tmp_path: Path) -> None:
    with pytest.raises(OSError) as caught:
        FileStore(tmp_path / "files").put(tmp_path / "gone.txt")
    assert describe_error(caught.value) == str(caught.value)
    assert str(caught.value).startswith("Could not copy gone.txt into the library")


def test_a_missing_conversation_gets_words_without_its_id() -> None:
    message = describe_error(ConversationNotFound("There is no conversation 01HZX."))
    assert "01HZX" not in message
    assert message.startswith("That conversation is no longer there")


def test_os_errors_are_worded_here() -> None:
    full = OSError(errno.ENOSPC, "No space left on device")
    assert describe_error(full).startswith("The disk is full.")
    denied = PermissionError(errno.EACCES, "Permission denied", "/data/db.sqlite")
    assert "/data/db.sqlite" in describe_error(denied)


def test_anything_else_is_unexpected_and_names_only_its_type() -> None:
    message = describe_error(KeyError("secret-internal-key"))
    assert message.startswith(GENERIC)
    assert "KeyError" in message
    assert "secret-internal-key" not in message
