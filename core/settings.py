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
from core.i18n import LANGUAGES, QT_TRANSLATE_NOOP, number, translate

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
        label = translate("Settings", self.label)
        if self.kind is bool:
            if not isinstance(value, bool):
                raise SettingError(
                    translate("Settings", "{label} must be on or off.").format(label=label)
                )
            return value
        if self.kind in (int, float):
            if isinstance(value, bool) or not isinstance(value, int | float | str):
                raise SettingError(
                    translate("Settings", "{label} must be a number.").format(label=label)
                )
            try:
                number_value = self.kind(value)
            except ValueError:
                raise SettingError(
                    translate("Settings", "{label} must be a number, not {value}.").format(
                        label=label, value=repr(value)
                    )
                ) from None
            low, high = self.minimum, self.maximum
            if (low is not None and number_value < low) or (
                high is not None and number_value > high
            ):
                raise SettingError(
                    translate("Settings", "{label} must be between {low} and {high}.").format(
                        label=label,
                        low=number(low if low is not None else float("-inf")),
                        high=number(high if high is not None else float("inf")),
                    )
                )
            return number_value
        if not isinstance(value, str):
            raise SettingError(translate("Settings", "{label} must be text.").format(label=label))
        value = value.strip()
        if self.choices and value not in {c for c, _ in self.choices}:
            allowed = ", ".join(translate("Settings", choice) for _, choice in self.choices)
            raise SettingError(
                translate("Settings", "{label} must be one of: {choices}.").format(
                    label=label, choices=allowed
                )
            )
        return value


PROVIDERS = (
    ("none", QT_TRANSLATE_NOOP("Settings", "Not set up yet")),
    ("openai", "OpenAI"),
    ("anthropic", "Anthropic"),  # i18n: as is (a product name)
    (
        "openai_compatible",
        QT_TRANSLATE_NOOP(
            "Settings", "Local or OpenAI-compatible server (Ollama, LM Studio, llama.cpp)"
        ),
    ),
)

