"""Every setting, declared once: type, default, description and scope.

The Settings page, validation and persistence all read ``SETTINGS``. Where a value is kept
follows from its scope: device settings in a small JSON file on this device (readable at startup
without opening the database), user and workspace settings in the ``setting`` table (they sync),
secrets in the secret store (never in app.db).
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.errors import UserError
from core.i18n import LANGUAGES

if TYPE_CHECKING:
    from core.changes import ChangeRecorder
    from core.db.session import Database


class Scope(StrEnum):
    """Where a setting applies: this device only, the user everywhere, or a whole workspace."""

    DEVICE = "device"
    USER = "user"
    WORKSPACE = "workspace"


class SettingError(UserError, ValueError):
    """A value a setting cannot take; the message says what it can take."""


@dataclass(frozen=True)
class SettingSpec:
    """The declaration of one setting."""

    key: str
    label: str
    description: str
    kind: type
    default: Any
    scope: Scope
    group: str
    choices: tuple[tuple[str, str], ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    secret: bool = False
    hidden: bool = False

    def validate(self, value: Any) -> Any:
        """The value coerced to this setting's type, or SettingError saying why not."""
        if self.kind is bool:
            if not isinstance(value, bool):
                raise SettingError(f"{self.label} must be on or off.")
            return value
        if self.kind in (int, float):
            if isinstance(value, bool) or not isinstance(value, int | float | str):
                raise SettingError(f"{self.label} must be a number.")
            try:
                number = self.kind(value)
            except ValueError:
                raise SettingError(f"{self.label} must be a number, not {value!r}.") from None
            low, high = self.minimum, self.maximum
            if (low is not None and number < low) or (high is not None and number > high):
                raise SettingError(f"{self.label} must be between {low:g} and {high:g}.")
            return number
        if not isinstance(value, str):
            raise SettingError(f"{self.label} must be text.")
        value = value.strip()
        if self.choices and value not in {c for c, _ in self.choices}:
            allowed = ", ".join(label for _, label in self.choices)
            raise SettingError(f"{self.label} must be one of: {allowed}.")
        return value


PROVIDERS = (
    ("none", "Not set up yet"),
    ("openai", "OpenAI"),
    ("anthropic", "Anthropic"),
    ("openai_compatible", "Local or OpenAI-compatible server (Ollama, LM Studio, llama.cpp)"),
)

SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec(
        "appearance.theme", "Theme", "Follow the system's light or dark mode, or pick one.",
        str, "system", Scope.DEVICE, "Appearance",
        choices=(("system", "Follow the system"), ("light", "Light"), ("dark", "Dark")),
    ),
    SettingSpec(
        "appearance.language", "Language",
        "The language of menus, messages and the command line; follows the system unless you "
        "pick one. Takes effect when ConvoSphere restarts.",
        str, "system", Scope.DEVICE, "Appearance",
        choices=(("system", "Follow the system"), *LANGUAGES.items()),
    ),
    SettingSpec(
        "appearance.touch_mode", "Touch-friendly",
        "Larger buttons, rows and check boxes, for touch screens and easier clicking.",
        bool, False, Scope.DEVICE, "Appearance",
    ),
    SettingSpec(
        "chat.provider", "Model provider", "Where chat answers come from.",
        str, "none", Scope.USER, "Chat", choices=PROVIDERS,
    ),
    SettingSpec(
        "chat.model", "Model", "The model to chat with, e.g. gpt-5-mini or llama3.2.",
        str, "", Scope.USER, "Chat",
    ),
    SettingSpec(
        "chat.base_url", "Server address",
        "Base URL of an OpenAI-compatible server, e.g. http://127.0.0.1:11434/v1 for Ollama.",
        str, "", Scope.DEVICE, "Chat",
    ),
    SettingSpec(
        "chat.openai_api_key", "OpenAI API key",
        "Kept in the system keyring, never in the database.",
        str, "", Scope.DEVICE, "Chat", secret=True,
    ),
    SettingSpec(
        "chat.anthropic_api_key", "Anthropic API key",
        "Kept in the system keyring, never in the database.",
        str, "", Scope.DEVICE, "Chat", secret=True,
    ),
    SettingSpec(
        "chat.local_api_key", "Local server API key",
        "Only if your local server asks for one. Kept in the system keyring.",
        str, "", Scope.DEVICE, "Chat", secret=True,
    ),
    SettingSpec(
        "knowledge.embedding_model", "Embedding model",
        "How documents are turned into vectors for search; changing it re-embeds them "
        "in the background.",
        str, "on-device", Scope.WORKSPACE, "Knowledge",
        choices=(
            ("on-device", "On this device (all-MiniLM-L6-v2, works offline)"),
            ("openai", "OpenAI embeddings API"),
            ("openai_compatible", "OpenAI-compatible server"),
        ),
    ),
    SettingSpec(
        "search.history", "Remember searches",
        "Keep the searches you run on this device, to suggest them as you type and list them "
        "in the search history. Off, nothing more is recorded.",
        bool, True, Scope.DEVICE, "Knowledge",
    ),
    SettingSpec(
        "jobs.max_concurrent", "Background jobs at once",
        "How many background jobs (imports, bulk actions) run at the same time.",
        int, 1, Scope.DEVICE, "Background work", minimum=1, maximum=4,
    ),
    SettingSpec(
        "jobs.max_attempts", "Attempts per item",
        "How often a failing item of a job is tried before it is reported as failed.",
        int, 3, Scope.DEVICE, "Background work", minimum=1, maximum=10,
    ),
    SettingSpec(
        "tools.in_chat", "Let the model use tools",
        "Offer the built-in tools and your MCP servers' tools to the model in chat.",
        bool, True, Scope.USER, "Tools",
    ),
    SettingSpec(
        "tools.approval", "Tool approval",
        "When a tool call waits for your answer. Servers you always allow never ask.",
        str, "read_only", Scope.USER, "Tools",
        choices=(
            ("read_only", "Ask before anything that writes or reaches the network"),
            ("ask", "Ask before every call"),
        ),
    ),
    SettingSpec(
        "tools.max_steps", "Tool steps per answer",
        "How many rounds of tool calls one answer may make before it must reply.",
        int, 6, Scope.USER, "Tools", minimum=1, maximum=20,
    ),
    SettingSpec(
        "updates.check", "Check for updates",
        "At start, read the release feed below and say when a newer version is out. Nothing "
        "is downloaded unless you ask; off, the app sends nothing.",
        bool, False, Scope.DEVICE, "Updates",
    ),
    SettingSpec(
        "updates.feed_url", "Release feed",
        "The https:// address of the release feed the update check reads.",
        str, "https://convosphere.app/releases/feed.json", Scope.DEVICE, "Updates",
    ),
    SettingSpec(
        "sync.server_url", "Sync server", "The team or personal server this device syncs with "
        "(empty: this device only).",
        str, "", Scope.DEVICE, "Account & sync", hidden=True,
    ),
    SettingSpec(
        "sync.email", "Signed in as", "The account this device syncs as.",
        str, "", Scope.DEVICE, "Account & sync", hidden=True,
    ),
    SettingSpec(
        "sync.refresh_token", "Sync session", "This device's session with the sync server.",
        str, "", Scope.DEVICE, "Account & sync", secret=True, hidden=True,
    ),
    SettingSpec(
        "workspace.current", "Current workspace", "The workspace the app and the CLI open.",
        str, "", Scope.DEVICE, "Hidden", hidden=True,
    ),
    SettingSpec(
        "ui.first_run_done", "First run done", "Whether the welcome dialog was shown.",
        bool, False, Scope.DEVICE, "Hidden", hidden=True,
    ),
    SettingSpec(
        "ui.sidebar_collapsed", "Sidebar collapsed", "Whether the page list shows icons only.",
        bool, False, Scope.DEVICE, "Hidden", hidden=True,
    ),
    SettingSpec(
        "ui.window_geometry", "Window geometry", "Where the main window was, as Qt saved it.",
        str, "", Scope.DEVICE, "Hidden", hidden=True,
    ),
)  # fmt: skip

