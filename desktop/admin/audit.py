"""Admin console → Audit log: the server's append-only log, newest first, filtered by actor,
action and time; exported to a JSON Lines or CSV file (the export itself is audited)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.i18n import QT_TRANSLATE_NOOP, datetime_text, number, translate
from desktop.admin.tab import AdminTab
from desktop.admin.table import Column, RecordTableModel, record_table, size_text
from sync.client.admin import AuditEntryOut, AuditFilter, AuditFormat, Page

PAGE_SIZE = 100
ACTIONS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("AdminAudit", "All actions"), ""),
    (QT_TRANSLATE_NOOP("AdminAudit", "Sign-ins (auth.*)"), "auth."),
    (QT_TRANSLATE_NOOP("AdminAudit", "Failed sign-ins"), "auth.login_failed"),
    (QT_TRANSLATE_NOOP("AdminAudit", "Users (user.*)"), "user."),
    (QT_TRANSLATE_NOOP("AdminAudit", "Members (member.*)"), "member."),
    (QT_TRANSLATE_NOOP("AdminAudit", "Workspaces (workspace.*)"), "workspace."),
    (QT_TRANSLATE_NOOP("AdminAudit", "Sync (sync.*)"), "sync."),
    (QT_TRANSLATE_NOOP("AdminAudit", "Audit exports"), "audit.export"),
    (QT_TRANSLATE_NOOP("AdminAudit", "Personal data (gdpr.*)"), "gdpr."),
)
PERIODS: tuple[tuple[str, int | None], ...] = (
    (QT_TRANSLATE_NOOP("AdminAudit", "Any time"), None),
    (QT_TRANSLATE_NOOP("AdminAudit", "Last 24 hours"), 1),
    (QT_TRANSLATE_NOOP("AdminAudit", "Last 7 days"), 7),
    (QT_TRANSLATE_NOOP("AdminAudit", "Last 30 days"), 30),
    (QT_TRANSLATE_NOOP("AdminAudit", "Between dates…"), -1),
)


def _details(entry: AuditEntryOut) -> str:
    return json.dumps(entry.details, sort_keys=True, ensure_ascii=False) if entry.details else ""


def _actor(entry: AuditEntryOut) -> str:
    """Who did it: an email, a pseudonym once the account is erased, or the operator at the
    server's command line (no actor)."""
    if entry.actor_email:
        return entry.actor_email
    if entry.actor_id:
        return translate("AdminAudit", "erased user {id}").format(id=entry.actor_id[:8])
    return translate("AdminAudit", "server operator")


COLUMNS: list[Column[AuditEntryOut]] = [
    Column("#", lambda e: str(e.seq), numeric=True),
    Column(
        QT_TRANSLATE_NOOP("AdminColumns", "Time"),
        lambda e: datetime_text(e.at_ms / 1000, seconds=True),
    ),
    Column(QT_TRANSLATE_NOOP("AdminColumns", "Actor"), lambda e: _actor(e)),
    Column(QT_TRANSLATE_NOOP("AdminColumns", "Action"), lambda e: e.action),
    Column(QT_TRANSLATE_NOOP("AdminColumns", "Target"), lambda e: e.target or ""),
    Column(QT_TRANSLATE_NOOP("AdminColumns", "IP"), lambda e: e.ip or ""),
    Column(
        QT_TRANSLATE_NOOP("AdminColumns", "Details"),
        _details,
        tooltip=lambda e: "\n".join(
            [_details(e), translate("AdminAudit", "hash {hash}").format(hash=e.hash)]
        ),
    ),
]


