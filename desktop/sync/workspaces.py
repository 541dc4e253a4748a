"""The workspace switcher: this device's workspaces and the server's that the signed-in user can
join. Opening one restarts the app into it (``workspace.current``, as signing in does); the
text typed in the composer is carried across the restart. Joining runs in the background.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from desktop.operations import Operations
    from sync.client.client import SyncClient, SyncStatus
    from sync.protocol import WorkspaceInfo

CHOICE_ROLE = Qt.ItemDataRole.UserRole + 1
DRAFT_FILE = "carried-draft.json"
JOIN_POLL_MS = 300
ROLES = {  # a member's role in a server workspace, as the list names it
    "owner": QT_TRANSLATE_NOOP("Workspaces", "owner"),
    "admin": QT_TRANSLATE_NOOP("Workspaces", "admin"),
    "editor": QT_TRANSLATE_NOOP("Workspaces", "editor"),
    "viewer": QT_TRANSLATE_NOOP("Workspaces", "viewer"),
}


@dataclass(frozen=True)
class WorkspaceChoice:
    """A workspace the switcher offers: on this device (open it), or on the server (join it)."""

    id: str
    name: str
    on_device: bool
    synced: bool
    current: bool
    role: str = ""  # on the server
    team: bool = False

    @property
    def text(self) -> str:
        if self.on_device:
            where = (
                translate("Workspaces", "synced")
                if self.synced
                else translate("Workspaces", "this device only")
            )
        else:
            where = translate("Workspaces", "on the server — join to use it here")
        parts = [where]
        if self.role:
            parts.append(
                translate("Workspaces", ROLES[self.role]) if self.role in ROLES else self.role
            )
        if self.current:
            parts.append(translate("Workspaces", "open now"))
        return f"{self.name}\n{' · '.join(parts)}"


def choices(status: SyncStatus, remote: list[WorkspaceInfo]) -> list[WorkspaceChoice]:
    """This device's workspaces first (the open one on top), then the server's not here yet."""
    roles = {w.id: w for w in remote}
    here = [
        WorkspaceChoice(
            w.id,
            w.name,
            on_device=True,
            synced=w.synced,
            current=w.current,
            role=roles[w.id].role if w.id in roles else "",
            team=w.id in roles and roles[w.id].kind == "team",
        )
        for w in status.workspaces
    ]
    here.sort(key=lambda c: (not c.current, c.name.casefold()))
    known = {c.id for c in here}
    there = [
        WorkspaceChoice(w.id, w.name, False, True, False, w.role, w.kind == "team")
        for w in remote
        if w.id not in known
    ]
    return here + sorted(there, key=lambda c: c.name.casefold())


# --- the composer's text across the restart -------------------------------------------------


@dataclass(frozen=True)
class CarriedDraft:
    text: str
    from_workspace: str


def save_draft(config_dir: Path, text: str, from_workspace: str) -> None:
    """Keep unsent composer text for the next start (written whole, then renamed into place)."""
    config_dir.mkdir(parents=True, exist_ok=True)
    target = config_dir / DRAFT_FILE
    partial = target.with_suffix(".tmp")
    partial.write_text(
        json.dumps({"text": text, "from_workspace": from_workspace}), encoding="utf-8"
    )
    partial.replace(target)


def read_draft(config_dir: Path) -> CarriedDraft | None:
    """The text a switch carried, if any (kept until ``clear_draft``)."""
    try:
        data = json.loads((config_dir / DRAFT_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    text = data.get("text") if isinstance(data, dict) else None
    if not isinstance(text, str) or not text:
        return None
    return CarriedDraft(text, str(data.get("from_workspace") or ""))


def clear_draft(config_dir: Path) -> None:
    (config_dir / DRAFT_FILE).unlink(missing_ok=True)


# --- the dialog -----------------------------------------------------------------------------


class WorkspaceSwitcher(QDialog):
    """Pick a workspace to open, or join one of the server's (with progress)."""

    open_requested = Signal(str, str)  # workspace id, name
    joined = Signal(str)  # a server workspace now replicates to this device

    def __init__(
        self,
        client: SyncClient,
        ops: Operations,
        parent: QWidget | None = None,
        *,
        sync_now: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("WorkspaceSwitcher")
        self.setWindowTitle(translate("Workspaces", "Workspaces"))
        self.setMinimumSize(420, 360)
        self.resize(520, 440)
        self.client, self.ops, self.sync_now = client, ops, sync_now
        self.status: SyncStatus | None = None
        self.remote: list[WorkspaceInfo] = []
        self.joining = ""
        self.model = QStandardItemModel(self)
        title = QLabel(translate("Workspaces", "Workspaces"))
        title.setObjectName("PageTitle")
        intro = QLabel(
            translate(
                "Workspaces",
                "Each workspace has its own conversations, assistants and documents. Opening "
                "another restarts ConvoSphere into it; text you are typing comes along.",
            )
        )
        intro.setObjectName("Hint")
        intro.setWordWrap(True)
        self.view = QListView()
        self.view.setObjectName("WorkspaceList")
        self.view.setModel(self.model)
        self.view.setSpacing(2)
        # A row too long for the dialog ends in "…" rather than scrolling sideways.
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.activated.connect(lambda _index: self._activate())
        self.view.selectionModel().currentChanged.connect(lambda *_: self._selection())
        self.note = QLabel("")
        self.note.setObjectName("Hint")
        self.note.setWordWrap(True)
        self.progress = QProgressBar(textVisible=False)
        self.progress.setRange(0, 0)  # busy: how much a first sync brings is not known ahead
        self.progress.setMaximumHeight(8)
        self.progress.hide()
        self.open_button = QPushButton(translate("Workspaces", "Open"))
        self.open_button.setObjectName("Primary")
        self.join_button = QPushButton(translate("Workspaces", "Join"))
        close = QPushButton(translate("Workspaces", "Close"))
        close.clicked.connect(self.reject)
        self.open_button.clicked.connect(self._activate)
        self.join_button.clicked.connect(self._activate)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.join_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self._poll = QTimer(self, interval=JOIN_POLL_MS)
        self._poll.timeout.connect(self._check_joined)
        self._selection()
        self.reload()

    def reload(self) -> None:
        """This device's workspaces at once; the server's when it answers."""
        self.ops.run(
            translate("Workspaces", "Listing workspaces"), self.client.status, on_done=self._local
        )

    def _local(self, status: SyncStatus) -> None:
        self.status = status
        self._fill()
        if not status.signed_in:
            self.note.setText(
                translate(
                    "Workspaces",
                    "Sign in under Settings → Account & sync to see your team's workspaces.",
                )
            )
            return
        self.note.setText(translate("Workspaces", "Asking the server for your other workspaces…"))
        client = self.client
        self.ops.run(
            translate("Workspaces", "Listing the server's workspaces"),
            lambda: asyncio.run(client.remote_workspaces()),
            on_done=self._listed_remote,
            on_error=self._remote_failed,
        )

    def _listed_remote(self, remote: list[WorkspaceInfo]) -> None:
        self.remote = remote
        self._fill()
        joinable = sum(not c.on_device for c in self.choices())
        if not self.joining:
            self.note.setText(
                translate("Workspaces", "%n workspace(s) on the server to join.", None, joinable)
                if joinable
                else translate("Workspaces", "You have every workspace of yours on this device.")
            )

    def _remote_failed(self, error: BaseException) -> None:
        from desktop.errors import describe_error

        self.note.setText(
            translate("Workspaces", "Only this device's workspaces are listed. {reason}")
            .format(reason=describe_error(error))
            .strip()
        )

    def choices(self) -> list[WorkspaceChoice]:
        return choices(self.status, self.remote) if self.status is not None else []

    def _fill(self) -> None:
        chosen = self.selected()
        self.model.clear()
        for choice in self.choices():
            item = QStandardItem(choice.text)
            item.setData(choice, CHOICE_ROLE)
            item.setEditable(False)
            item.setToolTip(f"{choice.name} ({choice.id})")
            if choice.current:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.model.appendRow(item)
        ids = [c.id for c in self.choices()]
        keep = chosen.id if chosen is not None and chosen.id in ids else None
        row = ids.index(keep) if keep else 0
        if ids:
            self.view.setCurrentIndex(self.model.index(row, 0))
        self._selection()

    def selected(self) -> WorkspaceChoice | None:
        index = self.view.currentIndex()
        choice = index.data(CHOICE_ROLE) if index.isValid() else None
        return choice if isinstance(choice, WorkspaceChoice) else None

    def select(self, name: str) -> bool:
        """Highlight the workspace with this name (Ctrl+K and tests)."""
        for row, choice in enumerate(self.choices()):
            if choice.name.casefold() == name.casefold():
                self.view.setCurrentIndex(self.model.index(row, 0))
                self._selection()
                return True
        return False

    def _selection(self) -> None:
        choice = self.selected()
        busy = bool(self.joining)
        self.open_button.setVisible(choice is None or choice.on_device)
        self.join_button.setVisible(choice is not None and not choice.on_device)
        self.open_button.setEnabled(
            choice is not None and choice.on_device and not choice.current and not busy
        )
        self.join_button.setEnabled(not busy)

    def _activate(self) -> None:
        choice = self.selected()
        if choice is None or self.joining:
            return
        if not choice.on_device:
            self.join(choice)
        elif not choice.current:
            self.open_requested.emit(choice.id, choice.name)

    # --- joining ------------------------------------------------------------------------

    def join(self, choice: WorkspaceChoice) -> None:
        """Replicate a server workspace here, in the background; then its first sync."""
        client = self.client
        self.joining = choice.id
        self.progress.show()
        self.note.setText(translate("Workspaces", "Joining “{name}”…").format(name=choice.name))
        self._selection()
        self.ops.run(
            translate("Workspaces", "Joining a workspace"),
            lambda: asyncio.run(client.join(choice.id)),
            on_done=lambda _info: self._joined(choice),
            on_error=self._join_failed,
        )

    def _joined(self, choice: WorkspaceChoice) -> None:
        self.note.setText(
            translate(
                "Workspaces", "Downloading “{name}” (conversations, documents, files)…"
            ).format(name=choice.name)
        )
        self.joined.emit(choice.id)
        self.sync_now()
        self._poll.start()

    def _check_joined(self) -> None:
        self.ops.run(
            translate("Workspaces", "Checking the first sync"),
            self.client.status,
            on_done=self._joined_status,
        )

    def _joined_status(self, status: SyncStatus) -> None:
        line = next((w for w in status.workspaces if w.id == self.joining), None)
        if line is None or line.last_synced_ms is None:
            return
        self._poll.stop()
        self.joining = ""
        self.progress.hide()
        self.status = status
        self._fill()
        self.select(line.name)
        self.note.setText(
            translate(
                "Workspaces", "“{name}” is on this device now. Open it to work in it."
            ).format(name=line.name)
        )

    def _join_failed(self, error: BaseException) -> None:
        from desktop.errors import describe_error

        self.joining = ""
        self.progress.hide()
        self.note.setText(describe_error(error))
        self._selection()

    def done(self, result: int) -> None:
        self._poll.stop()
        super().done(result)