# Labels, descriptions, groups and choice labels are declared here in English and shown with
# ``translate("Settings", ...)``; the language names come from ``LANGUAGES`` and stay as they are.
SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec(
        "appearance.theme", QT_TRANSLATE_NOOP("Settings", "Theme"),
        QT_TRANSLATE_NOOP("Settings", "Follow the system's light or dark mode, or pick one."),
        str, "system", Scope.DEVICE, QT_TRANSLATE_NOOP("Settings", "Appearance"),
        choices=(
            ("system", QT_TRANSLATE_NOOP("Settings", "Follow the system")),
            ("light", QT_TRANSLATE_NOOP("Settings", "Light")),
            ("dark", QT_TRANSLATE_NOOP("Settings", "Dark")),
        ),
    ),
    SettingSpec(
        "appearance.language", QT_TRANSLATE_NOOP("Settings", "Language"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "The language of menus, messages and the command line; follows the system unless "
            "you pick one. Takes effect when ConvoSphere restarts.",
        ),
        str, "system", Scope.DEVICE, QT_TRANSLATE_NOOP("Settings", "Appearance"),
        choices=(
            ("system", QT_TRANSLATE_NOOP("Settings", "Follow the system")),
            *LANGUAGES.items(),  # each language named in itself: never translated
        ),
    ),
    SettingSpec(
        "appearance.touch_mode", QT_TRANSLATE_NOOP("Settings", "Touch-friendly"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "Larger buttons, rows and check boxes, for touch screens and easier clicking.",
        ),
        bool, False, Scope.DEVICE, QT_TRANSLATE_NOOP("Settings", "Appearance"),
    ),
    SettingSpec(
        "chat.provider", QT_TRANSLATE_NOOP("Settings", "Model provider"),
        QT_TRANSLATE_NOOP("Settings", "Where chat answers come from."),
        str, "none", Scope.USER, QT_TRANSLATE_NOOP("Settings", "Chat"), choices=PROVIDERS,
    ),
    SettingSpec(
        "chat.model", QT_TRANSLATE_NOOP("Settings", "Model"),
        QT_TRANSLATE_NOOP("Settings", "The model to chat with, e.g. gpt-5-mini or llama3.2."),
        str, "", Scope.USER, QT_TRANSLATE_NOOP("Settings", "Chat"),
    ),
    SettingSpec(
        "chat.base_url", QT_TRANSLATE_NOOP("Settings", "Server address"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "Base URL of an OpenAI-compatible server, e.g. http://127.0.0.1:11434/v1 for Ollama.",
        ),
        str, "", Scope.DEVICE, QT_TRANSLATE_NOOP("Settings", "Chat"),
    ),
    SettingSpec(
        "chat.openai_api_key", QT_TRANSLATE_NOOP("Settings", "OpenAI API key"),
        QT_TRANSLATE_NOOP("Settings", "Kept in the system keyring, never in the database."),
        str, "", Scope.DEVICE, QT_TRANSLATE_NOOP("Settings", "Chat"), secret=True,
    ),
    SettingSpec(
        "chat.anthropic_api_key", QT_TRANSLATE_NOOP("Settings", "Anthropic API key"),
        QT_TRANSLATE_NOOP("Settings", "Kept in the system keyring, never in the database."),
        str, "", Scope.DEVICE, QT_TRANSLATE_NOOP("Settings", "Chat"), secret=True,
    ),
    SettingSpec(
        "chat.local_api_key", QT_TRANSLATE_NOOP("Settings", "Local server API key"),
        QT_TRANSLATE_NOOP(
            "Settings", "Only if your local server asks for one. Kept in the system keyring."
        ),
        str, "", Scope.DEVICE, QT_TRANSLATE_NOOP("Settings", "Chat"), secret=True,
    ),
    SettingSpec(
        "knowledge.embedding_model", QT_TRANSLATE_NOOP("Settings", "Embedding model"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "How documents are turned into vectors for search; changing it re-embeds them "
            "in the background.",
        ),
        str, "on-device", Scope.WORKSPACE, QT_TRANSLATE_NOOP("Settings", "Knowledge"),
        choices=(
            ("on-device", QT_TRANSLATE_NOOP(
                "Settings", "On this device (all-MiniLM-L6-v2, works offline)"
            )),
            ("openai", QT_TRANSLATE_NOOP("Settings", "OpenAI embeddings API")),
            ("openai_compatible", QT_TRANSLATE_NOOP("Settings", "OpenAI-compatible server")),
        ),
    ),
    SettingSpec(
        "search.history", QT_TRANSLATE_NOOP("Settings", "Remember searches"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "Keep the searches you run on this device, to suggest them as you type and list "
            "them in the search history. Off, nothing more is recorded.",
        ),
        bool, True, Scope.DEVICE, QT_TRANSLATE_NOOP("Settings", "Knowledge"),
    ),
    SettingSpec(
        "jobs.max_concurrent", QT_TRANSLATE_NOOP("Settings", "Background jobs at once"),
        QT_TRANSLATE_NOOP(
            "Settings", "How many background jobs (imports, bulk actions) run at the same time."
        ),
        int, 1, Scope.DEVICE, QT_TRANSLATE_NOOP("Settings", "Background work"),
        minimum=1, maximum=4,
    ),
    SettingSpec(
        "jobs.max_attempts", QT_TRANSLATE_NOOP("Settings", "Attempts per item"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "How often a failing item of a job is tried before it is reported as failed.",
        ),
        int, 3, Scope.DEVICE, QT_TRANSLATE_NOOP("Settings", "Background work"),
        minimum=1, maximum=10,
    ),
    SettingSpec(
        "tools.in_chat", QT_TRANSLATE_NOOP("Settings", "Let the model use tools"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "Offer the built-in tools and your MCP servers' tools to the model in chat.",
        ),
        bool, True, Scope.USER, QT_TRANSLATE_NOOP("Settings", "Tools"),
    ),
    SettingSpec(
        "tools.approval", QT_TRANSLATE_NOOP("Settings", "Tool approval"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "When a tool call waits for your answer. Servers you always allow never ask.",
        ),
        str, "read_only", Scope.USER, QT_TRANSLATE_NOOP("Settings", "Tools"),
        choices=(
            ("read_only", QT_TRANSLATE_NOOP(
                "Settings", "Ask before anything that writes or reaches the network"
            )),
            ("ask", QT_TRANSLATE_NOOP("Settings", "Ask before every call")),
        ),
    ),
    SettingSpec(
        "tools.max_steps", QT_TRANSLATE_NOOP("Settings", "Tool steps per answer"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "How many rounds of tool calls one answer may make before it must reply.",
        ),
        int, 6, Scope.USER, QT_TRANSLATE_NOOP("Settings", "Tools"), minimum=1, maximum=20,
    ),
    SettingSpec(
        "updates.check", QT_TRANSLATE_NOOP("Settings", "Check for updates"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "At start, read the release feed below and say when a newer version is out. "
            "Nothing is downloaded unless you ask; off, the app sends nothing.",
        ),
        bool, False, Scope.DEVICE, QT_TRANSLATE_NOOP("Settings", "Updates"),
    ),
    SettingSpec(
        "updates.feed_url", QT_TRANSLATE_NOOP("Settings", "Release feed"),
        QT_TRANSLATE_NOOP(
            "Settings", "The https:// address of the release feed the update check reads."
        ),
        str, "https://convosphere.app/releases/feed.json", Scope.DEVICE,
        QT_TRANSLATE_NOOP("Settings", "Updates"),
    ),
    SettingSpec(
        "sync.server_url", QT_TRANSLATE_NOOP("Settings", "Sync server"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "The team or personal server this device syncs with (empty: this device only).",
        ),
        str, "", Scope.DEVICE, QT_TRANSLATE_NOOP("Settings", "Account & sync"), hidden=True,
    ),
    SettingSpec(
        "sync.email", QT_TRANSLATE_NOOP("Settings", "Signed in as"),
        QT_TRANSLATE_NOOP("Settings", "The account this device syncs as."),
        str, "", Scope.DEVICE, QT_TRANSLATE_NOOP("Settings", "Account & sync"), hidden=True,
    ),
    SettingSpec(
        "sync.refresh_token", QT_TRANSLATE_NOOP("Settings", "Sync session"),
        QT_TRANSLATE_NOOP("Settings", "This device's session with the sync server."),
        str, "", Scope.DEVICE, QT_TRANSLATE_NOOP("Settings", "Account & sync"),
        secret=True, hidden=True,
    ),
    SettingSpec(
        "workspace.current", QT_TRANSLATE_NOOP("Settings", "Current workspace"),
        QT_TRANSLATE_NOOP("Settings", "The workspace the app and the CLI open."),
        str, "", Scope.DEVICE, "Hidden", hidden=True,  # i18n: not UI (a group never shown)
    ),
    SettingSpec(
        "ui.first_run_done", QT_TRANSLATE_NOOP("Settings", "First run done"),
        QT_TRANSLATE_NOOP("Settings", "Whether the welcome dialog was shown."),
        bool, False, Scope.DEVICE, "Hidden", hidden=True,  # i18n: not UI (a group never shown)
    ),
    SettingSpec(
        "ui.sidebar_collapsed", QT_TRANSLATE_NOOP("Settings", "Sidebar collapsed"),
        QT_TRANSLATE_NOOP("Settings", "Whether the page list shows icons only."),
        bool, False, Scope.DEVICE, "Hidden", hidden=True,  # i18n: not UI (a group never shown)
    ),
    SettingSpec(
        "ui.window_geometry", QT_TRANSLATE_NOOP("Settings", "Window geometry"),
        QT_TRANSLATE_NOOP("Settings", "Where the main window was, as Qt saved it."),
        str, "", Scope.DEVICE, "Hidden", hidden=True,  # i18n: not UI (a group never shown)
    ),
)  # fmt: skip

SPECS: dict[str, SettingSpec] = {spec.key: spec for spec in SETTINGS}

Listener = Callable[[str, Any], None]


def spec(key: str) -> SettingSpec:
    try:
        return SPECS[key]
    except KeyError:
        raise SettingError(
            translate("Settings", "There is no setting called {key}.").format(key=repr(key))
        ) from None


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
            raise SettingError(
                translate("Settings", "{label} is not stored on this device.").format(
                    label=translate("Settings", declared.label)
                )
            )
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
