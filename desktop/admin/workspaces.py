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

from core.i18n import QT_TRANSLATE_NOOP, number, translate
from desktop.admin.dialogs import InviteDialog
from desktop.admin.tab import AdminTab
from desktop.admin.table import (
    Column,
    RecordTableModel,
    record_table,
    role_title,
    role_word,
    size_text,
    when,
)
from desktop.admin.users import erased_or, state_text
from sync.client.admin import (
    GrantableRole,
    InviteInfo,
    MemberInfo,
    Page,
    WorkspaceSettings,
    WorkspaceSummary,
)

GRANTABLE = ("admin", "editor", "viewer")
GRANT: dict[str, GrantableRole] = {"admin": "admin", "editor": "editor", "viewer": "viewer"}

WORKSPACE_COLUMNS: list[Column[WorkspaceSummary]] = [
    Column(QT_TRANSLATE_NOOP("AdminColumns", "Name"), lambda w: w.name),
    Column(
        QT_TRANSLATE_NOOP("AdminColumns", "Kind"),
        lambda w: (
            translate("AdminWorkspaces", "Team")
            if w.kind == "team"
            else translate("AdminWorkspaces", "Personal")
        ),
    ),
    Column(
        QT_TRANSLATE_NOOP("AdminColumns", "Members"),
        lambda w: number(len(w.members)),
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("AdminColumns", "Storage"),
        lambda w: size_text(w.storage_bytes),
        numeric=True,
    ),
    Column(QT_TRANSLATE_NOOP("AdminColumns", "Created"), lambda w: when(w.created_at_ms)),
]
INVITE_COLUMNS: list[Column[InviteInfo]] = [
    Column(
        QT_TRANSLATE_NOOP("AdminColumns", "For"),
        lambda i: i.email or translate("AdminWorkspaces", "anyone with the code"),
    ),
    Column(QT_TRANSLATE_NOOP("AdminColumns", "Role"), lambda i: role_title(i.role)),
    Column(QT_TRANSLATE_NOOP("AdminColumns", "Expires"), lambda i: when(i.expires_at_ms)),
]
MEMBER_COLUMNS: list[Column[MemberInfo]] = [
    Column(QT_TRANSLATE_NOOP("AdminColumns", "Email"), lambda m: erased_or(m.email)),
    Column(QT_TRANSLATE_NOOP("AdminColumns", "Role"), lambda m: role_title(m.role)),
    Column(QT_TRANSLATE_NOOP("AdminColumns", "Status"), lambda m: state_text(m.disabled)),
]


