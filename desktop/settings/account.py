"""Settings → Account & sync: sign this device in to a sync server, see it sync, sign out.

Signing in, out and syncing run off the GUI thread (the secret store may prompt; the network
may be slow). The sync loop's state arrives through ``show_state`` from the app.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from desktop.operations import Operations
    from sync.client.client import SyncClient, SyncStatus
    from sync.client.live import LiveState


class AccountSection(QGroupBox):
    """Sign-in form while signed out; account, sync state and actions while signed in."""

    signed_in = Signal(list)  # notes for the person (which workspace this device opens now)
    signed_out = Signal()
    sync_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Account && sync", parent)  # "&&": a lone & would underline
        self.setObjectName("AccountSection")
        self.client: SyncClient | None = None
        self.ops: Operations | None = None
        intro = QLabel(
            "Sync keeps your conversations, assistants and documents the same on all your "
            "devices through a server you or your team run. Without it everything stays on "
            "this device. You can work offline either way."
        )
        intro.setWordWrap(True)
        intro.setObjectName("Hint")
        self.server = QLineEdit()
        self.server.setPlaceholderText("https://sync.example.com")
        self.email = QLineEdit()
        self.email.setPlaceholderText("you@example.com")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sign_in = QPushButton("Sign in")
        self.sign_in.setDefault(True)
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("Server", self.server)
        form.addRow("Email", self.email)
        form.addRow("Password", self.password)
        form.addRow("", self.sign_in)
        self.account = QLabel("")
        self.account.setWordWrap(True)
        self.state = QLabel("")
        self.state.setWordWrap(True)
        self.sync_now = QPushButton("Sync now")
        self.sign_out = QPushButton("Sign out")
        actions = QHBoxLayout()
        actions.addWidget(self.sync_now)
        actions.addWidget(self.sign_out)
        actions.addStretch(1)
        self.signed = QWidget()
        signed = QVBoxLayout(self.signed)
        signed.setContentsMargins(0, 0, 0, 0)
        signed.addWidget(self.account)
        signed.addWidget(self.state)
        signed.addLayout(actions)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setObjectName("Hint")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.signed)
        layout.addWidget(self.message)
        self.signed.hide()
        self.setEnabled(False)
        self.sign_in.clicked.connect(self._sign_in)
        self.password.returnPressed.connect(self._sign_in)
        self.sign_out.clicked.connect(self._sign_out)
        self.sync_now.clicked.connect(self.sync_requested)

    def attach(self, client: SyncClient, ops: Operations) -> None:
        self.client, self.ops = client, ops
        self.setEnabled(True)
        ops.run("Reading the sync account", client.status, on_done=self.show_status)

    def show_status(self, status: SyncStatus) -> None:
        self.form.setVisible(not status.signed_in)
        self.signed.setVisible(status.signed_in)
        if status.server_url and not self.server.text():
            self.server.setText(status.server_url)
        if status.signed_in:
            synced = [w.name for w in status.workspaces if w.synced]
            names = ", ".join(f"“{n}”" for n in synced) or "none yet"
            self.account.setText(
                f"Signed in to <b>{status.server_url}</b> as <b>{status.email}</b>. "
                f"Synced workspaces: {names}."
            )

    def show_state(self, state: LiveState) -> None:
        self.state.setText(describe(state))

    def _sign_in(self) -> None:
        client, ops = self.client, self.ops
        url, email, password = (
            self.server.text().strip(),
            self.email.text().strip(),
            self.password.text(),
        )
        if client is None or ops is None:
            return
        if not url or not email or not password:
            self.message.setText("Enter the server's address, your email and your password.")
            return
        self.sign_in.setEnabled(False)
        self.message.setText("Signing in…")
        ops.run(
            "Signing in",
            lambda: asyncio.run(client.login(url, email, password)),
            on_done=self._signed_in,
            on_error=self._failed,
        )

    def _signed_in(self, notes: list[str]) -> None:
        self.password.clear()
        self.sign_in.setEnabled(True)
        self.message.setText(" ".join(notes))
        self.signed_in.emit(notes)
        if self.client is not None and self.ops is not None:
            self.ops.run("Reading the sync account", self.client.status, on_done=self.show_status)

    def _failed(self, error: BaseException) -> None:
        from desktop.errors import describe_error

        self.sign_in.setEnabled(True)
        self.message.setText(describe_error(error))

    def _sign_out(self) -> None:
        client, ops = self.client, self.ops
        if client is None or ops is None:
            return
        ops.run(
            "Signing out",
            lambda: asyncio.run(client.logout()),
            on_done=lambda _none: self._after_sign_out(),
            on_error=self._failed,
        )

    def _after_sign_out(self) -> None:
        self.message.setText("Signed out. Everything stays on this device.")
        self.signed_out.emit()
        if self.client is not None and self.ops is not None:
            self.ops.run("Reading the sync account", self.client.status, on_done=self.show_status)


def describe(state: LiveState) -> str:
    """The sync state in a few words (the status bar and Settings say the same)."""
    waiting = f" · {state.waiting:,} waiting" if state.waiting else ""
    last = ""
    if state.last_synced_ms is not None:
        last = " · last synced " + datetime.fromtimestamp(state.last_synced_ms / 1000).strftime(
            "%H:%M"
        )
    words = {
        "synced": "Synced",
        "syncing": "Syncing…",
        "offline": "Offline — changes wait here",
        "error": "Sync error",
        "signed_out": "Not signed in",
    }.get(state.kind, state.kind)
    reason = f": {state.message}" if state.kind in ("error", "signed_out") and state.message else ""
    return f"{words}{reason}{waiting}{last}"
