"""Settings → Account & sync: sign this device in to a sync server, see it sync, sign out.

Signing in, out and syncing run off the GUI thread (the secret store may prompt; the network
may be slow). The sync loop's state arrives through ``show_state`` from the app.
"""

from __future__ import annotations

import asyncio
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
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

from core.i18n import time_text, translate
from desktop.sync.devices import DevicesBox

if TYPE_CHECKING:
    from desktop.operations import Operations
    from sync.client.client import SyncClient, SyncStatus
    from sync.client.live import LiveState
    from sync.protocol import AuthMethods


class AccountSection(QGroupBox):
    """Sign-in form while signed out; account, sync state and actions while signed in."""

    signed_in = Signal(list)  # notes for the person (which workspace this device opens now)
    signed_out = Signal()
    sync_requested = Signal()
    browser_requested = Signal(str)  # from the sign-in's worker thread: open this address

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("AccountSection", "Account && sync"), parent
        )  # "&&": no underline
        self.setObjectName("AccountSection")
        self.client: SyncClient | None = None
        self.ops: Operations | None = None
        intro = QLabel(
            translate(
                "AccountSection",
                "Sync keeps your conversations, assistants and documents the same on all your "
                "devices through a server you or your team run. Without it everything stays on "
                "this device. You can work offline either way.",
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("Hint")
        self.server = QLineEdit()
        self.server.setPlaceholderText("https://sync.example.com")
        self.email = QLineEdit()
        self.email.setPlaceholderText("you@example.com")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sign_in = QPushButton(translate("AccountSection", "Sign in"))
        self.sign_in.setDefault(True)
        # Shown when the server offers single sign-on (``GET /auth/methods``).
        self.sso = QPushButton(translate("AccountSection", "Sign in with single sign-on"))
        self.sso.setObjectName("SsoSignIn")
        self.sso.setToolTip(
            translate("AccountSection", "Opens your browser to sign in with your company account")
        )
        self.sso.hide()
        self.sso_cancel = QPushButton(translate("AccountSection", "Cancel"))
        self.sso_cancel.setToolTip(translate("AccountSection", "Stop waiting for the browser"))
        self.sso_cancel.hide()
        self._sso_cancel: threading.Event | None = None
        self.methods_hint = QLabel("")
        self.methods_hint.setObjectName("Hint")
        self.methods_hint.setWordWrap(True)
        self.methods_hint.hide()
        self._methods_for = ""
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.sign_in)
        buttons.addWidget(self.sso)
        buttons.addWidget(self.sso_cancel)
        buttons.addStretch(1)
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(translate("AccountSection", "Server"), self.server)
        form.addRow(translate("AccountSection", "Email"), self.email)
        form.addRow(translate("AccountSection", "Password"), self.password)
        form.addRow("", buttons)
        form.addRow("", self.methods_hint)
        self.account = QLabel("")
        self.account.setWordWrap(True)
        self.state = QLabel("")
        self.state.setWordWrap(True)
        self.sync_now = QPushButton(translate("AccountSection", "Sync now"))
        self.sign_out = QPushButton(translate("AccountSection", "Sign out"))
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
        self.devices = DevicesBox()
        self.devices.this_device_signed_out.connect(self._after_sign_out)
        signed.addWidget(self.devices)
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
        self.sso.clicked.connect(self._sign_in_sso)
        self.sso_cancel.clicked.connect(self._cancel_sso)
        self.server.editingFinished.connect(self._check_methods)
        self.browser_requested.connect(self._open_browser)
        self.password.returnPressed.connect(self._sign_in)
        self.sign_out.clicked.connect(self._sign_out)
        self.sync_now.clicked.connect(self.sync_requested)

    def attach(self, client: SyncClient, ops: Operations) -> None:
        self.client, self.ops = client, ops
        self.devices.attach(client, ops)
        self.setEnabled(True)
        ops.run(
            translate("AccountSection", "Reading the sync account"),
            client.status,
            on_done=self.show_status,
        )

    def show_status(self, status: SyncStatus) -> None:
        if status.signed_in and not self.signed.isVisibleTo(self):
            self.devices.refresh()
        self.form.setVisible(not status.signed_in)
        self.signed.setVisible(status.signed_in)
        if status.server_url and not self.server.text():
            self.server.setText(status.server_url)
        if not status.signed_in:
            self._check_methods()
        if status.signed_in:
            synced = [w.name for w in status.workspaces if w.synced]
            names = ", ".join(
                translate("AccountSection", "“{name}”").format(name=n) for n in synced
            ) or translate("AccountSection", "none yet")
            self.account.setText(
                translate(
                    "AccountSection",
                    "Signed in to <b>{server}</b> as <b>{email}</b>. Synced workspaces: {names}.",
                ).format(server=status.server_url, email=status.email, names=names)
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
            self.message.setText(
                translate(
                    "AccountSection", "Enter the server's address, your email and your password."
                )
            )
            return
        self.sign_in.setEnabled(False)
        self.message.setText(translate("AccountSection", "Signing in…"))
        ops.run(
            translate("AccountSection", "Signing in"),
            lambda: asyncio.run(client.login(url, email, password)),
            on_done=self._signed_in,
            on_error=self._failed,
        )

    def _check_methods(self) -> None:
        """Ask the server in the field which ways it offers to sign in (off the GUI thread)."""
        client, ops, url = self.client, self.ops, self.server.text().strip()
        if client is None or ops is None or url == self._methods_for:
            return
        self._methods_for = url
        if not url.startswith(("http://", "https://")):
            self.show_methods(url, None)
            return
        ops.run(
            translate("AccountSection", "Asking the server how to sign in"),
            lambda: asyncio.run(client.auth_methods(url)),
            on_done=lambda methods: self.show_methods(url, methods),
            on_error=lambda _error: self.show_methods(url, None),
        )

    def show_methods(self, url: str, methods: AuthMethods | None) -> None:
        """Offer single sign-on when the server has it; say which emails use LDAP."""
        if url != self.server.text().strip():
            return  # the address changed since: its own answer is on the way
        offers_sso = methods is not None and methods.sso
        self.sso.setVisible(offers_sso)
        if methods is not None and offers_sso:
            label = methods.sso_label or translate("AccountSection", "single sign-on")
            self.sso.setText(translate("AccountSection", "Sign in with {name}").format(name=label))
        hint = ""
        if methods is not None and methods.ldap_domains:
            domains = ", ".join(f"@{d}" for d in methods.ldap_domains)
            hint = translate(
                "AccountSection",
                "Emails at {domains} sign in with their company directory password.",
            ).format(domains=domains)
        self.methods_hint.setText(hint)
        self.methods_hint.setVisible(bool(hint))

    def _sign_in_sso(self) -> None:
        client, ops, url = self.client, self.ops, self.server.text().strip()
        if client is None or ops is None:
            return
        if not url:
            self.message.setText(translate("AccountSection", "Enter the server's address."))
            return
        self.sign_in.setEnabled(False)
        self.sso.setEnabled(False)
        self._sso_cancel = cancel = threading.Event()
        self.sso_cancel.show()
        self.message.setText(
            translate(
                "AccountSection",
                "Finish signing in in your browser (it opened at the sign-in page); this waits "
                "up to 5 minutes.",
            )
        )
        ops.run(
            translate("AccountSection", "Signing in with single sign-on"),
            lambda: asyncio.run(client.login_sso(url, self.browser_requested.emit, cancel=cancel)),
            on_done=self._signed_in,
            on_error=self._failed,
        )

    def _cancel_sso(self) -> None:
        if self._sso_cancel is not None:
            self._sso_cancel.set()

    @Slot(str)
    def _open_browser(self, url: str) -> None:
        """The system browser, never a web view in the app (RFC 8252)."""
        if not QDesktopServices.openUrl(QUrl(url)):
            self.message.setText(
                translate(
                    "AccountSection", "No browser could be opened: open this address in one: {url}"
                ).format(url=url)
            )

    def _signed_in(self, notes: list[str]) -> None:
        self.password.clear()
        self.sign_in.setEnabled(True)
        self.sso.setEnabled(True)
        self.sso_cancel.hide()
        self.message.setText(" ".join(notes))
        self.signed_in.emit(notes)
        if self.client is not None and self.ops is not None:
            self.ops.run(
                translate("AccountSection", "Reading the sync account"),
                self.client.status,
                on_done=self.show_status,
            )

    def _failed(self, error: BaseException) -> None:
        from desktop.errors import describe_error

        self.sign_in.setEnabled(True)
        self.sso.setEnabled(True)
        self.sso_cancel.hide()
        self.message.setText(describe_error(error))

    def _sign_out(self) -> None:
        client, ops = self.client, self.ops
        if client is None or ops is None:
            return
        ops.run(
            translate("AccountSection", "Signing out"),
            lambda: asyncio.run(client.logout()),
            on_done=lambda _none: self._after_sign_out(),
            on_error=self._failed,
        )

    def _after_sign_out(self) -> None:
        self.message.setText(
            translate("AccountSection", "Signed out. Everything stays on this device.")
        )
        self.signed_out.emit()
        if self.client is not None and self.ops is not None:
            self.ops.run(
                translate("AccountSection", "Reading the sync account"),
                self.client.status,
                on_done=self.show_status,
            )


def describe(state: LiveState) -> str:
    """The sync state in a few words (the status bar and Settings say the same)."""
    waiting = ""
    if state.waiting:
        waiting = " · " + translate("AccountSection", "%n waiting", None, state.waiting)
    last = ""
    if state.last_synced_ms is not None:
        when = time_text(state.last_synced_ms / 1000)
        last = " · " + translate("AccountSection", "last synced {time}").format(time=when)
    words = {
        "synced": translate("AccountSection", "Synced"),
        "syncing": translate("AccountSection", "Syncing…"),
        "offline": translate("AccountSection", "Offline — changes wait here"),
        "error": translate("AccountSection", "Sync error"),
        "signed_out": translate("AccountSection", "Not signed in"),
    }.get(state.kind, state.kind)
    reason = ""
    if state.kind in ("error", "signed_out") and state.message:
        reason = translate("AccountSection", ": {reason}").format(reason=state.message)
    return f"{words}{reason}{waiting}{last}"
