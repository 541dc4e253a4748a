"""UserError: core's errors whose message is written for people, and only those."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.chat.assistants import AssistantInvalid
from core.chat.conversations import ConversationNotFound
from core.chat.errors import ProviderAuthError, ProviderError, RateLimited
from core.chat.local_servers import ModelListError
from core.db.migrate import DatabaseError, DatabaseTooNew
from core.errors import UserError
from core.files import FileStore, FileStoreError
from core.jobs import ItemFailed, JobError, JobNotFound, JobStateConflict, UnknownJobKind
from core.knowledge.embedder import EmbeddingUnavailable
from core.knowledge.formats import DocumentUnreadable, EmptyDocument, check_importable
from core.knowledge.library import DocumentNotFound
from core.library.bulk import BulkError
from core.library.tags import TagError, TagNameTaken, TagNotFound, TagService
from core.root import Root
from core.secrets import SecretStoreError
from core.settings import SettingError


@pytest.mark.parametrize(
    ("error_type", "other_base"),
    [
        (TagError, ValueError),
        (TagNameTaken, ValueError),
        (TagNotFound, ValueError),
        (BulkError, ValueError),
        (SettingError, ValueError),
        (AssistantInvalid, ValueError),
        (DocumentNotFound, LookupError),
        (FileStoreError, OSError),
        (DocumentUnreadable, Exception),
        (EmptyDocument, DocumentUnreadable),
        (EmbeddingUnavailable, Exception),
        (ProviderError, Exception),
        (ProviderAuthError, ProviderError),
        (RateLimited, ProviderError),
        (ModelListError, Exception),
        (JobError, Exception),
        (JobNotFound, JobError),
        (UnknownJobKind, JobError),
        (JobStateConflict, JobError),
        (ItemFailed, Exception),
        (DatabaseError, Exception),
        (DatabaseTooNew, DatabaseError),
        (SecretStoreError, Exception),
    ],
)
def test_people_facing_errors_are_user_errors_and_keep_the_base_code_catches(
    error_type: type[Exception], other_base: type[Exception]
) -> None:
    assert issubclass(error_type, UserError)
    assert issubclass(error_type, other_base)


def test_a_missing_conversation_is_not_a_user_error_its_message_names_an_id() -> None:
    assert not issubclass(ConversationNotFound, UserError)


def test_a_tag_name_clash_from_the_service_is_a_user_error_with_a_plain_message(
    services: Root,
) -> None:
    tags = TagService(services.database, services.recorder, services.workspace_id)
    tags.create("Research")
    with pytest.raises(UserError) as caught:
        tags.create("research")
    assert isinstance(caught.value, TagNameTaken)
    assert str(caught.value) == "A tag named “Research” already exists."


def test_an_empty_file_to_import_is_a_user_error(tmp_path: Path) -> None:
    empty = tmp_path / "notes.txt"
    empty.write_bytes(b"")
    with pytest.raises(UserError, match=r"notes\.txt is empty"):
        check_importable(empty)


def test_a_file_the_store_cannot_copy_is_a_user_error_and_still_an_os_error(
    tmp_path: Path,
) -> None:
    store = FileStore(tmp_path / "files")
    with pytest.raises(UserError, match=r"Could not copy gone\.txt into the library") as caught:
        store.put(tmp_path / "gone.txt")
    assert isinstance(caught.value, OSError)
