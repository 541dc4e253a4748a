"""The tag manager: every tag with its colour and document count; rename, merge, delete."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.i18n import QT_TRANSLATE_NOOP, number, translate

if TYPE_CHECKING:
    from core.library.tags import TagInfo, TagService
    from desktop.operations import Operations

AnyIndex = QModelIndex | QPersistentModelIndex
Confirm = Callable[[QWidget, str, str], bool]


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def swatch(color: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(color or "#888888"))
    return QIcon(pixmap)


class TagListModel(QAbstractTableModel):
    """Tags as rows: name (editable: renames), documents, description."""

    rename_requested = Signal(str, str)  # tag id, new name
    HEADERS = (
        QT_TRANSLATE_NOOP("TagManager", "Tag"),
        QT_TRANSLATE_NOOP("TagManager", "Documents"),
        QT_TRANSLATE_NOOP("TagManager", "Description"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.tags: list[TagInfo] = []

    def set_tags(self, tags: Sequence[TagInfo]) -> None:
        self.beginResetModel()
        self.tags = list(tags)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.tags)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("TagManager", self.HEADERS[section])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == 0 else flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        tag, column = self.tags[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (tag.name, number(tag.document_count), tag.description)[column]
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return swatch(tag.color)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != 0:
            return False
        tag = self.tags[index.row()]
        if str(value).strip() and str(value).strip() != tag.name:
            self.rename_requested.emit(tag.id, str(value))
        return False  # the list reloads once the rename is saved


class TagManagerDialog(QDialog):
    """Lists tags; double-click a name to rename; merge and delete say what they affect."""

    tags_changed = Signal()

    def __init__(self, tags: TagService, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("TagManager", "Manage tags"))
        self.resize(620, 460)
        self.service, self.ops = tags, ops
        self.confirm: Confirm = ask_yes_no
        self.model = TagListModel(self)
        self.model.rename_requested.connect(self._rename)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setObjectName("EmptyBody")
        buttons = QHBoxLayout()
        for text, slot in (
            (translate("TagManager", "New tag…"), self._create),
            (translate("TagManager", "Colour…"), self._recolor),
            (translate("TagManager", "Merge into…"), self._merge),
            (translate("TagManager", "Delete…"), self._delete),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.ops.run(
            translate("TagManager", "Loading tags"), self.service.list_tags, on_done=self._show
        )

    def selected(self) -> list[TagInfo]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.tags[r] for r in rows]

    def _show(self, tags: list[TagInfo]) -> None:
        self.model.set_tags(tags)
        if tags:
            self.hint.setText(
                translate(
                    "TagManager",
                    "%n tag(s). Double-click a name to rename it; select several and use "
                    "Merge into… to fold them into one.",
                    None,
                    len(tags),
                )
            )
        else:
            self.hint.setText(
                translate(
                    "TagManager",
                    "No tags yet. Select documents and use Add tag…, or make one with New tag….",
                )
            )

    def _changed(self, _result: object = None) -> None:
        self.reload()
        self.tags_changed.emit()

    def _rename(self, tag_id: str, new_name: str) -> None:
        self.ops.run(
            translate("TagManager", "Renaming the tag"),
            self.service.rename,
            tag_id,
            new_name,
            on_done=self._changed,
        )

    def _create(self) -> None:
        name, ok = QInputDialog.getText(
            self, translate("TagManager", "New tag"), translate("TagManager", "Name:")
        )
        if ok and name.strip():
            self.ops.run(
                translate("TagManager", "Making the tag"),
                self.service.create,
                name,
                on_done=self._changed,
            )

    def _recolor(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        color = QColorDialog.getColor(
            QColor(chosen[0].color), self, translate("TagManager", "Tag colour")
        )
        if color.isValid():
            for tag in chosen:
                self.ops.run(
                    translate("TagManager", "Changing the colour"),
                    lambda t=tag: self.service.update(t.id, color=color.name()),
                    on_done=self._changed,
                )

    def merge_targets(self) -> list[str]:
        """The tags Merge into… offers: the selected ones first (folding selected tags into
        one of them is the common case), then the others."""
        chosen = self.selected()
        return [t.name for t in chosen] + [t.name for t in self.model.tags if t not in chosen]

    def _merge(self) -> None:
        chosen = self.selected()
        targets = self.merge_targets()
        if not chosen or len(targets) < 2:
            self.hint.setText(
                translate(
                    "TagManager", "Select the tags to merge first, then choose the tag to keep."
                )
            )
            return
        target, ok = QInputDialog.getItem(
            self,
            translate("TagManager", "Merge tags"),
            translate("TagManager", "Keep this tag:"),
            targets,
            0,
            False,
        )
        if ok:
            self.merge(chosen, target)

    def merge(self, chosen: Sequence[TagInfo], target: str) -> None:
        """Ask, then fold ``chosen`` (less ``target`` itself) into the tag named ``target``."""
        chosen = [t for t in chosen if t.name != target]
        if not chosen:
            self.hint.setText(
                translate("TagManager", "Select at least one other tag to merge into it.")
            )
            return
        count = sum(t.document_count for t in chosen)
        names = _quoted(chosen)
        text = translate(
            "TagManager",
            "Merge {names} into “{target}”? Their %n document link(s) move to “{target}” and "
            "{names} will be gone.",
            None,
            count,
        ).format(names=names, target=target)
        if self.confirm(self, translate("TagManager", "Merge tags"), text):
            ids = [t.id for t in chosen]
            self.ops.run(
                translate("TagManager", "Merging tags"),
                self.service.merge,
                ids,
                target,
                on_done=self._changed,
            )

    def _delete(self) -> None:
        chosen = self.selected()
        if chosen:
            ids = [t.id for t in chosen]
            self.ops.run(
                translate("TagManager", "Counting documents"),
                self.service.affected_documents,
                ids,
                on_done=lambda count: self.delete(chosen, count),
            )

    def delete(self, chosen: Sequence[TagInfo], affected: int) -> None:
        """Ask (saying how many documents lose the tags), then delete ``chosen``."""
        names = _quoted(chosen)
        text = translate(
            "TagManager",
            "Delete {names}? It will be removed from %n document(s). The documents themselves "
            "are kept.",
            None,
            affected,
        ).format(names=names)
        if self.confirm(self, translate("TagManager", "Delete tags"), text):
            for tag in chosen:
                self.ops.run(
                    translate("TagManager", "Deleting the tag"),
                    self.service.delete,
                    tag.id,
                    on_done=self._changed,
                )


def _quoted(tags: Sequence[TagInfo]) -> str:
    """The tags' names in the language's quotation marks, comma separated."""
    return ", ".join(translate("TagManager", "“{name}”").format(name=t.name) for t in tags)
