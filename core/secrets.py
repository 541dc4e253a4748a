"""API keys and other secrets: environment override, then a secure keyring, then a private file.

Qt-free. Every `SecretStore` method blocks (a locked keyring waits for the user to answer its
unlock prompt), so the GUI must call them off its thread.
"""

from __future__ import annotations

import enum
import json
import logging
import os
import re
import threading
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from core.errors import UserError
from core.i18n import translate
from core.logs import register_secret

if TYPE_CHECKING:
    # keyring costs ~70 ms to import, so it is only imported at runtime when first used.
    from keyring.backend import KeyringBackend

__all__ = ["SecretLocation", "SecretStatus", "SecretStore", "SecretStoreError", "redact"]

log = logging.getLogger(__name__)

_FILE_NAME = "secrets.json"
_ENV_PREFIX = "CONVOSPHERE_"
_REDACTED = "•••"
_MIN_REDACT_LENGTH = 4


class SecretLocation(enum.Enum):
    """Where the value of a secret currently comes from."""

    ENVIRONMENT = "environment"
    KEYRING = "keyring"
    FILE = "file"
    NONE = "none"


@dataclass(frozen=True)
class SecretStatus:
    """Where a secret lives, with a sentence the Settings page can show as is.

    Holds no secret value, so it is safe to log or display.
    """

    location: SecretLocation
    detail: str


class SecretStoreError(UserError):
    """A secret could not be saved or removed anywhere; the message says what to fix.

    The message never contains the secret value.
    """


def redact(text: str, secrets: Iterable[str]) -> str:
    """Return `text` with every secret value of 4 or more characters replaced by "•••".

    Shorter values are left alone: redacting "a" or "123" would mangle ordinary text. Longer
    values are replaced first so a secret that contains another is hidden whole.
    """
    for secret in sorted(
        {s for s in secrets if len(s) >= _MIN_REDACT_LENGTH}, key=len, reverse=True
    ):
        text = text.replace(secret, _REDACTED)
    return text


def _env_names(name: str) -> tuple[str, str]:
    """The environment variables that override `name`, the winning one first."""
    plain = re.sub(r"[^A-Z0-9]", "_", name.upper())
    return _ENV_PREFIX + plain, plain


def _reason(exc: BaseException, value: str | None = None) -> str:
    """A short description of a keyring failure, e.g. "Prompt dismissed".

    The value is redacted in case a backend echoes its arguments.
    """
    return redact(str(exc), [value] if value else []) or type(exc).__name__


def _is_secure(backend: KeyringBackend) -> bool:
    """Whether `backend` encrypts what it stores (fail, null and keyrings.alt do not)."""
    from keyring.backends import fail, null

    module = type(backend).__module__
    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    if module == "keyrings.alt" or module.startswith("keyrings.alt."):
        return False
    try:
        priority = float(type(backend).priority)
    except Exception:  # a backend unusable here raises from `priority`
        return False
    return priority > 0


def _secure_backend(backend: KeyringBackend) -> KeyringBackend | None:
    """The backend to store secrets in, or None when nothing secure is available.

    The chainer writes into its first member that accepts the value, which may be a plaintext
    one, so its best secure member is used directly instead.
    """
    from keyring.backends.chainer import ChainerBackend

    if isinstance(backend, ChainerBackend):
        try:
            members: list[KeyringBackend] = list(type(backend).backends)
        except Exception:
            log.warning("Could not list the keyring backends", exc_info=True)
            return None
        return next((m for m in members if _is_secure(m)), None)
    return backend if _is_secure(backend) else None


def _backend_label(backend: KeyringBackend) -> str:
    """A short name for the keyring, e.g. "SecretService", "Windows", "macOS"."""
    cls = type(backend)
    return cls.__module__.rpartition(".")[2] if cls.__name__ == "Keyring" else cls.__name__