SPECS: dict[str, SettingSpec] = {spec.key: spec for spec in SETTINGS}

Listener = Callable[[str, Any], None]


def spec(key: str) -> SettingSpec:
    try:
        return SPECS[key]
    except KeyError:
        raise SettingError(f"There is no setting called {key!r}.") from None


class DeviceSettings:
    """Device-scoped settings in a JSON file, written atomically; cheap to read at startup.

    A damaged file is moved aside (``.corrupt``) and defaults apply, so a bad write never keeps
    the app from starting.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._values: dict[str, Any] = self._load()

    def _load(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            with contextlib.suppress(OSError):
                self.path.replace(self.path.with_suffix(".json.corrupt"))
            return {}
        return data if isinstance(data, dict) else {}

    def get(self, key: str) -> Any:
        declared = spec(key)
        try:
            return declared.validate(self._values[key])
        except (KeyError, SettingError):
            return declared.default

    def set(self, key: str, value: Any) -> Any:
        declared = spec(key)
        if declared.scope is not Scope.DEVICE or declared.secret:
            raise SettingError(f"{declared.label} is not stored on this device.")
        value = declared.validate(value)
        with self._lock:
            self._values[key] = value
            self._save()
        return value

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".settings-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(self._values, handle, indent=2, sort_keys=True)
                handle.flush()
                os.fsync(handle.fileno())
            Path(tmp).replace(self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


class Settings:
    """All non-secret settings: device ones from ``DeviceSettings``, the rest from app.db.

    Blocking (database I/O): call from a worker thread in the GUI.
    """

    def __init__(
        self,
        device: DeviceSettings,
        database: Database,
        recorder: ChangeRecorder,
        workspace_id: str,
    ) -> None:
        self.device = device
        self._db = database
        self._recorder = recorder
        self._workspace_id = workspace_id
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def get(self, key: str) -> Any:
        declared = spec(key)
        if declared.scope is Scope.DEVICE:
            return self.device.get(key)
        row = self._row(key)
        if row is None or row.deleted:
            return declared.default
        try:
            return declared.validate(row.value)
        except SettingError:
            return declared.default

    def set(self, key: str, value: Any) -> Any:
        """Validate and store a value; listeners hear of it after it is committed."""
        declared = spec(key)
        if declared.scope is Scope.DEVICE:
            value = self.device.set(key, value)
        else:
            value = declared.validate(value)
            self._store(key, value)
        for listener in list(self._listeners):
            listener(key, value)
        return value

    def values(self) -> dict[str, Any]:
        """Every declared, non-secret setting with its current value."""
        return {s.key: self.get(s.key) for s in SETTINGS if not s.secret}

    def _row(self, key: str) -> Any:
        from sqlalchemy import select

        from core.db.models import Setting

        with self._db.read() as session:
            query = select(Setting).where(
                Setting.workspace_id == self._workspace_id, Setting.key == key
            )
            return session.scalars(query).first()

    def _store(self, key: str, value: Any) -> None:
        from sqlalchemy import select

        from core.db.models import Setting
        from core.ids import natural_id

        with self._db.write() as session:
            query = select(Setting).where(
                Setting.workspace_id == self._workspace_id, Setting.key == key
            )
            row = session.scalars(query).first()
            if row is None:
                self._recorder.create(
                    session,
                    Setting,
                    workspace_id=self._workspace_id,
                    id=natural_id("setting", self._workspace_id, key),
                    key=key,
                    value=value,
                )
            else:
                self._recorder.update(session, row, value=value, deleted=False)
