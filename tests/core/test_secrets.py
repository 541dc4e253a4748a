"""Behaviour of core.secrets against real files and real (in-process) keyring backends."""

from __future__ import annotations

import json
import logging
import os
import stat
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.backends.chainer import ChainerBackend
from keyring.errors import InitError, KeyringLocked, PasswordDeleteError, PasswordSetError

from core.secrets import SecretLocation, SecretStatus, SecretStore, SecretStoreError, redact

SECRET = "sk-test-5f2c9a81d0e34b7c"
NAME = "openai_api_key"

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX-only")


class MemoryKeyring(KeyringBackend):
    """A secure backend that keeps passwords in memory, standing in for SecretService."""

    priority = 1
    # Every concrete backend class registers itself with keyring; not viable keeps this one
    # from being picked by keyring.get_keyring() in other tests of the session.
    viable = False

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError("No such password!")


class PromptDismissedKeyring(MemoryKeyring):
    """A keyring whose unlock prompt the user (or a headless session) dismissed."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise InitError("Prompt dismissed")


class BrokenKeyring(MemoryKeyring):
    """Accepts a password but hands back something else."""

    def get_password(self, service: str, username: str) -> str | None:
        stored = super().get_password(service, username)
        return None if stored is None else stored[::-1]


class LockedKeyring(MemoryKeyring):
    """Holds entries but refuses every operation while locked."""

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("Failed to unlock the collection")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("Failed to unlock the collection")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringLocked("Failed to unlock the collection")


class EchoingKeyring(MemoryKeyring):
    """Refuses with an error message that repeats the password it was given."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError(f"cannot store {password!r} for {username}")


class PlaintextLookalike(MemoryKeyring):
    """Looks like a keyrings.alt backend: high priority, but stores plaintext."""

    __module__ = "keyrings.alt.file"


class ChainWithoutSecureMember(ChainerBackend):
    viable = False
    backends = [null.Keyring(), PlaintextLookalike()]  # noqa: RUF012


@pytest.fixture
def config_dir(tmp_path: Path) -> Path:
    return tmp_path / "config" / "ConvoSphere"


def make_store(
    config_dir: Path, backend: KeyringBackend, env: dict[str, str] | None = None
) -> SecretStore:
    return SecretStore(config_dir, env=env or {}, backend=backend)


def file_secrets(config_dir: Path) -> dict[str, str]:
    path = config_dir / "secrets.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def exception_chain(exc: BaseException | None) -> Iterator[BaseException]:
    while exc is not None:
        yield exc
        exc = exc.__cause__ or exc.__context__


def test_secure_keyring_keeps_secret_out_of_the_config_folder(config_dir: Path) -> None:
    keyring = MemoryKeyring()
    store = make_store(config_dir, keyring)

    status = store.set(NAME, SECRET)

    assert status == SecretStatus(
        SecretLocation.KEYRING, "Stored in the system keyring (MemoryKeyring)"
    )
    assert store.get(NAME) == SECRET
    assert store.status(NAME) == status
    assert keyring.passwords == {("ConvoSphere", NAME): SECRET}
    assert not (config_dir / "secrets.json").exists()


@pytest.mark.parametrize(
    "insecure_backend",
    [null.Keyring, fail.Keyring, PlaintextLookalike, ChainWithoutSecureMember],
    ids=["null", "fail", "keyrings.alt", "chainer-without-secure-member"],
)
def test_without_secure_keyring_secret_goes_to_private_file(
    config_dir: Path, insecure_backend: Callable[[], KeyringBackend]
) -> None:
    backend = insecure_backend()
    status = make_store(config_dir, backend).set(NAME, SECRET)

    path = config_dir / "secrets.json"
    assert status == SecretStatus(
        SecretLocation.FILE, f"Stored unencrypted in {path} (no secure keyring available)"
    )
    assert file_secrets(config_dir) == {NAME: SECRET}
    assert make_store(config_dir, backend).get(NAME) == SECRET
    assert [p.name for p in config_dir.iterdir()] == ["secrets.json"], "no temp file left"
    if isinstance(backend, MemoryKeyring):
        assert backend.passwords == {}, "nothing handed to a plaintext keyring"


