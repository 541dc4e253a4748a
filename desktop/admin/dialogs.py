"""Invite someone into a team workspace: choose the workspace, the role and (optionally) the
only email that may use the code; the code is shown once, to copy and send any way you like
(no mail server needed)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.admin.table import role_word
from desktop.errors import describe_error

if TYPE_CHECKING:
    from desktop.operations import Operations
    from sync.client.admin import AdminClient, InviteCode, Page, WorkspaceSummary

T = TypeVar("T")
ROLES = (
    ("editor", QT_TRANSLATE_NOOP("InviteDialog", "Editor — reads and changes everything")),
    ("viewer", QT_TRANSLATE_NOOP("InviteDialog", "Viewer — reads only")),
    ("admin", QT_TRANSLATE_NOOP("InviteDialog", "Admin — also manages members")),
)


class InviteDialog(QDialog):
    """Makes an invite code; ``code`` holds it once made."""

    def __init__(
        self,
        admin: AdminClient,
        ops: Operations,
        parent: QWidget | None = None,
        workspace: tuple[str, str] | None = None,  # (id, name): the workspace is given
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("InviteDialog", "Invite to a workspace"))
        self.setMinimumWidth(460)
        self.admin, self.ops = admin, ops
        self.busy = 0
        self.workspace = QComboBox()
        self.role = QComboBox()
        for value, label in ROLES:
            self.role.addItem(translate("InviteDialog", label), value)
        self.email = QLineEdit(
            placeholderText=translate(
                "InviteDialog", "Optional: only this account may use the code"
            )
        )
        self.days = QSpinBox(minimum=1, maximum=30, value=7)
        self._days_changed(self.days.value())
        self.days.valueChanged.connect(self._days_changed)
        form = QFormLayout()
        form.addRow(translate("InviteDialog", "Workspace"), self.workspace)
        form.addRow(translate("InviteDialog", "Role"), self.role)
        form.addRow(translate("InviteDialog", "Email"), self.email)
        form.addRow(translate("InviteDialog", "Valid for"), self.days)
        self.code = QLineEdit(readOnly=True)
        self.code.setPlaceholderText(translate("InviteDialog", "The code appears here, once"))
        self.copy = QPushButton(translate("InviteDialog", "Copy"))
        self.copy.setEnabled(False)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code, 1)
        code_row.addWidget(self.copy)
        self.message = QLabel(
            translate(
                "InviteDialog",
                "The invitee pastes the code in Settings → Account & sync. Send it any way you "
                "like.",
            )
        )
        self.message.setObjectName("Hint")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.create_button = self.buttons.addButton(
            translate("InviteDialog", "Create code"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.create_button.setObjectName("Primary")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(code_row)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.create_button.clicked.connect(self.make_code)
        self.copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.code.text()))
        if workspace is not None:
            self.workspace.addItem(workspace[1], workspace[0])
            self.workspace.setEnabled(False)
        else:
            self.create_button.setEnabled(False)
            self._run(
                translate("InviteDialog", "Reading workspaces"),
                self._team_workspaces(),
                self._show_workspaces,
            )

    def _days_changed(self, days: int) -> None:
        self.days.setSuffix(" " + translate("InviteDialog", "day(s)", None, days))

    async def _team_workspaces(self) -> Page[WorkspaceSummary]:
        return await self.admin.workspaces(limit=200)

    def _show_workspaces(self, page: Page[WorkspaceSummary]) -> None:
        for summary in page.items:
            if summary.kind == "team":
                self.workspace.addItem(summary.name, summary.id)
        if self.workspace.count():
            self.create_button.setEnabled(True)
        else:
            self._say(
                translate("InviteDialog", "There is no team workspace yet: create one first."),
                error=True,
            )

    def make_code(self) -> None:
        workspace_id = self.workspace.currentData()
        if not workspace_id:
            return
        self.create_button.setEnabled(False)
        self._run(
            translate("InviteDialog", "Creating the invite"),
            self.admin.invite(
                str(workspace_id),
                self.role.currentData(),
                self.email.text(),
                self.days.value() * 24,
            ),
            self._show_code,
        )

    def _show_code(self, invite: InviteCode) -> None:
        self.code.setText(invite.code)
        self.copy.setEnabled(True)
        self.create_button.setEnabled(True)
        if invite.email:
            made = translate(
                "InviteDialog",
                "Code made for {workspace} as {role}: only {email} can use it within %n day(s). "
                "It is shown only now.",
                None,
                self.days.value(),
            )
        else:
            made = translate(
                "InviteDialog",
                "Code made for {workspace} as {role}: whoever has it can use it within %n "
                "day(s). It is shown only now.",
                None,
                self.days.value(),
            )
        self._say(
            made.format(
                workspace=self.workspace.currentText(),
                role=role_word(invite.role),
                email=invite.email,
            )
        )

    def _run(self, what: str, work: Coroutine[Any, Any, T], on_done: Callable[[T], None]) -> None:
        self.busy += 1

        def done(result: T) -> None:
            self.busy -= 1
            on_done(result)

        def failed(error: BaseException) -> None:
            self.busy -= 1
            self.create_button.setEnabled(self.workspace.count() > 0)
            failure = translate("AdminConsole", "{what} failed: {error}")
            self._say(failure.format(what=what, error=describe_error(error)), error=True)

        self.ops.run(what, asyncio.run, work, on_done=done, on_error=failed)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setObjectName("ErrorText" if error else "Hint")
        self.message.setText(text)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