class WorkspacesTab(AdminTab):
    """Workspaces on the left, the selected one's members on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(placeholderText=translate("AdminWorkspaces", "Search by name"))
        self.search.setClearButtonEnabled(True)
        self.workspaces: RecordTableModel[WorkspaceSummary] = RecordTableModel(WORKSPACE_COLUMNS)
        self.workspace_table = record_table(self.workspaces, stretch=0)
        self.members: RecordTableModel[MemberInfo] = RecordTableModel(MEMBER_COLUMNS)
        self.member_table = record_table(self.members, stretch=0)
        self.members_title = QLabel(
            translate("AdminWorkspaces", "Select a workspace to see its members.")
        )
        self.members_title.setObjectName("Hint")
        self.member_role = QComboBox()
        for value in GRANTABLE:
            self.member_role.addItem(role_title(value), value)
        self.set_role_button = QPushButton(translate("AdminWorkspaces", "Set role"))
        self.remove_button = QPushButton(translate("AdminWorkspaces", "Remove…"))
        self.invite_button = QPushButton(translate("AdminWorkspaces", "Invite…"))
        self.invites: RecordTableModel[InviteInfo] = RecordTableModel(INVITE_COLUMNS)
        self.invite_table = record_table(self.invites, stretch=0)
        self.invites_title = QLabel(translate("AdminWorkspaces", "Pending invites"))
        self.invites_title.setObjectName("Hint")
        self.revoke_button = QPushButton(translate("AdminWorkspaces", "Revoke invite"))
        self.erase_label = QLabel(
            translate("AdminWorkspaces", "When a member erases their account:")
        )
        self.erase_content = QComboBox()
        self.erase_content.addItem(
            translate("AdminWorkspaces", "Keep what they made, anonymised"), "anonymise"
        )
        self.erase_content.addItem(
            translate("AdminWorkspaces", "Delete what they made, on every device"), "delete"
        )
        self.erase_content.setEnabled(False)
        # The choice under its label: side by side, a long translation would widen this pane
        # and squeeze the workspace list.
        self.erase_label.setWordWrap(True)
        erase_row = QVBoxLayout()
        erase_row.setSpacing(2)
        erase_row.addWidget(self.erase_label)
        erase_row.addWidget(self.erase_content)
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
            translate("AdminWorkspaces", "Reading workspaces"),
            lambda admin: admin.workspaces(query, limit=200),
            self.show_page,
        )

    def show_page(self, page: Page[WorkspaceSummary]) -> None:
        chosen = self.chosen_workspace()
        self.workspaces.reset(page.items)
        if not page.items:
            self.say(translate("AdminWorkspaces", "No workspace matches."))
        elif page.total > len(page.items):
            shown = translate(
                "AdminWorkspaces",
                "%n workspace(s) (the first {shown} are listed).",
                None,
                page.total,
            )
            self.say(shown.format(shown=number(len(page.items))))
        else:
            self.say(translate("AdminWorkspaces", "%n workspace(s).", None, page.total))
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
            self.members_title.setText(
                translate("AdminWorkspaces", "Select a workspace to see its members.")
            )
            return
        self.members_title.setText(
            translate("AdminWorkspaces", "Members of “{name}”").format(name=workspace.name)
        )
        self.members.reset(workspace.members)
        self.reload_members()
        self.reload_invites()
        self.erase_content.setEnabled(False)
        if workspace.kind == "team" and self.may_manage:
            self.call(
                translate("AdminWorkspaces", "Reading the workspace's settings"),
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
        if choice.erase_content == "anonymise":
            note = translate(
                "AdminWorkspaces",
                "In “{name}”, an erased member's content is now kept, anonymised.",
            )
        else:
            note = translate(
                "AdminWorkspaces",
                "In “{name}”, an erased member's content is now deleted everywhere.",
            )
        self.call(
            translate("AdminWorkspaces", "Saving the workspace's settings"),
            lambda admin: admin.set_workspace_settings(workspace.id, choice),
            lambda _saved: self.say(note.format(name=workspace.name)),
        )

    def reload_members(self) -> None:
        workspace = self.chosen_workspace()
        if workspace is None:
            return
        self.call(
            translate("AdminWorkspaces", "Reading members"),
            lambda admin: admin.members(workspace.id),
            self._show_members,
        )

    def reload_invites(self) -> None:
        workspace = self.chosen_workspace()
        if workspace is None or not self.may_manage or workspace.kind != "team":
            self.invites.reset([])
            self.invites_title.setText(
                translate("AdminWorkspaces", "Invites are for team workspaces.")
            )
            return
        self.call(
            translate("AdminWorkspaces", "Reading invites"),
            lambda admin: admin.invites(workspace.id),
            self._show_invites,
        )

    def _show_invites(self, invites: list[InviteInfo]) -> None:
        now = int(time.time() * 1000)
        pending = [i for i in invites if i.redeemed_by is None and i.expires_at_ms > now]
        self.invites.reset(sorted(pending, key=lambda i: i.expires_at_ms))
        count = len(pending)
        self.invites_title.setText(
            translate("AdminWorkspaces", "Pending invites ({count})").format(count=number(count))
            if count
            else translate("AdminWorkspaces", "No pending invites")
        )
        self.revoke_button.setEnabled(False)

    def chosen_invite(self) -> InviteInfo | None:
        rows = self.invite_table.selectionModel().selectedRows()
        return self.invites.record(rows[0].row()) if rows else None

    def revoke(self, invite: InviteInfo) -> None:
        workspace = self.chosen_workspace()
        if workspace is None:
            return
        self.call(
            translate("AdminWorkspaces", "Revoking the invite"),
            lambda admin: admin.revoke_invite(workspace.id, invite.id),
            lambda _none: self._revoked(),
        )

    def _revoke(self) -> None:
        invite = self.chosen_invite()
        if invite is not None:
            self.revoke(invite)

    def _revoked(self) -> None:
        self.say(translate("AdminWorkspaces", "The invite was revoked: its code no longer works."))
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
            self.say(
                translate(
                    "AdminWorkspaces", "The owner keeps the workspace until they transfer it."
                )
            )

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
            translate("AdminWorkspaces", "Changing the member's role"),
            lambda admin: admin.set_member_role(workspace.id, user_id, grant),
            lambda member: self._changed(
                translate("AdminWorkspaces", "{email} is now {role} of “{name}”.").format(
                    email=erased_or(member.email), role=role_word(member.role), name=workspace.name
                )
            ),
        )

    def _remove(self) -> None:
        workspace, member = self.chosen_workspace(), self.chosen_member()
        if workspace is None or member is None:
            return
        answer = QMessageBox.warning(
            self,
            translate("AdminWorkspaces", "Remove this member?"),
            translate(
                "AdminWorkspaces",
                "{email} leaves “{name}”. Their devices stop syncing it at their next sync and "
                "tell them so; what they made stays in the workspace.",
            ).format(email=erased_or(member.email), name=workspace.name),
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
            translate("AdminWorkspaces", "Removing the member"),
            lambda admin: admin.remove_member(workspace.id, user_id),
            lambda _none: self._changed(
                translate("AdminWorkspaces", "{who} was removed from “{name}”.").format(
                    who=who, name=workspace.name
                )
            ),
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
