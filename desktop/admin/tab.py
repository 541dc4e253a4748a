"""What every tab of the admin console shares: calling the server off the GUI thread, and
saying what went wrong in the tab itself."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtWidgets import QLabel, QWidget

from core.i18n import translate
from desktop.errors import describe_error

if TYPE_CHECKING:
    from desktop.operations import Operations
    from sync.client.admin import AdminClient, ServerRole

T = TypeVar("T")


class AdminTab(QWidget):
    """A tab of the console; ``load`` reads what it shows (first when it is first shown)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.admin: AdminClient | None = None
        self.ops: Operations | None = None
        self.role: ServerRole | None = None
        self.loaded = False
        self.busy = 0  # calls in flight (tests wait for 0)
        self.message = QLabel("")
        self.message.setObjectName("Hint")
        self.message.setWordWrap(True)

    def attach(self, admin: AdminClient, ops: Operations, role: ServerRole | None) -> None:
        self.admin, self.ops, self.role = admin, ops, role
        self.loaded = False
        self.role_changed()

    @property
    def may_manage(self) -> bool:
        """Admins change things; auditors only read."""
        return self.role == "admin"

    def role_changed(self) -> None:
        """Enable or disable the actions for the role (auditors read only)."""

    def load(self) -> None:
        """Read what the tab shows from the server."""

    def ensure_loaded(self) -> None:
        if not self.loaded and self.admin is not None:
            self.loaded = True
            self.load()

    def call(
        self,
        what: str,
        work: Callable[[AdminClient], Coroutine[Any, Any, T]],
        on_done: Callable[[T], None],
        on_failed: Callable[[], None] | None = None,
    ) -> None:
        """Run ``work(admin)`` in a worker thread; its result comes back on the GUI thread,
        a failure as a sentence in the tab. ``what`` is shown to people: translated."""
        admin, ops = self.admin, self.ops
        if admin is None or ops is None:
            return
        self.busy += 1

        def done(result: T) -> None:
            self.busy -= 1
            on_done(result)

        def failed(error: BaseException) -> None:
            self.busy -= 1
            failure = translate("AdminConsole", "{what} failed: {error}")
            self.say(failure.format(what=what, error=describe_error(error)), error=True)
            if on_failed is not None:
                on_failed()

        ops.run(what, lambda: asyncio.run(work(admin)), on_done=done, on_error=failed)

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setObjectName("ErrorText" if error else "Hint")
        self.message.setText(text)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
