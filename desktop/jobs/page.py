"""The Jobs page: every background job with its progress, speed, time left and problems."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.i18n import number, translate
from desktop.jobs.model import STATE_LABELS, JobListModel, JobRole, ProgressRole, state_label
from desktop.shell.empty_state import EmptyState, PageHeader

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter

    from core.jobs import ItemError, JobInfo
    from core.root import Root
    from desktop.operations import Operations

# Which buttons apply to a job in each state.
ACTIONS = {
    "pause": {"queued", "running"},
    "resume": {"paused"},
    "cancel": {"queued", "running", "paused"},
    "retry": {"failed", "cancelled"},
}


class ProgressDelegate(QStyledItemDelegate):
    """Draws a progress bar in the Progress column (no per-row widgets)."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        done, total = index.data(ProgressRole)
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(4, 6, -4, -6)
        bar.minimum, bar.maximum = 0, max(total, 1)
        bar.progress = min(done, max(total, 1))
        bar.text = index.data()
        bar.textVisible = True
        # Qt 6 reads the orientation from the state: without State_Horizontal no fill shows.
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        style = QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)


class JobsPage(QWidget):
    """Jobs over the shared ``JobListModel``; steering goes through ``services.jobs``."""

    def __init__(self, model: JobListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._services: Root | None = None
        self._ops: Operations | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(
            PageHeader(
                translate("JobsPage", "Jobs"),
                translate(
                    "JobsPage",
                    "Imports and bulk actions run here in the background and pick up where they "
                    "left off after a restart.",
                ),
            )
        )
        self.stack = QStackedWidget()
        self.empty = EmptyState(
            "jobs",
            translate("JobsPage", "No background work yet"),
            translate(
                "JobsPage",
                "When you import documents or act on many of them at once, the work shows up "
                "here with its progress and time left. You can keep working meanwhile, pause or "
                "cancel it, and retry anything that failed.",
            ),
        )
        self.empty.finish()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._build_table_area())
        layout.addWidget(self.stack, 1)
        model.rowsInserted.connect(self._update_empty)
        model.modelReset.connect(self._update_empty)
        model.dataChanged.connect(self._selection_changed)
        self._update_empty()

    def _build_table_area(self) -> QWidget:
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(2, ProgressDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)  # a long title is elided on one line, not broken
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 100), (2, 170), (3, 90), (4, 64), (5, 76), (6, 96)):
            header.resizeSection(column, max(width, self._needed_width(column)))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        buttons = QHBoxLayout()
        self.buttons = {
            "pause": QPushButton(translate("JobsPage", "Pause")),
            "resume": QPushButton(translate("JobsPage", "Resume")),
            "cancel": QPushButton(translate("JobsPage", "Cancel")),
            "retry": QPushButton(translate("JobsPage", "Retry failed items")),
        }
        for action, button in self.buttons.items():
            button.clicked.connect(lambda _checked=False, a=action: self._act(a))
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.message = QLabel()
        self.message.setObjectName("Hint")
        buttons.addWidget(self.message)
        self.errors_model = QStandardItemModel(0, 3)
        self.errors_model.setHorizontalHeaderLabels(
            [
                translate("JobsPage", "Item"),
                translate("JobsPage", "Problem"),
                translate("JobsPage", "Attempts"),
            ]
        )
        self.errors = QTableView()
        self.errors.setModel(self.errors_model)
        self.errors.verticalHeader().hide()
        self.errors.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.errors.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errors_label = QLabel(
            translate("JobsPage", "Select a job to see what went wrong with it.")
        )
        self.errors_label.setObjectName("Hint")
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 8, 0, 0)
        lower_layout.addWidget(self.errors_label)
        lower_layout.addWidget(self.errors, 1)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setSizes([400, 160])
        self._selection_changed()
        return split

    def _needed_width(self, column: int) -> int:
        """The room a column's header (and, for State, its longest state) takes in the user's
        language: German and French words are longer than the English widths allow."""
        header = self.table.horizontalHeader()
        title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
        needed = header.fontMetrics().horizontalAdvance(title) + 28  # padding, sort arrow
        if column == 1:
            metrics = self.table.fontMetrics()
            longest = max(metrics.horizontalAdvance(state_label(s)) for s in STATE_LABELS)
            needed = max(needed, longest + 16)
        return min(needed, 180)  # the job's title keeps most of the row

    def attach(self, services: Root, ops: Operations) -> None:
        """Start steering jobs through the core services."""
        self._services, self._ops = services, ops
        self._selection_changed()

    def selected_job(self) -> JobInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(JobRole) if rows else None

    def _update_empty(self, *_args: Any) -> None:
        self.stack.setCurrentIndex(1 if self.model.rowCount() else 0)

    def _selection_changed(self, *_args: Any) -> None:
        job = self.selected_job()
        ready = self._services is not None
        for action, button in self.buttons.items():
            button.setEnabled(ready and job is not None and str(job.state) in ACTIONS[action])
        if job is None or self._services is None or self._ops is None:
            return
        if job.failed:
            self._ops.run(
                translate("JobsPage", "Reading the job’s problems"),
                self._services.jobs.item_errors,
                job.id,
                on_done=self._show_errors,
            )
        else:
            self._show_errors([])
        self.errors_label.setText(
            translate("JobsPage", "Problems in “{title}”").format(title=job.title)
            if job.failed or job.error
            else translate("JobsPage", "No problems so far.")
        )

    def _show_errors(self, errors: list[ItemError]) -> None:
        self.errors_model.setRowCount(0)
        for error in errors:
            row = [QStandardItem(error.key), QStandardItem(error.error)]
            row.append(QStandardItem(number(error.attempts)))
            for cell in row:
                cell.setToolTip(error.error)
            self.errors_model.appendRow(row)

    def _act(self, action: str) -> None:
        job = self.selected_job()
        if job is None or self._services is None or self._ops is None:
            return
        steer = getattr(self._services.jobs, action)
        self.message.setText("")
        self._ops.run(
            _action_text(action).format(title=job.title),
            steer,
            job.id,
            on_error=lambda error: self.message.setText(str(error)),
        )


def _action_text(action: str) -> str:
    """What steering a job is called where it fails ("Pause “Import”"): ``{title}`` to fill."""
    if action == "pause":
        return translate("JobsPage", "Pause “{title}”")
    if action == "resume":
        return translate("JobsPage", "Resume “{title}”")
    if action == "cancel":
        return translate("JobsPage", "Cancel “{title}”")
    return translate("JobsPage", "Retry “{title}”")
