"""The admin console: the team server's users, workspaces, audit log, usage and health, for a
signed-in user whose server role is admin (auditors see the same, read only).

The app shows this page only to such a user (``sync.client.admin.AdminClient.server_role``);
the server checks every call anyway. Each tab reads from the server when first shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from core.i18n import translate
from desktop.admin.audit import AuditTab
from desktop.admin.health import HealthTab
from desktop.admin.tab import AdminTab
from desktop.admin.usage import UsageTab
from desktop.admin.users import UsersTab
from desktop.admin.workspaces import WorkspacesTab

if TYPE_CHECKING:
    from desktop.operations import Operations
    from sync.client.admin import AdminClient, ServerRole


class AdminPage(QWidget):
    """Tabs over the admin API."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(translate("AdminConsole", "Admin console"))
        title.setObjectName("PageTitle")
        self.subtitle = QLabel(
            translate(
                "AdminConsole", "Sign in as a server admin or auditor to see the team server."
            )
        )
        self.subtitle.setObjectName("PageSubtitle")
        self.subtitle.setWordWrap(True)
        self.users = UsersTab()
        self.workspaces = WorkspacesTab()
        self.audit = AuditTab()
        self.usage = UsageTab()
        self.health = HealthTab()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.users, translate("AdminConsole", "Users"))
        self.tabs.addTab(self.workspaces, translate("AdminConsole", "Workspaces"))
        self.tabs.addTab(self.audit, translate("AdminConsole", "Audit log"))
        self.tabs.addTab(self.usage, translate("AdminConsole", "Usage"))
        self.tabs.addTab(self.health, translate("AdminConsole", "Server health"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(4)
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(lambda _i: self._current().ensure_loaded())

    def all_tabs(self) -> list[AdminTab]:
        return [self.users, self.workspaces, self.audit, self.usage, self.health]

    def attach(
        self, admin: AdminClient, ops: Operations, role: ServerRole | None, server_url: str
    ) -> None:
        """Speak with ``admin`` as ``role``; the current tab loads at once, the others when
        first shown."""
        if role == "admin":
            subtitle = translate("AdminConsole", "The team server at {url}; you are an admin.")
        else:
            subtitle = translate(
                "AdminConsole", "The team server at {url}; you are an auditor (read only)."
            )
        self.subtitle.setText(subtitle.format(url=server_url))
        for tab in self.all_tabs():
            tab.attach(admin, ops, role)
        self._current().ensure_loaded()

    def _current(self) -> AdminTab:
        current = self.tabs.currentWidget()
        assert isinstance(current, AdminTab)
        return current
