"""Settings → Account & sync → Your devices: every device signed in to this account (name,
system, last seen, which one this is), and signing one out.

Listing and signing out ask the server, in a worker thread (the pattern of the account page).
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from core.i18n import QT_TRANSLATE_NOOP, date_text, datetime_text, time_text, translate

if TYPE_CHECKING:
    from desktop.operations import Operations
    from sync.client.client import DeviceLine, SyncClient

Index = QModelIndex | QPersistentModelIndex
HEADERS = (
    QT_TRANSLATE_NOOP("Devices", "Device"),
    QT_TRANSLATE_NOOP("Devices", "System"),
    QT_TRANSLATE_NOOP("Devices", "Last seen"),
)


def last_seen(ms: int, now: datetime | None = None) -> str:
    """just now, 3 minutes ago, today 14:02, yesterday 14:02, 12/3/26 (as the locale writes)."""
    moment = datetime.fromtimestamp(ms / 1000)
    current = now or datetime.now()
    seconds = (current - moment).total_seconds()
    if seconds < 60:
        return translate("Devices", "just now")
    if seconds < 3600:
        return translate("Devices", "%n minute(s) ago", None, int(seconds // 60))
    if moment.date() == current.date():
        return translate("Devices", "today {time}").format(time=time_text(moment))
    if (current.date() - moment.date()).days == 1:
        return translate("Devices", "yesterday {time}").format(time=time_text(moment))
    return date_text(moment)


class DeviceListModel(QAbstractTableModel):
    """The account's devices, as the server last listed them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.devices: list[DeviceLine] = []

    def reset(self, devices: list[DeviceLine]) -> None:
        self.beginResetModel()
        self.devices = list(devices)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.devices)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("Devices", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        device = self.devices[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                if device.this_device:
                    return translate("Devices", "{name} — this device").format(name=device.name)
                return device.name
            if column == 1:
                return device.platform or "—"
            return last_seen(device.last_seen_at_ms)
        if role == Qt.ItemDataRole.FontRole and device.this_device:
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == Qt.ItemDataRole.ToolTipRole:
            stamp = datetime_text(device.last_seen_at_ms / 1000)
            return translate("Devices", "{name}\nDevice id {id}\nLast seen {when}").format(
                name=device.name, id=device.device_id, when=stamp
            )
        return None


class DevicesBox(QWidget):
    """The list, Refresh and Sign out device."""

    this_device_signed_out = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client: SyncClient | None = None
        self.ops: Operations | None = None
        self.model = DeviceListModel(self)
        title = QLabel(translate("Devices", "<b>Your devices</b>"))
        self.view = QTreeView()
        self.view.setObjectName("DeviceList")
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.refresh_button = QPushButton(translate("Devices", "Refresh"))
        self.sign_out_button = QPushButton(translate("Devices", "Sign out device"))
        self.sign_out_button.setEnabled(False)
        self.sign_out_button.setToolTip(
            translate(
                "Devices",
                "Ends that device's session at once; what is on it stays there. It can sign in "
                "again.",
            )
        )
        self.note = QLabel("")
        self.note.setObjectName("Hint")
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        self.refresh_button.clicked.connect(self.refresh)
        self.sign_out_button.clicked.connect(self.sign_out_selected)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection())

    def attach(self, client: SyncClient, ops: Operations) -> None:
        self.client, self.ops = client, ops

    def refresh(self) -> None:
        client, ops = self.client, self.ops
        if client is None or ops is None:
            return
        self.note.setText(translate("Devices", "Asking the server for your devices…"))
        self.refresh_button.setEnabled(False)
        ops.run(
            translate("Devices", "Listing your devices"),
            lambda: asyncio.run(client.devices()),
            on_done=self._listed,
            on_error=self._failed,
        )

    def _listed(self, devices: list[DeviceLine]) -> None:
        self.refresh_button.setEnabled(True)
        self.model.reset(devices)
        self._fit_rows()
        count = len(devices)
        self.note.setText(
            translate("Devices", "%n device(s) signed in to this account.", None, count)
            if count
            else translate("Devices", "No device is signed in to this account.")
        )
        self._selection()

    def _fit_rows(self) -> None:
        """As tall as its rows (up to five), so a short list leaves no empty box."""
        rows = max(1, min(self.model.rowCount(), 5))
        row_height = max(self.view.sizeHintForRow(0), self.fontMetrics().height() + 12)
        height = self.view.header().sizeHint().height() + rows * row_height + 6
        self.view.setFixedHeight(height)

    def _failed(self, error: BaseException) -> None:
        from desktop.errors import describe_error

        self.refresh_button.setEnabled(True)
        self._selection()
        self.note.setText(describe_error(error))

    def selected(self) -> DeviceLine | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.devices[rows[0].row()] if rows else None

    def _selection(self) -> None:
        device = self.selected()
        self.sign_out_button.setEnabled(device is not None)
        this = device is not None and device.this_device
        self.sign_out_button.setText(
            translate("Devices", "Sign out this device")
            if this
            else translate("Devices", "Sign out device")
        )

    def sign_out_selected(self) -> None:
        client, ops, device = self.client, self.ops, self.selected()
        if client is None or ops is None or device is None:
            return
        self.sign_out_button.setEnabled(False)
        self.note.setText(translate("Devices", "Signing out “{name}”…").format(name=device.name))

        def done(_none: object) -> None:
            if device.this_device:
                self.model.reset([])
                self.note.setText("")
                self.this_device_signed_out.emit()
                return
            self.note.setText(
                translate("Devices", "“{name}” is signed out. Its data stays on it.").format(
                    name=device.name
                )
            )
            self.refresh()

        ops.run(
            translate("Devices", "Signing a device out"),
            lambda: asyncio.run(client.sign_out_device(device.device_id)),
            on_done=done,
            on_error=self._failed,
        )
