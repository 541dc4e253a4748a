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

from desktop.admin.dialogs import InviteDialog
from desktop.admin.tab import AdminTab
from desktop.admin.table import Column, RecordTableModel, record_table, when
from sync.client.admin import Page, ServerRole, UserSummary

PAGE_SIZE = 50
ROLE_FILTERS: tuple[tuple[str, str | None], ...] = (
    ("All roles", None),
    ("Admins", "admin"),
    ("Auditors", "auditor"),
    ("No server role", "none"),
)
STATE_FILTERS: tuple[tuple[str, bool | None], ...] = (
    ("Active and disabled", None),
    ("Active", False),
    ("Disabled", True),
)
ROLE_NAMES = {"admin": "Admin", "auditor": "Auditor", None: "—"}
ROLE_CHOICES = ("No server role", "Auditor (reads users, audit, usage, health)", "Admin")
ROLE_OF_CHOICE: dict[str, ServerRole | None] = dict(
    zip(ROLE_CHOICES, (None, "auditor", "admin"), strict=True)
)

COLUMNS: list[Column[UserSummary]] = [
    Column("Email", lambda u: u.email or "(erased account)"),
    Column("Server role", lambda u: ROLE_NAMES.get(u.server_role, u.server_role or "—")),
    Column("Status", lambda u: "Disabled" if u.disabled else "Active"),
    Column("Workspaces", lambda u: f"{u.workspaces:,}", numeric=True),
    Column("Active devices", lambda u: f"{u.active_devices:,}", numeric=True),
    Column("Last seen", lambda u: when(u.last_seen_at_ms)),
    Column("Created", lambda u: when(u.created_at_ms)),
]


class UsersTab(AdminTab):
    """Every account of the server, 50 at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offset = 0
        self.total = 0
        self.search = QLineEdit(placeholderText="Search by email")
        self.search.setClearButtonEnabled(True)
        self.role_filter = QComboBox()
        for label, value in ROLE_FILTERS:
            self.role_filter.addItem(label, value)
        self.state_filter = QComboBox()
        for label, disabled in STATE_FILTERS:
            self.state_filter.addItem(label, disabled)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.role_filter)
        filters.addWidget(self.state_filter)
        self.model: RecordTableModel[UserSummary] = RecordTableModel(COLUMNS)
        self.table = record_table(self.model, stretch=0)
        self.invite_button = QPushButton("Invite to a workspace…")
        self.role_button = QPushButton("Server role…")
        self.disable_button = QPushButton("Disable")
        self.previous = QPushButton("‹ Previous")
        self.next = QPushButton("Next ›")
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
            "Reading users",
            lambda admin: admin.users(
                query, role=role, disabled=disabled, offset=offset, limit=PAGE_SIZE
            ),
            self.show_page,
        )

    def show_page(self, page: Page[UserSummary]) -> None:
        self.total = page.total
        self.model.reset(page.items)
        first = page.offset + 1 if page.items else 0
        self.counter.setText(f"{first:,}–{page.offset + len(page.items):,} of {page.total:,}")
        self.previous.setEnabled(page.offset > 0)
        self.next.setEnabled(page.offset + len(page.items) < page.total)
        if not page.items:
            self.say("No account matches." if self.search.text() else "No accounts yet.")
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
            self.disable_button.setText("Enable" if chosen[1].disabled else "Disable")

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
        label, ok = QInputDialog.getItem(
            self, "Server role", f"Server role of {user.email}:", ROLE_CHOICES, current, False
        )
        if ok:
            self.set_role(user.user_id, ROLE_OF_CHOICE[label])

    def set_role(self, user_id: str, role: ServerRole | None) -> None:
        self.call(
            "Changing the server role",
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
                "Disable this account?",
                f"{user.email} is signed out on every device at once and cannot sign in again "
                "until you enable the account. Their data stays on the server.",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.set_disabled(user.user_id, not user.disabled)

    def set_disabled(self, user_id: str, disabled: bool) -> None:
        self.call(
            "Disabling the account" if disabled else "Enabling the account",
            lambda admin: admin.set_disabled(user_id, disabled),
            self._updated,
        )

    def _updated(self, user: UserSummary) -> None:
        for row, known in enumerate(self.model.records()):
            if known.user_id == user.user_id:
                self.model.replace(row, user)
        state = "disabled: every session ended" if user.disabled else "active"
        role = ROLE_NAMES.get(user.server_role, "—")
        self.say(f"{user.email} is {state}; server role {role}.")
        self._selection_changed()
