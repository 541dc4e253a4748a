"""The conversation list: search (titles and messages), pin, rename, archive, export, and
delete to the trash with Undo; the trash itself (restore, delete forever, empty).

``ConversationListModel`` holds the records the chat service returned; ``ConversationPanel``
shows it and asks the service (through ``Operations``) for every change.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.i18n import datetime_text, translate
from resources import icon_path

if TYPE_CHECKING:
    from core.chat.records import ConversationRecord
    from core.chat.service import ChatService
    from desktop.operations import Operations

Index = QModelIndex | QPersistentModelIndex
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
UNDO_SECONDS = 10


class ConversationListModel(QAbstractListModel):
    """Conversation records as a list: pinned first, then the most recent."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records: list[ConversationRecord] = []
        self._pin = QIcon(str(icon_path("pin")))

    def set_records(self, records: list[ConversationRecord]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def row_of(self, conversation_id: str) -> int:
        return next((i for i, r in enumerate(self.records) if r.id == conversation_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.records):
            return None
        record = self.records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return record.title or translate("ConversationList", "New conversation")
        if role == Qt.ItemDataRole.ToolTipRole:
            stamp = record.last_message_at_ms or record.created_at_ms
            when = translate("ConversationList", "Last message {when}").format(
                when=datetime_text(stamp / 1000)
            )
            return f"{record.title}\n{when}"
        if role == Qt.ItemDataRole.DecorationRole and record.pinned:
            return self._pin
        if role == RECORD_ROLE:
            return record
        return None


class ConversationPanel(QWidget):
    """The left column of the chat page."""

    conversation_chosen = Signal(object)  # conversation id, or None for a new chat
    conversation_changed = Signal(object)  # ConversationRecord (renamed, pinned, …)
    conversation_removed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConversationPanel")
        self.chat: ChatService | None = None
        self.ops: Operations | None = None
        self.model = ConversationListModel(self)
        self.new_button = QPushButton(translate("ConversationList", "New chat"))
        self.new_button.setObjectName("Primary")
        self.new_button.setToolTip(
            translate("ConversationList", "Start a new conversation (Ctrl+N)")
        )
        self.new_button.clicked.connect(lambda: self.conversation_chosen.emit(None))
        self.search = QLineEdit(
            placeholderText=translate("ConversationList", "Search conversations"),
            clearButtonEnabled=True,
        )
        self.archived = QCheckBox(translate("ConversationList", "Show archived"))
        self.trash_button = QPushButton(translate("ConversationList", "Trash"))
        self.trash_button.setObjectName("Flat")
        self.trash_button.setCheckable(True)
        self.trash_button.setToolTip(
            translate(
                "ConversationList", "Conversations you deleted: restore them or delete for good"
            )
        )
        self.empty_trash_button = QPushButton(translate("ConversationList", "Empty trash…"))
        self.empty_trash_button.setToolTip(
            translate("ConversationList", "Delete every conversation in the trash for good")
        )
        self.empty_trash_button.clicked.connect(self._empty_trash)
        self.empty_trash_button.hide()
        self.list = QListView()
        self.list.setObjectName("ConversationList")
        self.list.setModel(self.model)
        self.list.setIconSize(QSize(14, 14))
        self.list.setUniformItemSizes(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.clicked.connect(self._chosen)
        self.list.activated.connect(self._chosen)
        self.empty_note = QLabel(
            translate("ConversationList", "No conversations yet."), wordWrap=True
        )
        self.empty_note.setObjectName("Hint")
        self.undo_bar = _UndoBar()
        self.undo_bar.undo.connect(self._undo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.new_button)
        layout.addWidget(self.search)
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.archived)
        filters.addStretch(1)
        filters.addWidget(self.trash_button)
        layout.addLayout(filters)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.empty_trash_button)
        layout.addWidget(self.undo_bar)
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.archived.toggled.connect(lambda _on: self.reload())
        self.trash_button.toggled.connect(self._show_trash)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(lambda: self._trash(self.current()))
        self._selected_id: str | None = None

    def attach(self, chat: ChatService, ops: Operations) -> None:
        self.chat, self.ops = chat, ops
        self.reload()

    def current(self) -> ConversationRecord | None:
        index = self.list.currentIndex()
        record = self.model.data(index, RECORD_ROLE) if index.isValid() else None
        return record

    def select(self, conversation_id: str | None) -> None:
        """Highlight a conversation (without opening it again)."""
        self._selected_id = conversation_id
        row = self.model.row_of(conversation_id) if conversation_id else -1
        if row < 0:
            self.list.clearSelection()
            self.list.setCurrentIndex(QModelIndex())
        else:
            self.list.setCurrentIndex(self.model.index(row))

    def reload(self) -> None:
        if self.chat is None or self.ops is None:
            return
        store, text = self.chat.conversations, self.search.text()
        archived = self.archived.isChecked()
        if self.in_trash():

            def listing() -> list[ConversationRecord]:
                needle = text.strip().lower()
                return [c for c in store.trashed() if needle in c.title.lower()]

        else:

            def listing() -> list[ConversationRecord]:
                return store.search(text, archived=archived)

        self.ops.run(
            translate("ConversationList", "Listing conversations"), listing, on_done=self._show
        )

    def in_trash(self) -> bool:
        """Whether the list shows the trash instead of the conversations."""
        return self.trash_button.isChecked()

    def _show_trash(self, on: bool) -> None:
        self.trash_button.setText(
            translate("ConversationList", "Back to conversations")
            if on
            else translate("ConversationList", "Trash")
        )
        self.archived.setVisible(not on)
        self.new_button.setVisible(not on)
        self.search.setPlaceholderText(
            translate("ConversationList", "Search the trash")
            if on
            else translate("ConversationList", "Search conversations")
        )
        self.reload()

    def _show(self, records: list[ConversationRecord]) -> None:
        self.model.set_records(records)
        searching = bool(self.search.text().strip())
        if self.in_trash():
            note = (
                translate("ConversationList", "Nothing in the trash matches that.")
                if searching
                else translate(
                    "ConversationList",
                    "The trash is empty. Deleted conversations wait here until you empty it.",
                )
            )
        elif searching:
            note = translate("ConversationList", "No conversation mentions that.")
        elif self.archived.isChecked():
            note = translate("ConversationList", "Nothing archived.")
        else:
            note = translate("ConversationList", "No conversations yet.")
        self.empty_note.setText(note)
        self.empty_note.setVisible(not records)
        self.empty_trash_button.setVisible(self.in_trash() and bool(records))
        self.select(self._selected_id)

    def _chosen(self, index: QModelIndex) -> None:
        record = self.model.data(index, RECORD_ROLE)
        if record is not None and not self.in_trash():
            self._selected_id = record.id
            self.conversation_chosen.emit(record.id)

    # --- actions ---------------------------------------------------------------------------

    def _menu(self, point: QPoint) -> None:
        index = self.list.indexAt(point)
        record = self.model.data(index, RECORD_ROLE) if index.isValid() else None
        if record is None:
            return
        menu = QMenu(self)
        if self.in_trash():
            menu.addAction(translate("ConversationList", "Restore"), lambda: self.restore(record))
            menu.addAction(
                translate("ConversationList", "Delete forever…"),
                lambda: self._delete_forever(record),
            )
            menu.popup(self.list.viewport().mapToGlobal(point))
            self._open_menu = menu
            return
        menu.addAction(translate("ConversationList", "Rename…"), lambda: self._rename(record))
        pin = (
            translate("ConversationList", "Unpin")
            if record.pinned
            else translate("ConversationList", "Pin")
        )
        menu.addAction(pin, lambda: self._pin(record))
        archive = (
            translate("ConversationList", "Unarchive")
            if record.archived
            else translate("ConversationList", "Archive")
        )
        menu.addAction(archive, lambda: self._archive(record))
        menu.addSeparator()
        menu.addAction(
            translate("ConversationList", "Export as Markdown…"), lambda: self._export(record, "md")
        )
        menu.addAction(
            translate("ConversationList", "Export as JSON…"), lambda: self._export(record, "json")
        )
        menu.addSeparator()
        menu.addAction(translate("ConversationList", "Move to trash"), lambda: self._trash(record))
        menu.popup(self.list.viewport().mapToGlobal(point))
        self._open_menu = menu  # kept for tests and so it is not collected while shown

    def _rename(self, record: ConversationRecord) -> None:
        title, ok = QInputDialog.getText(
            self,
            translate("ConversationList", "Rename conversation"),
            translate("ConversationList", "Title"),
            text=record.title,
        )
        if ok and title.strip():
            self._change(self._service().rename, record.id, title)

    def _pin(self, record: ConversationRecord) -> None:
        self._change(self._service().set_pinned, record.id, not record.pinned)

    def _archive(self, record: ConversationRecord) -> None:
        self._change(self._service().set_archived, record.id, not record.archived)

    def _change(self, action: Any, *args: Any) -> None:
        assert self.ops is not None

        def done(record: ConversationRecord) -> None:
            self.conversation_changed.emit(record)
            self.reload()

        self.ops.run(
            translate("ConversationList", "Changing the conversation"), action, *args, on_done=done
        )

    def _trash(self, record: ConversationRecord | None) -> None:
        if record is None or self.ops is None:
            return

        def done(_result: object) -> None:
            self.undo_bar.offer(record)
            self.conversation_removed.emit(record.id)
            self.reload()

        what = translate("ConversationList", "Moving to trash")
        self.ops.run(what, self._service().trash, record.id, on_done=done)

    def _undo(self, record: ConversationRecord) -> None:
        self.restore(record)

    def restore(self, record: ConversationRecord) -> None:
        """Bring a conversation back from the trash."""
        assert self.ops is not None
        self.ops.run(
            translate("ConversationList", "Restoring the conversation"),
            self._service().restore,
            record.id,
            on_done=lambda _r: self.reload(),
        )

    def _delete_forever(self, record: ConversationRecord) -> None:
        title = record.title or translate("ConversationList", "this conversation")
        if self._confirm(
            translate("ConversationList", "Delete forever?"),
            translate(
                "ConversationList",
                "“{title}” and all its messages will be deleted for good. This cannot be undone.",
            ).format(title=title[:60]),
        ):
            self.delete_forever(record)

    def delete_forever(self, record: ConversationRecord) -> None:
        """Delete a conversation in the trash for good (asks first from the menu)."""
        assert self.ops is not None
        self.ops.run(
            translate("ConversationList", "Deleting the conversation"),
            self._service().delete_forever,
            record.id,
            on_done=lambda _r: self.reload(),
        )

    def _empty_trash(self) -> None:
        count = self.model.rowCount()
        if self._confirm(
            translate("ConversationList", "Empty the trash?"),
            translate(
                "ConversationList",
                "%n conversation(s) and all their messages will be deleted for good. This "
                "cannot be undone.",
                None,
                count,
            ),
        ):
            self.empty_trash()

    def empty_trash(self) -> None:
        assert self.ops is not None
        self.ops.run(
            translate("ConversationList", "Emptying the trash"),
            self._service().empty_trash,
            on_done=lambda _n: self.reload(),
        )

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _export(self, record: ConversationRecord, fmt: str) -> None:
        suggested = _file_name(record.title, fmt)
        path, _filter = QFileDialog.getSaveFileName(
            self,
            translate("ConversationList", "Export conversation"),
            str(Path.home() / suggested),
            "Markdown (*.md)" if fmt == "md" else "JSON (*.json)",  # i18n: not UI (file types)
        )
        if path:
            self.export_to(record.id, fmt, Path(path))

    def export_to(self, conversation_id: str, fmt: str, path: Path) -> None:
        """Write the export in a worker thread."""
        chat = self.chat
        assert chat is not None and self.ops is not None

        def write() -> Path:
            from core.chat.export import export_json, export_markdown

            conversation = chat.conversations.get(conversation_id)
            assistant = (
                chat.assistants.get(conversation.assistant_id)
                if conversation.assistant_id
                else None
            )
            exporter = export_json if fmt == "json" else export_markdown
            text = exporter(
                conversation,
                chat.conversations.thread(conversation_id),
                assistant.name if assistant else None,
                names=chat.assistants.names(),
            )
            path.write_text(text, encoding="utf-8")
            return path

        self.ops.run(translate("ConversationList", "Exporting the conversation"), write)

    def _service(self) -> Any:
        assert self.chat is not None
        return self.chat.conversations


class _UndoBar(QWidget):
    """ "Moved to the trash · Undo", for a few seconds after a delete."""

    undo = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("UndoBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # the QSS paints it
        self.label = QLabel(wordWrap=True)
        self.button = QPushButton(translate("ConversationList", "Undo"))
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.button.clicked.connect(self._undo)
        self._record: ConversationRecord | None = None
        self._timer = QTimer(self, singleShot=True, interval=UNDO_SECONDS * 1000)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def offer(self, record: ConversationRecord) -> None:
        self._record = record
        title = record.title or translate("ConversationList", "The conversation")
        self.label.setText(
            translate(
                "ConversationList", "Moved “{title}” to the trash (find it under Trash)."
            ).format(title=title[:40])
        )
        self.show()
        self._timer.start()

    def _undo(self) -> None:
        if self._record is not None:
            self.undo.emit(self._record)
        self._record = None
        self.hide()


def _file_name(title: str, fmt: str) -> str:
    safe = "".join(c if c.isalnum() or c in " -_" else " " for c in title).strip() or "chat"
    return f"{' '.join(safe.split())[:60]}.{fmt}"
