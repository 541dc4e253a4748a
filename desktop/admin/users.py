"""Admin console → Users: search, filter by role and state; invite, change server role,
disable or enable (admins only)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.i18n import QT_TRANSLATE_NOOP, number, translate
from desktop.admin.dialogs import InviteDialog
from desktop.admin.tab import AdminTab
from desktop.admin.table import Column, RecordTableModel, record_table, role_title, when
from sync.client.admin import Page, ServerRole, UserSummary

PAGE_SIZE = 50
ROLE_FILTERS: tuple[tuple[str, str | None], ...] = (
    (QT_TRANSLATE_NOOP("AdminUsers", "All roles"), None),
    (QT_TRANSLATE_NOOP("AdminUsers", "Admins"), "admin"),
    (QT_TRANSLATE_NOOP("AdminUsers", "Auditors"), "auditor"),
    (QT_TRANSLATE_NOOP("AdminUsers", "No server role"), "none"),
)
STATE_FILTERS: tuple[tuple[str, bool | None], ...] = (
    (QT_TRANSLATE_NOOP("AdminUsers", "Active and disabled"), None),
    (QT_TRANSLATE_NOOP("AdminUsers", "Active"), False),
    (QT_TRANSLATE_NOOP("AdminUsers", "Disabled"), True),
)
ROLE_CHOICES: tuple[tuple[str, ServerRole | None], ...] = (
    (QT_TRANSLATE_NOOP("AdminUsers", "No server role"), None),
    (QT_TRANSLATE_NOOP("AdminUsers", "Auditor (reads users, audit, usage, health)"), "auditor"),
    (QT_TRANSLATE_NOOP("AdminUsers", "Admin"), "admin"),
)


def erased_or(email: str | None) -> str:
    """An account's email, or a note that the account was erased."""
    return email or translate("AdminConsole", "(erased account)")


def state_text(disabled: bool) -> str:
    return translate("AdminUsers", "Disabled") if disabled else translate("AdminUsers", "Active")


COLUMNS: list[Column[UserSummary]] = [
    Column(QT_TRANSLATE_NOOP("AdminColumns", "Email"), lambda u: erased_or(u.email)),
    Column(QT_TRANSLATE_NOOP("AdminColumns", "Server role"), lambda u: role_title(u.server_role)),
    Column(QT_TRANSLATE_NOOP("AdminColumns", "Status"), lambda u: state_text(u.disabled)),
    Column(
        QT_TRANSLATE_NOOP("AdminColumns", "Workspaces"),
        lambda u: number(u.workspaces),
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("AdminColumns", "Active devices"),
        lambda u: number(u.active_devices),
        numeric=True,
    ),
    Column(QT_TRANSLATE_NOOP("AdminColumns", "Last seen"), lambda u: when(u.last_seen_at_ms)),
    Column(QT_TRANSLATE_NOOP("AdminColumns", "Created"), lambda u: when(u.created_at_ms)),
]


