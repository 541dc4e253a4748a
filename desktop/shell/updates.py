"""The update notice: when the user turned update checks on and the feed has a newer release,
a status-bar button says so; clicking it asks before opening the download page in the browser.
Nothing is downloaded by the app."""

from __future__ import annotations

import logging

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow, QMessageBox, QPushButton

from core.i18n import translate
from core.settings import DeviceSettings
from core.updates import Release, UpdateCheck
from desktop.operations import Operations

log = logging.getLogger(__name__)


class UpdateNotice:
    """Runs the check off the GUI thread once; shows the button if there is a newer release."""

    def __init__(self, window: QMainWindow, ops: Operations, device: DeviceSettings) -> None:
        self.window = window
        self.ops = ops
        self.device = device
        self.button: QPushButton | None = None
        self.release: Release | None = None

    def start(self) -> None:
        check = UpdateCheck(
            enabled=bool(self.device.get("updates.check")),
            feed_url=str(self.device.get("updates.feed_url")),
        )
        if not check.enabled:
            return  # off (the default): no request at all
        self.ops.run(
            translate("UpdateNotice", "Checking for updates"),
            check.run,
            on_done=self._show,
            on_error=lambda error: log.info("Update check failed: %s", error),
        )

    def _show(self, release: Release | None) -> None:
        if release is None:
            return
        self.release = release
        self.button = QPushButton(
            translate("UpdateNotice", "Version {version} is available…").format(
                version=release.version
            )
        )
        self.button.setObjectName("updateAvailable")
        self.button.setFlat(True)
        self.button.setToolTip(
            translate(
                "UpdateNotice", "Opens the download page after asking; nothing is downloaded here."
            )
        )
        self.button.clicked.connect(self.ask)
        self.window.statusBar().addPermanentWidget(self.button)

    def ask(self) -> None:
        release = self.release
        if release is None:
            return
        out = translate("UpdateNotice", "ConvoSphere {version} is out.").format(
            version=release.version
        )
        notes = f"\n\n{release.notes}" if release.notes else ""
        question = translate(
            "UpdateNotice",
            "Open its download page in your browser? Your data stays as it is and is upgraded "
            "when the new version starts.",
        )
        answer = QMessageBox.question(
            self.window,
            translate("UpdateNotice", "Update available"),
            f"{out}{notes}\n\n{question}",
        )
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl(release.page))
