"""Above the message box: whether answers search your documents, which ones, and attaching one.

"Use my documents" is the conversation's own choice (a new conversation starts with its
assistant's). The scope menu narrows the search to tags or to chosen documents; "Attach file…"
imports a file and scopes the question to it. The bar only shows and asks: the chat page saves
the choice and runs the import.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.sources import KnowledgeScope

ALL_DOCUMENTS = QT_TRANSLATE_NOOP("KnowledgeBar", "All documents")


class KnowledgeBar(QWidget):
    """The knowledge choice of the conversation on screen."""

    scope_changed = Signal(object)  # the KnowledgeScope the person chose
    attach_requested = Signal(object)  # list[str]: files to import and ask about

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KnowledgeBar")
        self.use = QCheckBox(translate("KnowledgeBar", "Use my documents"))
        self.use.setToolTip(
            translate(
                "KnowledgeBar",
                "Search your knowledge base for each question and cite what it finds",
            )
        )
        # Push buttons, as everywhere in the app (the style sheets theme them, light and dark).
        self.scope_button = QPushButton()
        self.scope_button.setObjectName("KnowledgeScope")
        # The text ends in its own chevron; Qt's indicator would be drawn over the last letter.
        self.scope_button.setStyleSheet("QPushButton::menu-indicator { image: none; width: 0; }")
        self.scope_button.setToolTip(
            translate("KnowledgeBar", "Search all documents, or only some tags or documents")
        )
        self.menu = QMenu(self)
        self.scope_button.setMenu(self.menu)
        self.attach_button = QPushButton(translate("KnowledgeBar", "Attach file…"))
        self.attach_button.setToolTip(translate("KnowledgeBar", "Import a file and ask about it"))
        self.note = QLabel("")
        self.note.setObjectName("PageSubtitle")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        for widget in (self.use, self.scope_button, self.attach_button, self.note):
            row.addWidget(widget)
        row.addStretch(1)
        self._scope = KnowledgeScope()
        self._default = False
        self._tags: list[str] = []
        self._documents: dict[str, str] = {}  # id -> title
        self.use.toggled.connect(self._use_toggled)
        self.menu.aboutToShow.connect(self._fill_menu)
        self.attach_button.clicked.connect(self._choose_files)
        self._render()

    # --- what the page tells it ---------------------------------------------------------

    def set_choices(self, tags: list[str], documents: dict[str, str]) -> None:
        """The tags and documents the scope menu offers."""
        self._tags = list(tags)
        self._documents = dict(documents)
        self._render()

    def show_scope(self, scope: KnowledgeScope, assistant_default: bool) -> None:
        """Show a conversation's choice (its assistant's default where it has none)."""
        self._scope, self._default = scope, assistant_default
        self._render()

    def scope(self) -> KnowledgeScope:
        return self._scope

    def enabled(self) -> bool:
        return self._scope.enabled(self._default)

    def show_note(self, text: str) -> None:
        self.note.setText(text)

    # --- what the person does -----------------------------------------------------------

    def _use_toggled(self, checked: bool) -> None:
        if checked != self.enabled():
            self._choose(replace(self._scope, use=checked))

    def _choose(self, scope: KnowledgeScope) -> None:
        self._scope = scope
        self._render()
        self.scope_changed.emit(scope)

    def _fill_menu(self) -> None:
        menu = self.menu
        menu.clear()
        every = menu.addAction(translate("KnowledgeBar", ALL_DOCUMENTS))
        every.setCheckable(True)
        every.setChecked(not self._scope.narrowed)
        every.triggered.connect(
            lambda: self._choose(replace(self._scope, tags=(), document_ids=()))
        )
        if self._tags:
            menu.addSection(translate("KnowledgeBar", "Only documents tagged"))
            for name in self._tags:
                action = menu.addAction(name)
                action.setCheckable(True)
                action.setChecked(name in self._scope.tags)
                action.toggled.connect(lambda on, n=name: self._toggle_tag(n, on))
        menu.addSeparator()
        choose = menu.addAction(translate("KnowledgeBar", "Choose documents…"))
        choose.triggered.connect(self._pick_documents)

    def _toggle_tag(self, name: str, on: bool) -> None:
        tags = [t for t in self._scope.tags if t != name] + ([name] if on else [])
        self._choose(replace(self._scope, use=True, tags=tuple(tags), document_ids=()))

    def _pick_documents(self) -> None:
        picker = DocumentPicker(self._documents, self._scope.document_ids, self.window())
        if picker.exec() == QDialog.DialogCode.Accepted:
            chosen = picker.chosen()
            self._choose(replace(self._scope, use=True, tags=(), document_ids=tuple(chosen)))

    def _choose_files(self) -> None:
        from desktop.knowledge.page import import_filter

        title = translate("KnowledgeBar", "Attach a file")
        names, _ = QFileDialog.getOpenFileNames(self, title, "", import_filter())
        if names:
            self.attach_requested.emit(list(names))

    def _render(self) -> None:
        enabled = self.enabled()
        self.use.blockSignals(True)
        self.use.setChecked(enabled)
        self.use.blockSignals(False)
        self.scope_button.setEnabled(enabled)
        self.scope_button.setText(self._scope_text() + "  ▾")

    def _scope_text(self) -> str:
        scope = self._scope
        if scope.document_ids:
            if len(scope.document_ids) == 1:
                title = self._documents.get(scope.document_ids[0]) or translate(
                    "KnowledgeBar", "%n document(s)", None, 1
                )
                return _short(title)
            return translate("KnowledgeBar", "%n document(s)", None, len(scope.document_ids))
        if scope.tags:
            tagged = translate("KnowledgeBar", "Tagged {tags}")
            return _short(tagged.format(tags=", ".join(scope.tags)))
        return translate("KnowledgeBar", ALL_DOCUMENTS)


class DocumentPicker(QDialog):
    """Choose documents by title, with a filter box."""

    def __init__(
        self, documents: dict[str, str], chosen: tuple[str, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("KnowledgeBar", "Answer from these documents"))
        self.resize(460, 520)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(translate("KnowledgeBar", "Filter by title"))
        self.list = QListWidget()
        for document_id, title in sorted(documents.items(), key=lambda kv: kv[1].casefold()):
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, document_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = document_id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        empty = QLabel(
            translate("KnowledgeBar", "No documents yet: import some on the Knowledge page.")
        )
        empty.setVisible(not documents)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._filter)

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def chosen(self) -> list[str]:
        return [
            str(self.list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