class AuditTab(AdminTab):
    """Filters over a page of entries; Export writes the whole log (or since a date)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offset = 0
        self.actor = QLineEdit(placeholderText=translate("AdminAudit", "Actor: email or user id"))
        self.actor.setClearButtonEnabled(True)
        self.action = QComboBox()
        self.action.setEditable(True)  # any exact action, or a prefix ending in "."
        for label, value in ACTIONS:
            self.action.addItem(translate("AdminAudit", label), value)
        self.action.setToolTip(
            translate("AdminAudit", "Pick a group, or type an action such as member.role or auth.")
        )
        self.period = QComboBox()
        for label, days in PERIODS:
            self.period.addItem(translate("AdminAudit", label), days)
        self.since = QDateEdit(QDate.currentDate().addDays(-7))
        self.until = QDateEdit(QDate.currentDate())
        self.since.setCalendarPopup(True)
        self.until.setCalendarPopup(True)
        self.apply_button = QPushButton(translate("AdminAudit", "Apply"))
        filters = QHBoxLayout()
        filters.addWidget(self.actor, 2)
        filters.addWidget(self.action, 2)
        filters.addWidget(self.period, 1)
        filters.addWidget(self.since)
        filters.addWidget(self.until)
        filters.addWidget(self.apply_button)
        self.model: RecordTableModel[AuditEntryOut] = RecordTableModel(COLUMNS)
        self.table = record_table(self.model, stretch=6)
        self.export_button = QPushButton(translate("AdminAudit", "Export…"))
        self.previous = QPushButton(translate("AdminAudit", "‹ Newer"))
        self.next = QPushButton(translate("AdminAudit", "Older ›"))
        self.counter = QLabel("")
        self.counter.setObjectName("Hint")
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
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
        self._debounce = QTimer(self, singleShot=True, interval=400)
        self._debounce.timeout.connect(self.search)
        self.actor.textChanged.connect(lambda _t: self._debounce.start())
        self.actor.returnPressed.connect(self.search)
        self.action.currentIndexChanged.connect(lambda _i: self.search())
        typed = self.action.lineEdit()
        assert typed is not None  # the combo is editable
        typed.returnPressed.connect(self.search)
        self.period.currentIndexChanged.connect(lambda _i: self._period_changed())
        self.apply_button.clicked.connect(self.search)
        self.previous.clicked.connect(lambda: self._turn(-PAGE_SIZE))
        self.next.clicked.connect(lambda: self._turn(PAGE_SIZE))
        self.previous.setEnabled(False)
        self.next.setEnabled(False)
        self.export_button.clicked.connect(self._ask_export)
        self._period_changed(search=False)

    def current_filter(self) -> AuditFilter:
        """The filter the controls describe (times are local midnights for the dates)."""
        text = self.action.currentText().strip()
        index = self.action.findText(text)
        action = str(self.action.itemData(index)) if index >= 0 else text
        days = self.period.currentData()
        since_ms = until_ms = None
        if days == -1:
            since_ms = _midnight_ms(self.since.date())
            until_ms = _midnight_ms(self.until.date().addDays(1))
        elif days:
            since_ms = int((datetime.now() - timedelta(days=int(days))).timestamp() * 1000)
        return AuditFilter(
            actor=self.actor.text(), action=action, since_ms=since_ms, until_ms=until_ms
        )

    def search(self) -> None:
        self.offset = 0
        self.load()

    def load(self) -> None:
        where, offset = self.current_filter(), self.offset
        self.call(
            translate("AdminAudit", "Reading the audit log"),
            lambda admin: admin.audit(where, offset=offset, limit=PAGE_SIZE),
            self.show_page,
        )

    def show_page(self, page: Page[AuditEntryOut]) -> None:
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
        self.say("" if page.items else translate("AdminAudit", "No entry matches these filters."))

    def _period_changed(self, *, search: bool = True) -> None:
        between = self.period.currentData() == -1
        self.since.setVisible(between)
        self.until.setVisible(between)
        self.apply_button.setVisible(between)
        if search:
            self.search()

    def _turn(self, by: int) -> None:
        self.offset = max(0, self.offset + by)
        self.load()

    def _ask_export(self) -> None:
        stamp = datetime.now().strftime("%Y-%m-%d")
        name, chosen = QFileDialog.getSaveFileName(
            self,
            translate("AdminAudit", "Export the audit log"),
            str(Path.home() / f"convosphere-audit-{stamp}.jsonl"),
            "JSON Lines (*.jsonl);;CSV (*.csv)",  # i18n: not UI (format names)
        )
        if not name:
            return
        fmt: AuditFormat = (
            "csv" if "csv" in chosen.lower() or name.lower().endswith(".csv") else "jsonl"
        )
        self.export_to(Path(name), fmt)

    def export_to(self, target: Path, fmt: AuditFormat) -> None:
        """Download the log (since the filter's start, if any) into ``target``."""
        since = self.current_filter().since_ms
        self.export_button.setEnabled(False)

        def done(size: int) -> None:
            self.export_button.setEnabled(True)
            done_text = translate(
                "AdminAudit", "Exported the audit log ({size}, {format}) to {path}."
            )
            self.say(done_text.format(size=size_text(size), format=fmt.upper(), path=target))

        self.call(
            translate("AdminAudit", "Exporting the audit log"),
            lambda admin: admin.export_audit(target, fmt, since),
            done,
            on_failed=lambda: self.export_button.setEnabled(True),
        )


def _midnight_ms(day: QDate) -> int:
    moment = datetime(day.year(), day.month(), day.day())
    return int(moment.timestamp() * 1000)
