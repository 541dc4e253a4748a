"""The main window: a sidebar of pages, a status bar and the global shortcuts.

It only assembles pages; each feature lives in its own page with its own model.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QKeySequence, QPaintEvent, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.i18n import sentence_start, translate
from desktop.shell.wheel_guard import guard_wheel
from resources import icon_path

SIDEBAR_WIDTH = 196
COLLAPSED_WIDTH = 60
NARROW_WINDOW = 800  # narrower windows show the sidebar as icons only


@dataclass(frozen=True)
class PageEntry:
    """A page as the window shows it in the sidebar; ``build`` makes it on first visit."""

    key: str
    title: str
    icon: str
    build: Callable[[], QWidget]


class StatusBarWidgets:
    """The permanent parts of the status bar: running-job progress, the configured model
    server's reachability and the network, each on its own."""

    def __init__(self, window: QMainWindow) -> None:
        bar = window.statusBar()
        self.job_label = QLabel()
        self.job_progress = QProgressBar(textVisible=False)
        self.job_progress.setMaximumSize(160, 14)
        self.connectivity = QLabel(translate("MainWindow", "Checking network…"))
        self.connectivity.setObjectName("Hint")
        self.model_server = QLabel()
        self.model_server.setObjectName("Hint")
        self.model_server.hide()
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 8, 0)
        row.addWidget(self.job_label)
        row.addWidget(self.job_progress)
        row.addSpacing(16)
        row.addWidget(self.model_server)
        row.addSpacing(12)
        row.addWidget(self.connectivity)
        bar.addPermanentWidget(holder)
        self.show_job(None, 0, 0)

    def show_job(self, text: str | None, done: int, total: int) -> None:
        """Show the running job's progress, or hide the indicator with ``text=None``."""
        visible = text is not None
        self.job_label.setVisible(visible)
        self.job_progress.setVisible(visible)
        if visible:
            self.job_label.setText(text or "")
            self.job_progress.setRange(0, max(total, 0))
            self.job_progress.setValue(done)

    def show_model_server(self, reachable: bool | None, name: str, detail: str) -> None:
        """The configured model server: answering, not answering, or none set up (None)."""
        name = sentence_start(name)  # "the model server" starts the label
        if reachable is None:
            text, icon = translate("MainWindow", "No model server set up"), "offline"
        elif reachable:
            text, icon = translate("MainWindow", "{name}: answering").format(name=name), "online"
        else:
            text = translate("MainWindow", "{name}: not answering").format(name=name)
            icon = "offline"
        self.model_server.setText(_with_icon(icon, text))
        self.model_server.setToolTip(detail)
        self.model_server.show()

    def show_online(self, online: bool, detail: str) -> None:
        text = (
            translate("MainWindow", "Online")
            if online
            else translate("MainWindow", "Offline — everything local keeps working")
        )
        self.connectivity.setText(_with_icon("online" if online else "offline", text))
        self.connectivity.setToolTip(detail)


def _with_icon(icon: str, text: str) -> str:
    """A status-bar label's rich text: a small icon, then ``text``."""
    image = f'<img src="{icon_path(icon)}" width="10" height="10">'  # i18n: not UI
    return f"{image}&nbsp;{text}"  # i18n: not UI