class SecretStore:
    """Saves, reads and removes named secrets such as API keys.

    Lookup order: the environment (`CONVOSPHERE_<NAME>`, then `<NAME>`), then the private file,
    then a secure keyring. The file comes before the keyring because a copy there is always the
    newer one: `set` removes it whenever the keyring accepts a value, and writes it only when
    the keyring refused, in which case the stale keyring entry may not be removable yet.

    All methods block (a locked keyring waits for its unlock prompt): call them off the GUI
    thread. Values are never logged and never put into statuses or exceptions.
    """

    def __init__(
        self,
        config_dir: Path,
        service: str = "ConvoSphere",
        env: Mapping[str, str] | None = None,
        *,
        backend: KeyringBackend | None = None,
    ) -> None:
        """`env` defaults to the live `os.environ`; `backend` to `keyring.get_keyring()`, looked
        up on first use so that constructing a store is cheap."""
        self._config_dir = config_dir
        self._path = config_dir / _FILE_NAME
        self._service = service
        self._env: Mapping[str, str] = os.environ if env is None else env
        self._given_backend = backend
        self._resolved = False
        self._keyring: KeyringBackend | None = None
        self._file_lock = threading.Lock()

    def get(self, name: str) -> str | None:
        """The value of secret `name`, or None when it is not set anywhere.

        A keyring that cannot be read (locked, prompt dismissed) counts as not having the
        secret; `status` says why. Raises SecretStoreError if the file exists but is unreadable.
        Every value handed out is masked in the log file from then on.
        """
        value = self._lookup(name)
        if value:
            register_secret(value)
        return value

    def _lookup(self, name: str) -> str | None:
        _check_name(name)
        env_hit = self._env_override(name)
        if env_hit is not None:
            return env_hit[1]
        value = self._read_file().get(name)
        if value is not None:
            return value
        keyring = self._secure_keyring()
        if keyring is None:
            return None
        try:
            return keyring.get_password(self._service, name)
        except Exception as exc:
            log.warning("Could not read %r from the system keyring (%s)", name, _reason(exc))
            return None

    def set(self, name: str, value: str) -> SecretStatus:
        """Save `value` as secret `name` and say where it went.

        Goes to a secure keyring when one accepts it and reads it back intact; otherwise to the
        private file, unencrypted. An environment override is reported but does not stop the
        save. Raises SecretStoreError only when the file cannot be written either.
        """
        _check_name(name)
        if not value:
            raise ValueError("A secret cannot be empty; use delete() to remove it")
        register_secret(value)
        keyring = self._secure_keyring()
        failure = translate("Secrets", "no secure keyring available")
        if keyring is not None:
            refused = self._store_in_keyring(keyring, name, value)
            if refused is None:
                try:
                    self._remove_from_file(name)
                except OSError as exc:
                    raise SecretStoreError(
                        translate(
                            "Secrets",
                            "Saved {name} in the system keyring, but the older unencrypted copy "
                            "in {path} could not be removed ({error}), so it is still the one "
                            "used. Make {folder} writable, or delete the file, then save again.",
                        ).format(
                            name=repr(name),
                            path=self._path,
                            error=exc.strerror,
                            folder=self._config_dir,
                        )
                    ) from exc
                return self._with_env_note(name, self._keyring_status(keyring))
            failure = translate("Secrets", "the system keyring failed: {reason}").format(
                reason=refused
            )
        try:
            self._write_entry(name, value)
        except OSError as exc:
            raise SecretStoreError(
                translate("Secrets", "Could not save {name}: {failure}, and {problem}").format(
                    name=repr(name), failure=failure, problem=self._write_problem(exc)
                )
            ) from exc
        if keyring is not None:
            self._forget_in_keyring(keyring, name)
        return self._with_env_note(name, self._file_status(failure))

    def delete(self, name: str) -> None:
        """Remove secret `name` from the private file and the keyring; missing is fine.

        Environment variables are left alone. Raises SecretStoreError if a copy could not be
        removed (e.g. the keyring is locked), so Settings never claims a key is gone when not.
        """
        _check_name(name)
        try:
            self._remove_from_file(name)
        except OSError as exc:
            raise SecretStoreError(
                translate(
                    "Secrets",
                    "Could not remove {name} from {path} ({error}). "
                    "Make {folder} writable, or delete the file by hand.",
                ).format(
                    name=repr(name), path=self._path, error=exc.strerror, folder=self._config_dir
                )
            ) from exc
        keyring = self._secure_keyring()
        if keyring is None:
            return
        try:
            keyring.delete_password(self._service, name)
        except Exception as exc:
            # Backends signal "not there" with assorted errors; only a surviving entry matters.
            try:
                still_there = keyring.get_password(self._service, name) is not None
            except Exception:
                still_there = True
            if still_there:
                raise SecretStoreError(
                    translate(
                        "Secrets",
                        "Could not remove {name} from the system keyring ({reason}). "
                        "Unlock the keyring and try again.",
                    ).format(name=repr(name), reason=_reason(exc))
                ) from None

    def status(self, name: str) -> SecretStatus:
        """Where secret `name` currently comes from, worded for the Settings page."""
        _check_name(name)
        env_hit = self._env_override(name)
        if env_hit is not None:
            return _env_status(env_hit[0])
        keyring = self._secure_keyring()
        if name in self._read_file():
            reason = (
                translate("Secrets", "no secure keyring available")
                if keyring is None
                else translate("Secrets", "the system keyring was unavailable when it was saved")
            )
            return self._file_status(reason)
        if keyring is None:
            return SecretStatus(SecretLocation.NONE, translate("Secrets", "Not set"))
        try:
            found = keyring.get_password(self._service, name) is not None
        except Exception as exc:
            return SecretStatus(
                SecretLocation.NONE,
                translate(
                    "Secrets", "Not set (the system keyring could not be read: {reason})"
                ).format(reason=_reason(exc)),
            )
        if found:
            return self._keyring_status(keyring)
        return SecretStatus(SecretLocation.NONE, translate("Secrets", "Not set"))

    def _env_override(self, name: str) -> tuple[str, str] | None:
        """(variable, value) of the environment variable overriding `name`, if any.

        An empty variable counts as unset, as shells make `export X=` easy to leave behind.
        """
        for variable in _env_names(name):
            value = self._env.get(variable)
            if value:
                return variable, value
        return None

    def _with_env_note(self, name: str, stored: SecretStatus) -> SecretStatus:
        env_hit = self._env_override(name)
        if env_hit is None:
            return stored
        variable = env_hit[0]
        return SecretStatus(
            SecretLocation.ENVIRONMENT,
            translate(
                "Secrets",
                "{override}. The value you entered is used once {variable} is unset. {stored}",
            ).format(
                override=_env_status(variable).detail, variable=variable, stored=stored.detail
            ),
        )

    def _secure_keyring(self) -> KeyringBackend | None:
        if not self._resolved:
            backend = self._given_backend
            if backend is None:
                import keyring

                try:
                    backend = keyring.get_keyring()
                except Exception:
                    log.warning("Could not load a keyring backend", exc_info=True)
            self._keyring = None if backend is None else _secure_backend(backend)
            self._resolved = True
        return self._keyring

    def _store_in_keyring(self, keyring: KeyringBackend, name: str, value: str) -> str | None:
        """Store and verify `value`; None on success, else why it failed."""
        try:
            keyring.set_password(self._service, name, value)
            intact = keyring.get_password(self._service, name) == value
        except Exception as exc:
            reason = _reason(exc, value)
            log.warning("The system keyring did not store %r (%s)", name, reason)
            return reason
        if intact:
            return None
        log.warning("The system keyring returned a different value for %r", name)
        self._forget_in_keyring(keyring, name)
        return translate("Secrets", "it returned a different value than was stored")

    def _forget_in_keyring(self, keyring: KeyringBackend, name: str) -> None:
        """Best-effort removal of a stale keyring entry; the file copy is read first anyway."""
        try:
            keyring.delete_password(self._service, name)
        except Exception as exc:
            log.debug("No stale keyring entry removed for %r (%s)", name, _reason(exc))

    def _keyring_status(self, keyring: KeyringBackend) -> SecretStatus:
        return SecretStatus(
            SecretLocation.KEYRING,
            translate("Secrets", "Stored in the system keyring ({keyring})").format(
                keyring=_backend_label(keyring)
            ),
        )

    def _file_status(self, reason: str) -> SecretStatus:
        return SecretStatus(
            SecretLocation.FILE,
            translate("Secrets", "Stored unencrypted in {path} ({reason})").format(
                path=self._path, reason=reason
            ),
        )

    def _read_file(self) -> dict[str, str]:
        try:
            text = self._path.read_text(encoding="utf-8")
        except (FileNotFoundError, NotADirectoryError):
            return {}
        except OSError as exc:
            raise SecretStoreError(
                translate(
                    "Secrets",
                    "Could not read {path} ({error}). Check that the file is readable by you.",
                ).format(path=self._path, error=exc.strerror)
            ) from exc
        data, problem = _parse_secrets(text)
        if data is None:
            raise SecretStoreError(
                translate(
                    "Secrets",
                    "{path} {problem}. Fix it, or delete it and enter your keys again in Settings.",
                ).format(path=self._path, problem=problem)
            )
        return data

    def _write_entry(self, name: str, value: str) -> None:
        with self._file_lock:
            data = self._read_file()
            data[name] = value
            self._write_file(data)

    def _remove_from_file(self, name: str) -> None:
        with self._file_lock:
            data = self._read_file()
            if name not in data:
                return
            del data[name]
            if data:
                self._write_file(data)
            else:
                self._path.unlink(missing_ok=True)

    def _write_file(self, data: dict[str, str]) -> None:
        """Atomically replace the file with `data`, private to the user.

        Raises OSError. Modes are best-effort on Windows.
        """
        folder = self._config_dir
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if os.name == "posix":
            folder.chmod(0o700)  # mkdir leaves an existing folder's mode alone
        tmp = folder / f".{_FILE_NAME}.{uuid.uuid4().hex}.tmp"  # i18n: not UI
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        fd = os.open(tmp, flags, 0o600)
        try:
            if os.name == "posix":
                os.fchmod(fd, 0o600)  # exactly 0600 whatever the umask
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle, indent=2, sort_keys=True)
                handle.flush()
                os.fsync(handle.fileno())
            tmp.replace(self._path)  # os.replace: atomic, also over an existing file
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def _write_problem(self, exc: OSError) -> str:
        """What went wrong writing the file and what the person can do about it."""
        folder = self._config_dir
        if folder.exists() and not folder.is_dir():
            return translate(
                "Secrets",
                "{folder} is a file where ConvoSphere needs its settings folder. "
                "Move or rename that file, then save again.",
            ).format(folder=folder)
        return translate(
            "Secrets",
            "{path} could not be written ({error}). Make sure {folder} is a folder you can "
            "write to and the disk is not full, then save again.",
        ).format(path=self._path, error=exc.strerror, folder=folder)


def _env_status(variable: str) -> SecretStatus:
    return SecretStatus(
        SecretLocation.ENVIRONMENT,
        translate(
            "Secrets", "Set by the environment variable {variable} (not editable here)"
        ).format(variable=variable),
    )


def _parse_secrets(text: str) -> tuple[dict[str, str] | None, str]:
    """The secrets in the file's `text`, or None and what is wrong with it.

    Returns instead of raising because a JSONDecodeError holds the whole file, secrets included,
    and would ride along as the context of an exception raised while handling it.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return None, translate(
            "Secrets", "is not valid JSON (line {line}, column {column})"
        ).format(line=exc.lineno, column=exc.colno)
    if isinstance(data, dict) and all(
        isinstance(k, str) and isinstance(v, str) for k, v in data.items()
    ):
        return data, ""
    return None, translate("Secrets", "should hold a JSON object of names to text values")


def _check_name(name: str) -> None:
    if not name or not name.strip():
        raise ValueError("A secret needs a non-empty name")
