"""Conflict versions in the GUI: a banner on an item that has some, and a side-by-side compare
view with Choose this version / Keep current / Discard (``core.conflicts`` does the work, in
a worker thread)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from core.i18n import datetime_text, number, translate

if TYPE_CHECKING:
    from core.conflicts import ConflictRecord, ConflictService, DiffRow, DiffSpan
    from core.knowledge.preview import SourceFile
    from desktop.knowledge.viewer import DocumentViewer
    from desktop.operations import Operations

# (light, dark) backgrounds: a changed line, the changed words in it, a line the other lacks.
LINE = ("#fff4d6", "#3d3522")
WORDS = ("#ffd86b", "#7a6220")
LONE = ("#e8f1ff", "#22314a")


class ConflictBanner(QFrame):
    """“There are N other versions of this assistant's instructions …  [Compare…]”; hidden
    at 0."""

    compare_requested = Signal()

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConflictBanner")
        self.what = what
        self.text = QLabel("")
        self.text.setWordWrap(True)
        self.compare = QPushButton(translate("Conflicts", "Compare…"))
        self.compare.clicked.connect(self.compare_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 8, 6)
        row.addWidget(QLabel("⚠"))
        row.addWidget(self.text, 1)
        row.addWidget(self.compare)
        self.show_count(0)

    def show_count(self, count: int) -> None:
        self.setVisible(count > 0)
        self.text.setText(
            translate(
                "Conflicts",
                "There are %n other version(s) of {what}, from edits made at the same time on two "
                "devices. Nothing was lost: compare them and choose.",
                None,
                count,
            ).format(what=self.what)
        )


def _dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Base).lightness() < 128


def side_html(rows: list[DiffRow], left: bool, dark: bool) -> str:
    """One side of the comparison as HTML: changed lines tinted, changed words marked."""
    pick = int(dark)
    lines = []
    for row in rows:
        spans: tuple[DiffSpan, ...] | None = row.left if left else row.right
        if spans is None:  # the other side has a line here: keep the rows level
            lines.append('<div style="white-space:pre-wrap">&nbsp;</div>')  # i18n: not UI
            continue
        text = "".join(
            f'<span style="background-color:{WORDS[pick]}">{escape(s.text)}</span>'
            if s.changed and row.kind == "changed"
            else escape(s.text)
            for s in spans
        )
        if row.kind == "same":
            style = ""
        elif row.kind == "changed":
            style = f"background-color:{LINE[pick]};"
        else:
            style = f"background-color:{LONE[pick]};"
        lines.append(
            f'<div style="white-space:pre-wrap;{style}">{text or "&nbsp;"}</div>'  # i18n: not UI
        )
    return "".join(lines)


class CompareDialog(QDialog):
    """The current text beside a kept version, differences highlighted; resolve from here."""

    resolved = Signal()  # something was chosen, kept or discarded

    def __init__(
        self,
        conflicts: ConflictService,
        ops: Operations,
        entity: str,
        entity_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CompareDialog")
        self.setWindowTitle(translate("Conflicts", "Compare versions"))
        self.resize(900, 560)
        self.setMinimumSize(600, 420)
        self.conflicts, self.ops = conflicts, ops
        self.entity, self.entity_id = entity, entity_id
        self.versions: list[ConflictRecord] = []
        self.title = QLabel("")
        self.title.setObjectName("PageTitle")
        self.title.setWordWrap(True)
        self.picker = QComboBox()
        self.picker.currentIndexChanged.connect(self._show_current)
        self.left_title = QLabel(
            translate("Conflicts", "<b>Current text</b> (what this device uses now)")
        )
        self.right_title = QLabel("")
        self.right_title.setWordWrap(True)
        self.left = QTextBrowser()
        self.right = QTextBrowser()
        for pane in (self.left, self.right):
            pane.setObjectName("DiffPane")
            pane.setOpenLinks(False)
        # Scrolling one side scrolls the other: the lines stay side by side.
        self.left.verticalScrollBar().valueChanged.connect(self.right.verticalScrollBar().setValue)
        self.right.verticalScrollBar().valueChanged.connect(self.left.verticalScrollBar().setValue)
        grid = QGridLayout()
        grid.addWidget(self.left_title, 0, 0)
        grid.addWidget(self.right_title, 0, 1)
        grid.addWidget(self.left, 1, 0)
        grid.addWidget(self.right, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.message = QLabel("")
        self.message.setObjectName("Hint")
        self.message.setWordWrap(True)
        self.choose_button = QPushButton(translate("Conflicts", "Choose this version"))
        self.choose_button.setObjectName("Primary")
        self.choose_button.setToolTip(
            translate(
                "Conflicts",
                "Use the other version's text: saved as your edit, it reaches your other devices.",
            )
        )
        self.keep_button = QPushButton(translate("Conflicts", "Keep current"))
        self.keep_button.setToolTip(
            translate("Conflicts", "Keep the current text and set every other version aside.")
        )
        self.discard_button = QPushButton(translate("Conflicts", "Discard"))
        self.discard_button.setToolTip(translate("Conflicts", "Delete this other version only."))
        close = QPushButton(translate("Conflicts", "Close"))
        close.clicked.connect(self.reject)
        self.choose_button.clicked.connect(lambda: self._resolve("choose"))
        self.keep_button.clicked.connect(lambda: self._resolve("keep_current"))
        self.discard_button.clicked.connect(lambda: self._resolve("discard"))
        actions = QHBoxLayout()
        actions.addWidget(self.discard_button)
        actions.addStretch(1)
        actions.addWidget(self.keep_button)
        actions.addWidget(self.choose_button)
        actions.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.picker)
        layout.addLayout(grid, 1)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        self._enable(False)
        self.reload()

    def reload(self) -> None:
        self.ops.run(
            translate("Conflicts", "Reading the other versions"),
            self.conflicts.versions,
            self.entity,
            self.entity_id,
            on_done=self._listed,
        )

    def _listed(self, versions: list[ConflictRecord]) -> None:
        self.versions = versions
        if not versions:
            self.accept()
            return
        first = versions[0]
        self.title.setText(f"{escape(first.item_name)} — {escape(first.field_label)}")
        self.picker.blockSignals(True)
        self.picker.clear()
        for index, version in enumerate(versions, 1):
            self.picker.addItem(
                translate("Conflicts", "Other version {index} of {count} — {origin}").format(
                    index=number(index), count=number(len(versions)), origin=_origin(version)
                )
            )
        self.picker.blockSignals(False)
        self.picker.setVisible(len(versions) > 1)
        self.picker.setCurrentIndex(0)
        self._show_current()

    def current(self) -> ConflictRecord | None:
        row = self.picker.currentIndex()
        return self.versions[row] if 0 <= row < len(self.versions) else None

    def _show_current(self) -> None:
        from core.conflicts import compare

        version = self.current()
        if version is None:
            return
        rows = compare(version.current_text, version.value_text)
        dark = _dark(self)
        self.left.setHtml(side_html(rows, True, dark))
        self.right.setHtml(side_html(rows, False, dark))
        self.left_title.setText(
            translate("Conflicts", "<b>Current file</b> (what this device uses now)")
            if version.is_file
            else translate("Conflicts", "<b>Current text</b> (what this device uses now)")
        )
        self.right_title.setText(
            translate("Conflicts", "<b>Other version</b> ({origin})").format(
                origin=escape(_origin(version))
            )
        )
        changed = sum(r.kind != "same" for r in rows)
        self.message.setText(
            translate("Conflicts", "%n line(s) differ.", None, changed)
            if changed
            else translate("Conflicts", "The texts are the same.")
        )
        self._enable(True)

    def _enable(self, on: bool) -> None:
        for button in (self.choose_button, self.keep_button, self.discard_button):
            button.setEnabled(on)

    def _resolve(self, how: str) -> None:
        version = self.current()
        if version is None:
            return
        self._enable(False)
        action = {
            "choose": self.conflicts.choose,
            "keep_current": self.conflicts.keep_current,
            "discard": self.conflicts.discard,
        }[how]

        def done(_result: object) -> None:
            self.resolved.emit()
            self.reload()

        def failed(error: BaseException) -> None:
            from desktop.errors import describe_error

            self.message.setText(describe_error(error))
            self.reload()

        self.ops.run(
            translate("Conflicts", "Resolving the versions"),
            action,
            version.id,
            on_done=done,
            on_error=failed,
        )


def _origin(version: ConflictRecord) -> str:
    """Where and when the kept text was written, for a person."""
    at = version.written_at_ms
    if at:
        when = translate("Conflicts", "written {when}").format(when=datetime_text(at / 1000))
    else:
        when = translate("Conflicts", "kept")
    if version.written_here:
        return translate("Conflicts", "{when} on this device").format(when=when)
    if version.written_on:
        return translate("Conflicts", "{when} on device {device}").format(
            when=when, device=version.written_on[:8]
        )
    return when


def watch_viewer(viewer: DocumentViewer, conflicts: ConflictService, ops: Operations) -> None:
    """Show on a document viewer whether its document has kept versions of its file, and
    open the compare view from there; choosing one opens the document again."""
    from desktop.knowledge.viewer import ViewerTarget

    banner = ConflictBanner(translate("Conflicts", "this document's file"))
    layout = viewer.layout()
    assert isinstance(layout, QVBoxLayout)
    layout.insertWidget(0, banner)
    shown = {"id": ""}

    def check(source: SourceFile) -> None:
        shown["id"] = source.document_id
        ops.run(
            translate("Conflicts", "Looking for other versions of the file"),
            conflicts.versions,
            "document",
            source.document_id,
            on_done=lambda versions: banner.show_count(len(versions)) if isValid(banner) else None,
        )

    def compare_versions() -> None:
        document_id = shown["id"]
        if not document_id:
            return
        dialog = CompareDialog(conflicts, ops, "document", document_id, viewer)
        dialog.resolved.connect(lambda: viewer.open(ViewerTarget(document_id)))
        dialog.open()

    viewer.opened.connect(check)
    banner.compare_requested.connect(compare_versions)