class MainWindow(QMainWindow):
    """Sidebar navigation over a stack of pages; emits ``first_painted`` once."""

    first_painted = Signal()
    closing = Signal()
    page_created = Signal(str, QWidget)
    sidebar_toggled = Signal(bool)  # collapsed, by the user (not by a narrow window)
    workspace_clicked = Signal()  # the workspace name atop the sidebar: the switcher

    def __init__(self, pages: list[PageEntry]) -> None:
        super().__init__()
        self.setWindowTitle("ConvoSphere")
        self.setWindowIcon(QIcon(str(icon_path("app"))))
        self.setMinimumSize(QSize(640, 480))
        self.resize(1180, 760)
        self._painted = False
        self._entries = pages
        self._built: dict[str, QWidget] = {}
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("Sidebar")
        self.sidebar.setFixedWidth(SIDEBAR_WIDTH)
        self._collapsed = False
        self._user_collapsed = False  # what the user chose; a narrow window collapses anyway
        self.sidebar_toggle = QPushButton()
        self.sidebar_toggle.setObjectName("SidebarToggle")
        self.sidebar_toggle.clicked.connect(self.toggle_sidebar)
        self.workspace_name = ""
        self.workspace_button = QPushButton()
        self.workspace_button.setObjectName("WorkspaceButton")
        self.workspace_button.clicked.connect(self.workspace_clicked)
        self.workspace_button.hide()  # until the data is open and its workspace known
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setSpacing(2)
        self.stack = QStackedWidget()
        for entry in pages:
            item = QListWidgetItem(QIcon(str(icon_path(entry.icon))), entry.title)
            item.setToolTip(entry.title)
            item.setSizeHint(QSize(0, 38))
            self.sidebar.addItem(item)
            # Pages are built on first visit: the first paint waits only for the first page.
            self.stack.addWidget(QWidget())
        self.sidebar.currentRowChanged.connect(self._show_row)
        # The first page is built right after the first paint: the window's frame appears at once.
        blocked = self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(0)
        self.sidebar.blockSignals(blocked)
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        column = QWidget()
        column.setObjectName("SidebarColumn")
        side = QVBoxLayout(column)
        side.setContentsMargins(0, 0, 0, 6)
        side.setSpacing(0)
        side.addWidget(self.workspace_button)
        side.addWidget(self.sidebar, 1)
        side.addWidget(self.sidebar_toggle)
        layout.addWidget(column)
        layout.addWidget(self.stack, 1)
        self._show_sidebar(collapsed=False)
        self.setCentralWidget(body)
        self.status = StatusBarWidgets(self)

    def sidebar_collapsed(self) -> bool:
        return self._collapsed

    def toggle_sidebar(self) -> None:
        """Icons only, or icons and names (Ctrl+B); remembered as the user's choice."""
        self.set_sidebar_collapsed(not self._collapsed)
        self.sidebar_toggled.emit(self._collapsed)

    def set_sidebar_collapsed(self, collapsed: bool) -> None:
        self._user_collapsed = collapsed
        self._show_sidebar(collapsed or self.width() < NARROW_WINDOW)

    def _show_sidebar(self, collapsed: bool) -> None:
        self._collapsed = collapsed
        self.sidebar.setFixedWidth(COLLAPSED_WIDTH if collapsed else SIDEBAR_WIDTH)
        for row, entry in enumerate(self._entries):
            item = self.sidebar.item(row)
            if item is not None:
                item.setText("" if collapsed else entry.title)
        collapse = "«  " + translate("MainWindow", "Collapse")
        self.sidebar_toggle.setText("»" if collapsed else collapse)
        self._show_workspace_button()
        tip = (
            translate("MainWindow", "Show page names")
            if collapsed
            else translate("MainWindow", "Icons only")
        )
        self.sidebar_toggle.setToolTip(tip + " (Ctrl+B)")

    def show_workspace(self, name: str) -> None:
        """Name the open workspace atop the sidebar and in the title bar."""
        self.workspace_name = name
        self.setWindowTitle(f"{name} — ConvoSphere" if name else "ConvoSphere")  # i18n: not UI
        self._show_workspace_button()

    def _show_workspace_button(self) -> None:
        name = self.workspace_name
        button = self.workspace_button
        button.setVisible(bool(name))
        if self._collapsed:
            short = name[:1].upper()
        else:
            short = name if len(name) <= 18 else name[:17] + "…"
        button.setText(short if self._collapsed else f"{short}  ▾")
        button.setToolTip(
            translate("MainWindow", "Workspace “{name}”: switch or join another (Ctrl+K)").format(
                name=name
            )
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = self.width() < NARROW_WINDOW
        if narrow != self._collapsed and not self._user_collapsed:
            self._show_sidebar(narrow)

    def go_to(self, key: str) -> QWidget:
        """Show the page with this key (building it if need be) and return it."""
        row = [e.key for e in self._entries].index(key)
        self.sidebar.setCurrentRow(row)
        self._show_row(row)
        return self._built[key]

    def set_page_visible(self, key: str, visible: bool) -> None:
        """Show or hide a page's sidebar entry (the admin console, for admins only); a hidden
        page that is showing gives way to the first page."""
        row = [e.key for e in self._entries].index(key)
        item = self.sidebar.item(row)
        if item is None or item.isHidden() == (not visible):
            return
        item.setHidden(not visible)
        if not visible and self.sidebar.currentRow() == row:
            self.go_to(self._entries[0].key)

    def page_visible(self, key: str) -> bool:
        item = self.sidebar.item([e.key for e in self._entries].index(key))
        return item is not None and not item.isHidden()

    def current_page(self) -> str:
        return self._entries[self.sidebar.currentRow()].key

    def built_pages(self) -> dict[str, QWidget]:
        """The pages made so far, by key."""
        return dict(self._built)

    def _show_row(self, row: int) -> None:
        entry = self._entries[row]
        if entry.key not in self._built:
            page = entry.build()
            page.setContentsMargins(24, 20, 24, 12)
            placeholder = self.stack.widget(row)
            assert placeholder is not None  # every row has a placeholder until its page is built
            self.stack.insertWidget(row, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._built[entry.key] = page
            guard_wheel(page)
            self.page_created.emit(entry.key, page)
        self.stack.setCurrentIndex(row)

    def add_shortcut(self, keys: str, action: Callable[[], object]) -> QShortcut:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        shortcut.activated.connect(action)
        return shortcut

    def restore_geometry_text(self, text: str) -> None:
        """Restore what ``geometry_text`` saved; ignore anything unusable."""
        if text:
            self.restoreGeometry(QByteArray.fromBase64(text.encode("ascii")))

    def geometry_text(self) -> str:
        return bytes(self.saveGeometry().toBase64().data()).decode("ascii")

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # Queued first: the page is built before what the first paint lets start (opening
            # the data), so the chat page takes a question as early as it can.
            QTimer.singleShot(0, lambda: self._show_row(self.sidebar.currentRow()))
            self.first_painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)