def test_chainer_stores_in_its_secure_member_not_a_plaintext_one(config_dir: Path) -> None:
    plaintext, secure = PlaintextLookalike(), MemoryKeyring()

    class ChainWithSecureMember(ChainerBackend):
        viable = False
        backends = [plaintext, secure]  # noqa: RUF012

    status = make_store(config_dir, ChainWithSecureMember()).set(NAME, SECRET)

    assert status.location is SecretLocation.KEYRING
    assert "MemoryKeyring" in status.detail
    assert secure.passwords == {("ConvoSphere", NAME): SECRET}
    assert plaintext.passwords == {}


@posix_only
def test_fallback_file_is_private_to_the_user(config_dir: Path) -> None:
    make_store(config_dir, null.Keyring()).set(NAME, SECRET)

    assert stat.S_IMODE(config_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE((config_dir / "secrets.json").stat().st_mode) == 0o600


@posix_only
def test_saving_tightens_an_existing_config_folder(config_dir: Path) -> None:
    config_dir.mkdir(parents=True, mode=0o755)
    config_dir.chmod(0o755)

    make_store(config_dir, null.Keyring()).set(NAME, SECRET)

    assert stat.S_IMODE(config_dir.stat().st_mode) == 0o700


def test_prompt_dismissed_falls_back_to_private_file(config_dir: Path) -> None:
    store = make_store(config_dir, PromptDismissedKeyring())

    status = store.set(NAME, SECRET)

    assert status.location is SecretLocation.FILE
    assert "unencrypted" in status.detail
    assert "Prompt dismissed" in status.detail
    assert store.get(NAME) == SECRET
    assert store.status(NAME).location is SecretLocation.FILE


def test_keyring_returning_a_different_value_falls_back_to_file_and_drops_its_entry(
    config_dir: Path,
) -> None:
    keyring = BrokenKeyring()
    store = make_store(config_dir, keyring)

    status = store.set(NAME, SECRET)

    assert status.location is SecretLocation.FILE
    assert store.get(NAME) == SECRET
    assert keyring.passwords == {}


def test_falling_back_to_file_removes_stale_keyring_entry(config_dir: Path) -> None:
    keyring = PromptDismissedKeyring()
    keyring.passwords[("ConvoSphere", NAME)] = "sk-old-key-from-last-year"

    make_store(config_dir, keyring).set(NAME, SECRET)

    assert keyring.passwords == {}
    assert make_store(config_dir, keyring).get(NAME) == SECRET


def test_newer_file_copy_wins_over_keyring_entry_that_could_not_be_removed(
    config_dir: Path,
) -> None:
    locked = LockedKeyring()
    locked.passwords[("ConvoSphere", NAME)] = "sk-old-key-from-last-year"
    make_store(config_dir, locked).set(NAME, SECRET)

    unlocked = MemoryKeyring()
    unlocked.passwords = locked.passwords

    assert make_store(config_dir, unlocked).get(NAME) == SECRET


def test_secret_moved_from_file_to_keyring_leaves_no_plaintext_copy(config_dir: Path) -> None:
    make_store(config_dir, null.Keyring()).set(NAME, "sk-first-key-in-the-file")
    keyring = MemoryKeyring()

    status = make_store(config_dir, keyring).set(NAME, SECRET)

    assert status.location is SecretLocation.KEYRING
    path = config_dir / "secrets.json"
    assert not path.exists() or "sk-first-key-in-the-file" not in path.read_text()
    assert make_store(config_dir, keyring).get(NAME) == SECRET


def test_moving_one_secret_to_keyring_keeps_the_others_in_file(config_dir: Path) -> None:
    file_store = make_store(config_dir, null.Keyring())
    file_store.set(NAME, "sk-first-key-in-the-file")
    file_store.set("anthropic_api_key", "sk-ant-stays-here")

    make_store(config_dir, MemoryKeyring()).set(NAME, SECRET)

    assert file_secrets(config_dir) == {"anthropic_api_key": "sk-ant-stays-here"}


def test_environment_variable_overrides_stored_secret_and_status_names_it(
    config_dir: Path,
) -> None:
    keyring = MemoryKeyring()
    make_store(config_dir, keyring).set(NAME, SECRET)
    store = make_store(config_dir, keyring, env={"OPENAI_API_KEY": "sk-from-the-environment"})

    assert store.get(NAME) == "sk-from-the-environment"
    assert store.status(NAME) == SecretStatus(
        SecretLocation.ENVIRONMENT,
        "Set by the environment variable OPENAI_API_KEY (not editable here)",
    )


def test_prefixed_environment_variable_wins_over_plain_one(config_dir: Path) -> None:
    env = {"OPENAI_API_KEY": "sk-plain-variable", "CONVOSPHERE_OPENAI_API_KEY": "sk-prefixed"}
    store = make_store(config_dir, MemoryKeyring(), env=env)

    assert store.get(NAME) == "sk-prefixed"
    assert "CONVOSPHERE_OPENAI_API_KEY" in store.status(NAME).detail


def test_environment_variable_name_is_derived_from_secret_name(config_dir: Path) -> None:
    store = make_store(config_dir, MemoryKeyring(), env={"ANTHROPIC_API_KEY": "sk-ant-env"})

    assert store.get("anthropic.api-key") == "sk-ant-env"


def test_empty_environment_variable_does_not_hide_stored_secret(config_dir: Path) -> None:
    store = make_store(config_dir, MemoryKeyring(), env={"OPENAI_API_KEY": ""})
    store.set(NAME, SECRET)

    assert store.get(NAME) == SECRET
    assert store.status(NAME).location is SecretLocation.KEYRING


def test_saving_while_environment_overrides_still_stores_and_says_so(config_dir: Path) -> None:
    keyring = MemoryKeyring()
    store = make_store(config_dir, keyring, env={"OPENAI_API_KEY": "sk-from-the-environment"})

    status = store.set(NAME, SECRET)

    assert status.location is SecretLocation.ENVIRONMENT
    assert "OPENAI_API_KEY" in status.detail
    assert "system keyring" in status.detail
    assert make_store(config_dir, keyring).get(NAME) == SECRET


def test_unset_secret_reports_not_set(config_dir: Path) -> None:
    for backend in (MemoryKeyring(), null.Keyring(), fail.Keyring()):
        store = make_store(config_dir, backend)
        assert store.get(NAME) is None
        assert store.status(NAME) == SecretStatus(SecretLocation.NONE, "Not set")


def test_locked_keyring_status_explains_why_nothing_was_found(config_dir: Path) -> None:
    store = make_store(config_dir, LockedKeyring())

    assert store.get(NAME) is None
    status = store.status(NAME)
    assert status.location is SecretLocation.NONE
    assert "Failed to unlock the collection" in status.detail


def test_delete_removes_secret_from_keyring_and_file(config_dir: Path) -> None:
    make_store(config_dir, null.Keyring()).set(NAME, "sk-copy-in-the-file")
    keyring = MemoryKeyring()
    keyring.passwords[("ConvoSphere", NAME)] = SECRET
    store = make_store(config_dir, keyring)

    store.delete(NAME)

    assert keyring.passwords == {}
    assert NAME not in file_secrets(config_dir)
    assert store.get(NAME) is None
    assert store.status(NAME) == SecretStatus(SecretLocation.NONE, "Not set")


def test_delete_of_unknown_secret_is_quiet(config_dir: Path) -> None:
    for backend in (MemoryKeyring(), null.Keyring(), fail.Keyring()):
        make_store(config_dir, backend).delete(NAME)


def test_delete_while_keyring_is_locked_says_so_instead_of_pretending(config_dir: Path) -> None:
    keyring = LockedKeyring()
    keyring.passwords[("ConvoSphere", NAME)] = SECRET

    with pytest.raises(SecretStoreError, match="Unlock the keyring"):
        make_store(config_dir, keyring).delete(NAME)


def test_secret_value_never_appears_in_status_logs_or_errors(
    config_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    backends: list[KeyringBackend] = [
        MemoryKeyring(),
        null.Keyring(),
        PromptDismissedKeyring(),
        BrokenKeyring(),
        LockedKeyring(),
        EchoingKeyring(),
    ]
    statuses: list[SecretStatus] = []
    errors: list[SecretStoreError] = []
    for backend in backends:
        store = make_store(config_dir, backend, env={"CONVOSPHERE_OTHER": SECRET})
        statuses += [store.set(NAME, SECRET), store.status(NAME), store.status("other")]
        try:
            store.delete(NAME)
        except SecretStoreError as exc:  # the locked keyring cannot delete
            errors.append(exc)
    blocked = config_dir.parent / "blocked"
    blocked.write_text("not a folder")
    with pytest.raises(SecretStoreError) as excinfo:
        make_store(blocked, EchoingKeyring()).set(NAME, SECRET)
    errors.append(excinfo.value)

    assert len(errors) == 2
    for status in statuses:
        assert SECRET not in status.detail
        assert SECRET not in repr(status)
        assert SECRET not in str(status)
    for error in errors:
        assert SECRET not in "".join(traceback.format_exception(error))
    assert SECRET not in caplog.text


def test_unwritable_config_dir_raises_actionable_error_without_value(tmp_path: Path) -> None:
    # Tests run as root, where chmod does not stop writes; a file in the folder's place does.
    config_dir = tmp_path / "ConvoSphere"
    config_dir.write_text("a file where the settings folder should be")
    store = make_store(config_dir, null.Keyring())

    with pytest.raises(SecretStoreError) as excinfo:
        store.set(NAME, SECRET)

    message = str(excinfo.value)
    assert str(config_dir) in message
    assert "no secure keyring available" in message
    assert "Move or rename that file" in message
    assert SECRET not in message
    assert SECRET not in "".join(traceback.format_exception(excinfo.value))


def test_corrupted_secrets_file_raises_actionable_error_without_its_contents(
    config_dir: Path,
) -> None:
    config_dir.mkdir(parents=True)
    (config_dir / "secrets.json").write_text(f'{{"{NAME}": "{SECRET}"', encoding="utf-8")

    with pytest.raises(SecretStoreError, match="not valid JSON") as excinfo:
        make_store(config_dir, null.Keyring()).get(NAME)

    assert str(config_dir / "secrets.json") in str(excinfo.value)
    for exc in exception_chain(excinfo.value):
        assert SECRET not in repr(exc)
        assert SECRET not in str(getattr(exc, "doc", ""))


def test_empty_value_is_refused_rather_than_stored(config_dir: Path) -> None:
    with pytest.raises(ValueError, match="delete"):
        make_store(config_dir, MemoryKeyring()).set(NAME, "")


def test_redact_hides_each_secret_but_not_short_values() -> None:
    text = "key sk-abcdef1234 and password hunter2, pin 123"

    assert redact(text, ["sk-abcdef1234", "hunter2", "123"]) == (
        "key ••• and password •••, pin 123"
    )


def test_redact_hides_a_secret_that_contains_another_whole() -> None:
    assert redact("token=sk-abcdef1234;", ["sk-abc", "sk-abcdef1234"]) == "token=•••;"


def test_redact_without_secrets_returns_text_unchanged() -> None:
    assert redact("nothing to hide", []) == "nothing to hide"
    assert redact("nothing to hide", [""]) == "nothing to hide"