class UsersTab(AdminTab):
    """Every account of the server, 50 at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offset = 0
        self.total = 0
        self.search = QLineEdit(placeholderText=translate("AdminUsers", "Search by email"))
        self.search.setClearButtonEnabled(True)
        self.role_filter = QComboBox()
        for label, value in ROLE_FILTERS:
            self.role_filter.addItem(translate("AdminUsers", label), value)
        self.state_filter = QComboBox()
        for label, disabled in STATE_FILTERS:
            self.state_filter.addItem(translate("AdminUsers", label), disabled)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.role_filter)
        filters.addWidget(self.state_filter)
        self.model: RecordTableModel[UserSummary] = RecordTableModel(COLUMNS)
        self.table = record_table(self.model, stretch=0)
        self.invite_button = QPushButton(translate("AdminUsers", "Invite to a workspace…"))
        self.role_button = QPushButton(translate("AdminUsers", "Server role…"))
        self.disable_button = QPushButton(translate("AdminUsers", "Disable"))
        self.previous = QPushButton(translate("AdminUsers", "‹ Previous"))
        self.next = QPushButton(translate("AdminUsers", "Next ›"))
        self.counter = QLabel("")
        self.counter.setObjectName("Hint")
        actions = QHBoxLayout()
        actions.addWidget(self.invite_button)
        actions.addWidget(self.role_button)
        actions.addWidget(self.disable_button)
        actions.addStretch(1)
        actions.addWidget(self.counter)
        actions.addWidget(self.previous)
        actions.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        self._debounce = QTimer(self, singleShot=True, interval=300)
        self._debounce.timeout.connect(self._search)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.role_filter.currentIndexChanged.connect(lambda _i: self._search())
        self.state_filter.currentIndexChanged.connect(lambda _i: self._search())
        self.previous.clicked.connect(lambda: self._turn(-PAGE_SIZE))
        self.next.clicked.connect(lambda: self._turn(PAGE_SIZE))
        self.previous.setEnabled(False)
        self.next.setEnabled(False)
        self.invite_button.clicked.connect(self._invite)
        self.role_button.clicked.connect(self._ask_role)
        self.disable_button.clicked.connect(self._toggle_disabled)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self._selection_changed()

    def role_changed(self) -> None:
        for button in (self.invite_button, self.role_button, self.disable_button):
            button.setVisible(self.may_manage)

    def load(self) -> None:
        query = self.search.text()
        role, disabled, offset = (
            self.role_filter.currentData(),
            self.state_filter.currentData(),
            self.offset,
        )
        self.call(
            translate("AdminUsers", "Reading users"),
            lambda admin: admin.users(
                query, role=role, disabled=disabled, offset=offset, limit=PAGE_SIZE
            ),
            self.show_page,
        )

    def show_page(self, page: Page[UserSummary]) -> None:
        self.total = page.total
        self.model.reset(page.items)
        first = page.offset + 1 if page.items else 0
        self.counter.setText(
            translate("AdminConsole", "{first}–{last} of {total}").format(
                first=number(first),
                last=number(page.offset + len(page.items)),
                total=number(page.total),
            )
        )
        self.previous.setEnabled(page.offset > 0)
        self.next.setEnabled(page.offset + len(page.items) < page.total)
        if not page.items:
            self.say(
                translate("AdminUsers", "No account matches.")
                if self.search.text()
                else translate("AdminUsers", "No accounts yet.")
            )
        else:
            self.say("")
        self._selection_changed()

    def selected(self) -> tuple[int, UserSummary] | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return rows[0].row(), self.model.record(rows[0].row())

    def select_email(self, email: str) -> bool:
        """Select the row of this account (tests and the search box's Enter)."""
        for row, user in enumerate(self.model.records()):
            if user.email == email:
                self.table.selectRow(row)
                return True
        return False

    def _selection_changed(self) -> None:
        chosen = self.selected()
        self.role_button.setEnabled(chosen is not None)
        self.disable_button.setEnabled(chosen is not None)
        if chosen is not None:
            self.disable_button.setText(
                translate("AdminUsers", "Enable")
                if chosen[1].disabled
                else translate("AdminUsers", "Disable")
            )

    def _search(self) -> None:
        self.offset = 0
        self.load()

    def _turn(self, by: int) -> None:
        self.offset = max(0, self.offset + by)
        self.load()

    def _invite(self) -> None:
        if self.admin is None or self.ops is None:
            return
        InviteDialog(self.admin, self.ops, self).exec()

    def _ask_role(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        _row, user = chosen
        current = {None: 0, "auditor": 1, "admin": 2}.get(user.server_role, 0)
        labels = [translate("AdminUsers", label) for label, _role in ROLE_CHOICES]
        label, ok = QInputDialog.getItem(
            self,
            translate("AdminUsers", "Server role"),
            translate("AdminUsers", "Server role of {email}:").format(email=erased_or(user.email)),
            labels,
            current,
            False,
        )
        if ok and label in labels:
            self.set_role(user.user_id, ROLE_CHOICES[labels.index(label)][1])

    def set_role(self, user_id: str, role: ServerRole | None) -> None:
        self.call(
            translate("AdminUsers", "Changing the server role"),
            lambda admin: admin.set_server_role(user_id, role),
            self._updated,
        )

    def _toggle_disabled(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        _row, user = chosen
        if not user.disabled:
            answer = QMessageBox.warning(
                self,
                translate("AdminUsers", "Disable this account?"),
                translate(
                    "AdminUsers",
                    "{email} is signed out on every device at once and cannot sign in again "
                    "until you enable the account. Their data stays on the server.",
                ).format(email=erased_or(user.email)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.set_disabled(user.user_id, not user.disabled)

    def set_disabled(self, user_id: str, disabled: bool) -> None:
        self.call(
            translate("AdminUsers", "Disabling the account")
            if disabled
            else translate("AdminUsers", "Enabling the account"),
            lambda admin: admin.set_disabled(user_id, disabled),
            self._updated,
        )

    def _updated(self, user: UserSummary) -> None:
        for row, known in enumerate(self.model.records()):
            if known.user_id == user.user_id:
                self.model.replace(row, user)
        if user.disabled:
            note = translate(
                "AdminUsers", "{email} is disabled: every session ended; server role {role}."
            )
        else:
            note = translate("AdminUsers", "{email} is active; server role {role}.")
        self.say(note.format(email=erased_or(user.email), role=role_title(user.server_role)))
        self._selection_changed()
