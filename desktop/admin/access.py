"""Who sees the admin console: the sidebar shows it while this device is signed in as a server
admin or auditor, and hides it at sign-out (or when the role is taken away).

The role is asked of the server (off the GUI thread) when sync opens, after each sign-in and
sign-out, and whenever ``check`` is called; the server checks every call anyway.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from desktop.admin.page import AdminPage
    from desktop.operations import Operations
    from desktop.shell.main_window import MainWindow
    from sync.client.admin import ServerRole
    from sync.client.client import SyncClient

PAGE_KEY = "admin"
log = logging.getLogger(__name__)


class ConsoleAccess(QObject):
    """Builds the admin page, and shows it in the sidebar to admins and auditors only."""

    role_known = Signal(object)  # the server role ("admin", "auditor") or None

    def __init__(self, window: MainWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.client: SyncClient | None = None
        self.ops: Operations | None = None
        self.role: ServerRole | None = None
        self.page: AdminPage | None = None
        self.answers = 0  # role checks the server has answered
        window.set_page_visible(PAGE_KEY, False)

    def build(self) -> AdminPage:
        from desktop.admin.page import AdminPage

        self.page = AdminPage()
        self._attach_page()
        return self.page

    def attach(self, client: SyncClient, ops: Operations) -> None:
        self.client, self.ops = client, ops
        self.check()

    def check(self) -> None:
        """Ask the server for this account's role, then show or hide the console."""
        client, ops = self.client, self.ops
        if client is None or ops is None:
            return

        def ask() -> ServerRole | None:
            if not client.status().signed_in:
                return None
            from sync.client.admin import AdminClient

            return asyncio.run(AdminClient(client).server_role())

        def failed(error: BaseException) -> None:
            # Offline or signed out: the console stays as it was until the next check.
            log.info("Could not ask the server for this account's role: %s", error)

        ops.run("Checking the server role", ask, on_done=self._show, on_error=failed)

    def _show(self, role: ServerRole | None) -> None:
        changed = role != self.role
        self.answers += 1
        self.role = role
        self.window.set_page_visible(PAGE_KEY, role is not None)
        if role is not None and self.page is None:  # its modules load before the first visit
            threading.Thread(target=_preload_page, daemon=True, name="preload-admin").start()
        if changed:
            self._attach_page()
        self.role_known.emit(role)

    def _attach_page(self) -> None:
        if self.page is None or self.client is None or self.ops is None or self.role is None:
            return
        from sync.client.admin import AdminClient

        self.page.attach(AdminClient(self.client), self.ops, self.role, self.client.server_url)


def _preload_page() -> None:
    """Import the console's modules in a thread (a failure shows at the first visit)."""
    with contextlib.suppress(Exception):
        import desktop.admin.page  # noqa: F401
