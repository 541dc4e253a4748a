"""Admin console → Workspaces: every workspace of the server, and the members of the one
selected: change a member's role, remove a member (after a warning), invite."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.admin.dialogs import InviteDialog
from desktop.admin.tab import AdminTab
from desktop.admin.table import Column, RecordTableModel, record_table, size_text, when
from sync.client.admin import (
    GrantableRole,
    InviteInfo,
    MemberInfo,
    Page,
    WorkspaceSettings,
    WorkspaceSummary,
)

GRANTABLE = (("admin", "Admin"), ("editor", "Editor"), ("viewer", "Viewer"))
GRANT: dict[str, GrantableRole] = {"admin": "admin", "editor": "editor", "viewer": "viewer"}

WORKSPACE_COLUMNS: list[Column[WorkspaceSummary]] = [
    Column("Name", lambda w: w.name),
    Column("Kind", lambda w: "Team" if w.kind == "team" else "Personal"),
    Column("Members", lambda w: f"{len(w.members):,}", numeric=True),
    Column("Storage", lambda w: size_text(w.storage_bytes), numeric=True),
    Column("Created", lambda w: when(w.created_at_ms)),
]
INVITE_COLUMNS: list[Column[InviteInfo]] = [
    Column("For", lambda i: i.email or "anyone with the code"),
    Column("Role", lambda i: i.role.capitalize()),
    Column("Expires", lambda i: when(i.expires_at_ms)),
]
MEMBER_COLUMNS: list[Column[MemberInfo]] = [
    Column("Email", lambda m: m.email or "(erased account)"),
    Column("Role", lambda m: m.role.capitalize()),
    Column("Status", lambda m: "Disabled" if m.disabled else "Active"),
]


class WorkspacesTab(AdminTab):
    """Workspaces on the left, the selected one's members on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(placeholderText="Search by name")
        self.search.setClearButtonEnabled(True)
        self.workspaces: RecordTableModel[WorkspaceSummary] = RecordTableModel(WORKSPACE_COLUMNS)
        self.workspace_table = record_table(self.workspaces, stretch=0)
        self.members: RecordTableModel[MemberInfo] = RecordTableModel(MEMBER_COLUMNS)
        self.member_table = record_table(self.members, stretch=0)
        self.members_title = QLabel("Select a workspace to see its members.")
        self.members_title.setObjectName("Hint")
        self.member_role = QComboBox()
        for value, label in GRANTABLE:
            self.member_role.addItem(label, value)
        self.set_role_button = QPushButton("Set role")
        self.remove_button = QPushButton("Remove…")
        self.invite_button = QPushButton("Invite…")
        self.invites: RecordTableModel[InviteInfo] = RecordTableModel(INVITE_COLUMNS)
        self.invite_table = record_table(self.invites, stretch=0)
        self.invites_title = QLabel("Pending invites")
        self.invites_title.setObjectName("Hint")
        self.revoke_button = QPushButton("Revoke invite")
        self.erase_label = QLabel("When a member erases their account:")
        self.erase_content = QComboBox()
        self.erase_content.addItem("Keep what they made, anonymised", "anonymise")
        self.erase_content.addItem("Delete what they made, on every device", "delete")
        self.erase_content.setEnabled(False)
        erase_row = QHBoxLayout()
        erase_row.addWidget(self.erase_label)
        erase_row.addWidget(self.erase_content, 1)
        member_actions = QHBoxLayout()
        member_actions.addWidget(self.member_role)
        member_actions.addWidget(self.set_role_button)
        member_actions.addWidget(self.remove_button)
        member_actions.addStretch(1)
        invite_actions = QHBoxLayout()
        invite_actions.addWidget(self.revoke_button)
        invite_actions.addStretch(1)
        invite_actions.addWidget(self.invite_button)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.search)
        left_column.addWidget(self.workspace_table, 1)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self.members_title)
        right_column.addWidget(self.member_table, 3)
        right_column.addLayout(member_actions)
        right_column.addWidget(self.invites_title)
        right_column.addWidget(self.invite_table, 2)
        right_column.addLayout(invite_actions)
        right_column.addLayout(erase_row)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([560, 440])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        self._debounce = QTimer(self, singleShot=True, interval=300)
        self._debounce.timeout.connect(self.load)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.workspace_table.selectionModel().selectionChanged.connect(
            lambda *_: self._workspace_chosen()
        )
        self.member_table.selectionModel().selectionChanged.connect(
            lambda *_: self._member_chosen()
        )
        self.set_role_button.clicked.connect(self._set_role)
        self.remove_button.clicked.connect(self._remove)
        self.invite_button.clicked.connect(self._invite)
        self.revoke_button.clicked.connect(self._revoke)
        self.erase_content.activated.connect(lambda _i: self._set_erase_content())
        self.invite_table.selectionModel().selectionChanged.connect(
            lambda *_: self.revoke_button.setEnabled(self.chosen_invite() is not None)
        )
        self.revoke_button.setEnabled(False)
        self._member_chosen()

    def role_changed(self) -> None:
        for widget in (
            self.member_role,
            self.set_role_button,
            self.remove_button,
            self.invite_button,
            self.revoke_button,
            self.invites_title,
            self.invite_table,
            self.erase_label,
            self.erase_content,
        ):
            widget.setVisible(self.may_manage)

    def load(self) -> None:
        query = self.search.text()
        self.call(
            "Reading workspaces",
            lambda admin: admin.workspaces(query, limit=200),
            self.show_page,
        )

    def show_page(self, page: Page[WorkspaceSummary]) -> None:
        chosen = self.chosen_workspace()
        self.workspaces.reset(page.items)
        more = (
            f" (the first {len(page.items):,} of {page.total:,})"
            if page.total > len(page.items)
            else ""
        )
        self.say(f"{page.total:,} workspaces{more}." if page.items else "No workspace matches.")
        if chosen is not None:
            self.select_workspace(chosen.name)

    def chosen_workspace(self) -> WorkspaceSummary | None:
        rows = self.workspace_table.selectionModel().selectedRows()
        return self.workspaces.record(rows[0].row()) if rows else None

    def chosen_member(self) -> MemberInfo | None:
        rows = self.member_table.selectionModel().selectedRows()
        return self.members.record(rows[0].row()) if rows else None

    def select_workspace(self, name: str) -> bool:
        for row, workspace in enumerate(self.workspaces.records()):
            if workspace.name == name:
                self.workspace_table.selectRow(row)
                return True
        return False

    def select_member(self, email: str) -> bool:
        for row, member in enumerate(self.members.records()):
            if member.email == email:
                self.member_table.selectRow(row)
                return True
        return False

    def _workspace_chosen(self) -> None:
        workspace = self.chosen_workspace()
        self.invite_button.setEnabled(workspace is not None and workspace.kind == "team")
        if workspace is None:
            self.members.reset([])
            self.invites.reset([])
            self.members_title.setText("Select a workspace to see its members.")
            return
        self.members_title.setText(f"Members of “{workspace.name}”")
        self.members.reset(workspace.members)
        self.reload_members()
        self.reload_invites()
        self.erase_content.setEnabled(False)
        if workspace.kind == "team" and self.may_manage:
            self.call(
                "Reading the workspace's settings",
                lambda admin: admin.workspace_settings(workspace.id),
                self._show_settings,
            )

    def _show_settings(self, settings: WorkspaceSettings) -> None:
        self.erase_content.setCurrentIndex(
            max(self.erase_content.findData(settings.erase_content), 0)
        )
        self.erase_content.setEnabled(True)

    def _set_erase_content(self) -> None:
        workspace = self.chosen_workspace()
        if workspace is None:
            return
        choice = WorkspaceSettings(erase_content=self.erase_content.currentData())
        what = "kept, anonymised" if choice.erase_content == "anonymise" else "deleted everywhere"
        self.call(
            "Saving the workspace's settings",
            lambda admin: admin.set_workspace_settings(workspace.id, choice),
            lambda _saved: self.say(
                f"In “{workspace.name}”, an erased member's content is now {what}."
            ),
        )

    def reload_members(self) -> None:
        workspace = self.chosen_workspace()
        if workspace is None:
            return
        self.call(
            "Reading members",
            lambda admin: admin.members(workspace.id),
            self._show_members,
        )

    def reload_invites(self) -> None:
        workspace = self.chosen_workspace()
        if workspace is None or not self.may_manage or workspace.kind != "team":
            self.invites.reset([])
            self.invites_title.setText("Invites are for team workspaces.")
            return
        self.call(
            "Reading invites",
            lambda admin: admin.invites(workspace.id),
            self._show_invites,
        )

    def _show_invites(self, invites: list[InviteInfo]) -> None:
        now = int(time.time() * 1000)
        pending = [i for i in invites if i.redeemed_by is None and i.expires_at_ms > now]
        self.invites.reset(sorted(pending, key=lambda i: i.expires_at_ms))
        count = len(pending)
        self.invites_title.setText(f"Pending invites ({count})" if count else "No pending invites")
        self.revoke_button.setEnabled(False)

    def chosen_invite(self) -> InviteInfo | None:
        rows = self.invite_table.selectionModel().selectedRows()
        return self.invites.record(rows[0].row()) if rows else None

    def revoke(self, invite: InviteInfo) -> None:
        workspace = self.chosen_workspace()
        if workspace is None:
            return
        self.call(
            "Revoking the invite",
            lambda admin: admin.revoke_invite(workspace.id, invite.id),
            lambda _none: self._revoked(),
        )

    def _revoke(self) -> None:
        invite = self.chosen_invite()
        if invite is not None:
            self.revoke(invite)

    def _revoked(self) -> None:
        self.say("The invite was revoked: its code no longer works.")
        self.reload_invites()

    def _show_members(self, members: list[MemberInfo]) -> None:
        chosen = self.chosen_member()
        self.members.reset(members)
        if chosen is not None and chosen.email:
            self.select_member(chosen.email)
        self._member_chosen()

    def _member_chosen(self) -> None:
        member = self.chosen_member()
        changeable = member is not None and member.role != "owner"
        self.set_role_button.setEnabled(changeable)
        self.member_role.setEnabled(changeable)
        self.remove_button.setEnabled(changeable)
        if member is not None and changeable:
            self.member_role.setCurrentIndex(max(self.member_role.findData(member.role), 0))
        if member is not None and not changeable:
            self.say("The owner keeps the workspace until they transfer it.")

    def _set_role(self) -> None:
        member = self.chosen_member()
        if member is not None:
            self.set_member_role(member.user_id, str(self.member_role.currentData()))

    def set_member_role(self, user_id: str, role: str) -> None:
        workspace = self.chosen_workspace()
        if workspace is None or role not in ("admin", "editor", "viewer"):
            return
        grant = GRANT[role]
        self.call(
            "Changing the member's role",
            lambda admin: admin.set_member_role(workspace.id, user_id, grant),
            lambda member: self._changed(
                f"{member.email} is now {member.role} of “{workspace.name}”."
            ),
        )

    def _remove(self) -> None:
        workspace, member = self.chosen_workspace(), self.chosen_member()
        if workspace is None or member is None:
            return
        answer = QMessageBox.warning(
            self,
            "Remove this member?",
            f"{member.email} leaves “{workspace.name}”. Their devices stop syncing it at their "
            "next sync and tell them so; what they made stays in the workspace.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.remove_member(member.user_id, member.email or member.user_id)

    def remove_member(self, user_id: str, who: str) -> None:
        workspace = self.chosen_workspace()
        if workspace is None:
            return
        self.call(
            "Removing the member",
            lambda admin: admin.remove_member(workspace.id, user_id),
            lambda _none: self._changed(f"{who} was removed from “{workspace.name}”."),
        )

    def _changed(self, note: str) -> None:
        self.say(note)
        self.reload_members()

    def _invite(self) -> None:
        workspace = self.chosen_workspace()
        if workspace is None or self.admin is None or self.ops is None:
            return
        InviteDialog(self.admin, self.ops, self, (workspace.id, workspace.name)).exec()
        self.reload_invites()  # the code made there is pending now
