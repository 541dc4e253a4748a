"""Settings → Your data: export everything this device holds, or delete all of it.

Export runs as a durable job (``core.personal_data``): its progress shows here and in Jobs, and
the section says where the zip went. Deleting asks first, naming what goes, and wants the
workspace's name typed; the app then closes everything, erases the data dir's content and
starts again at the first run (``erase_local_data``).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.i18n import number, size, translate
from desktop.errors import describe_error

if TYPE_CHECKING:
    from core.jobs import JobInfo
    from core.personal_data import EraseReport, LocalDataSummary
    from core.root import Root
    from desktop.operations import Operations
    from sync.client.client import SyncClient, SyncStatus


class Stoppable(Protocol):
    def stop(self) -> None: ...


class PrivacySection(QGroupBox):
    """Export my data; delete all local data."""

    erase_confirmed = Signal()  # the person typed the name and confirmed: the app erases
    server_account_erased = Signal()  # this device was signed out as its account went

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("PrivacySection", "Your data"), parent)
        self.setObjectName("PrivacySection")
        self.services: Root | None = None
        self.ops: Operations | None = None
        self.export_job: str | None = None
        self.export_target: Path | None = None
        intro = QLabel(
            translate(
                "PrivacySection",
                "Everything here stays on this device unless you sync it. Export it as a zip of "
                "JSON and your documents' files (API keys and sign-in tokens are never "
                "included), or delete it from this device.",
            )
        )
        intro.setObjectName("Hint")
        intro.setWordWrap(True)
        self.export_button = QPushButton(translate("PrivacySection", "Export my data…"))
        self.erase_button = QPushButton(translate("PrivacySection", "Delete all local data…"))
        self.erase_button.setObjectName("Danger")
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.erase_button)
        self.progress = QProgressBar()
        self.progress.setMaximumHeight(14)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setObjectName("Hint")
        self.show_folder = QPushButton(translate("PrivacySection", "Show in folder"))
        self.show_folder.hide()
        self.client: SyncClient | None = None
        self.account: tuple[str, str] | None = None  # (server, email) while signed in
        self.server_note = QLabel("")
        self.server_note.setObjectName("Hint")
        self.server_note.setWordWrap(True)
        self.server_export = QPushButton(
            translate("PrivacySection", "Download my data from the server…")
        )
        self.server_erase = QPushButton(translate("PrivacySection", "Erase my server account…"))
        self.server_erase.setObjectName("Danger")
        self.server_box = QWidget()
        server_column = QVBoxLayout(self.server_box)
        server_column.setContentsMargins(0, 8, 0, 0)
        server_row = QHBoxLayout()
        server_row.addWidget(self.server_export)
        server_row.addStretch(1)
        server_row.addWidget(self.server_erase)
        server_column.addWidget(self.server_note)
        server_column.addLayout(server_row)
        self.server_box.hide()
        result = QHBoxLayout()
        result.addWidget(self.status, 1)
        result.addWidget(self.show_folder)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addLayout(result)
        layout.addWidget(self.server_box)
        self.setEnabled(False)
        self.export_button.clicked.connect(self._ask_export)
        self.erase_button.clicked.connect(self._ask_erase)
        self.show_folder.clicked.connect(self._open_folder)
        self.server_export.clicked.connect(self._ask_server_export)
        self.server_erase.clicked.connect(self._ask_server_erase)

    def attach(self, services: Root, ops: Operations) -> None:
        self.services, self.ops = services, ops
        self.setEnabled(True)

    def attach_sync(self, client: SyncClient) -> None:
        """Offer the server's copy of the user's data while this device is signed in."""
        self.client = client
        self.refresh_account()

    def refresh_account(self) -> None:
        client, ops = self.client, self.ops
        if client is None or ops is None:
            return
        ops.run(
            translate("PrivacySection", "Reading the sync account"),
            client.status,
            on_done=self._show_account,
        )

    def _show_account(self, status: SyncStatus) -> None:
        self.account = (status.server_url, status.email) if status.signed_in else None
        self.server_box.setVisible(self.account is not None)
        if self.account is not None:
            self.server_note.setText(
                translate(
                    "PrivacySection",
                    "On the sync server {server} you are {email}: download everything it holds "
                    "about you (a zip of JSON and files), or erase your account there.",
                ).format(server=status.server_url, email=status.email)
            )

    def _ask_server_export(self) -> None:
        name = f"convosphere-server-data-{date.today().isoformat()}.zip"  # i18n: not UI
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            translate("PrivacySection", "Download my data from the server"),
            str(Path.home() / name),
            translate("PrivacySection", "Zip archive (*.zip)"),
        )
        if chosen:
            self.download_server_data(Path(chosen))

    def download_server_data(self, target: Path) -> None:
        client, ops = self.client, self.ops
        if client is None or ops is None:
            return
        from sync.client.admin import ServerAccountData

        if target.suffix.lower() != ".zip":
            target = target.with_name(target.name + ".zip")
        self.server_export.setEnabled(False)
        self._say(translate("PrivacySection", "Downloading what the server holds about you…"))

        def done(count: int) -> None:
            self.server_export.setEnabled(True)
            self.export_target = target
            self._say(
                translate(
                    "PrivacySection", "The server's data about you was saved to {file} ({size})."
                ).format(file=target, size=size(count))
            )
            self.show_folder.show()

        def failed(error: BaseException) -> None:
            self.server_export.setEnabled(True)
            self._say(describe_error(error), error=True)

        ops.run(
            translate("PrivacySection", "Downloading my server data"),
            lambda: asyncio.run(ServerAccountData(client).download(target)),
            on_done=done,
            on_error=failed,
        )

    def _ask_server_erase(self) -> None:
        if self.account is None:
            return
        server_url, email = self.account
        dialog = ConfirmByTyping(
            translate("PrivacySection", "Erase your server account?"),
            describe_account_erasure(server_url, email),
            email,
            translate("PrivacySection", "Erase my account"),
            self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.erase_server_account(email)

    def erase_server_account(self, confirm_email: str) -> None:
        client, ops = self.client, self.ops
        if client is None or ops is None:
            return
        from sync.client.admin import ServerAccountData

        self.server_erase.setEnabled(False)
        self._say(translate("PrivacySection", "Erasing your account on the server…"))

        def done(_none: None) -> None:
            self.server_erase.setEnabled(True)
            self._say(
                translate(
                    "PrivacySection",
                    "Your server account is erased and this device is signed out. "
                    "Everything on this device is still here.",
                )
            )
            self.server_account_erased.emit()
            self.refresh_account()

        def failed(error: BaseException) -> None:
            self.server_erase.setEnabled(True)
            self._say(describe_error(error), error=True)

        ops.run(
            translate("PrivacySection", "Erasing my server account"),
            lambda: asyncio.run(ServerAccountData(client).erase(confirm_email)),
            on_done=done,
            on_error=failed,
        )

    # --- export -----------------------------------------------------------------------------

    def _ask_export(self) -> None:
        name = f"convosphere-my-data-{date.today().isoformat()}.zip"  # i18n: not UI
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            translate("PrivacySection", "Export my data"),
            str(Path.home() / name),
            translate("PrivacySection", "Zip archive (*.zip)"),
        )
        if chosen:
            self.export_to(Path(chosen))

    def export_to(self, target: Path) -> None:
        """Queue the export job (the target is checked first, in a worker)."""
        services, ops = self.services, self.ops
        if services is None or ops is None:
            return
        from core.personal_data import check_export_target, submit_export

        self.export_button.setEnabled(False)
        self._say(translate("PrivacySection", "Preparing the export…"))

        def submit() -> tuple[str, Path]:
            checked = check_export_target(target, services.paths.data_dir)
            return submit_export(services.jobs, checked, services.paths.data_dir), checked

        def submitted(result: tuple[str, Path]) -> None:
            self.export_job, self.export_target = result
            self.progress.setRange(0, 0)
            self.progress.show()
            self.show_folder.hide()
            self._say(
                translate("PrivacySection", "Exporting to {file}…").format(file=self.export_target)
            )

        def refused(error: BaseException) -> None:
            self.export_button.setEnabled(True)
            self._say(describe_error(error), error=True)

        ops.run(
            translate("PrivacySection", "Starting the export"),
            submit,
            on_done=submitted,
            on_error=refused,
        )

    def job_changed(self, job: JobInfo) -> None:
        """Every job's progress reaches here (the app's one channel); this one's is shown."""
        if job.id != self.export_job:
            return
        from core.jobs import JobState

        self.progress.setRange(0, max(job.total, 1))
        self.progress.setValue(job.done + job.failed)
        if job.state in (JobState.QUEUED, JobState.RUNNING):
            self._say(
                translate(
                    "PrivacySection", "Exporting to {file}… {done} of %n step(s)", None, job.total
                ).format(file=self.export_target, done=number(job.done))
            )
            return
        self.progress.hide()
        self.export_button.setEnabled(True)
        target = self.export_target
        if job.state == JobState.DONE and target is not None and target.is_file():
            self._say(
                translate("PrivacySection", "Your data was exported to {file} ({size}).").format(
                    file=target, size=size(target.stat().st_size)
                )
            )
            self.show_folder.show()
        elif job.state == JobState.PAUSED:
            self._say(translate("PrivacySection", "The export is paused: resume it in Jobs."))
        else:
            reason = job.error or translate("PrivacySection", "see Jobs for the details")
            state = {
                JobState.FAILED: translate("PrivacySection", "failed"),
                JobState.CANCELLED: translate("PrivacySection", "cancelled"),
            }.get(job.state, str(job.state))
            self._say(
                translate("PrivacySection", "The export did not finish ({state}): {reason}").format(
                    state=state, reason=reason
                ),
                error=True,
            )

    def _open_folder(self) -> None:
        if self.export_target is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.export_target.parent)))

    # --- erase ------------------------------------------------------------------------------

    def _ask_erase(self) -> None:
        services, ops = self.services, self.ops
        if services is None or ops is None:
            return
        ops.run(
            translate("PrivacySection", "Counting your data"),
            services.personal_data.summary,
            services.workspace_id,
            on_done=self._confirm_erase,
        )

    def _confirm_erase(self, summary: LocalDataSummary) -> None:
        dialog = EraseDialog(summary, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._say(translate("PrivacySection", "Deleting all local data…"))
            self.setEnabled(False)
            self.erase_confirmed.emit()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setObjectName("ErrorText" if error else "Hint")
        self.status.setText(text)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)


class ConfirmByTyping(QDialog):
    """Says what an irreversible action does; its button is enabled once ``expected`` (a
    workspace's name, an email) is typed exactly."""

    def __init__(
        self, title: str, html: str, expected: str, action: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.expected = expected
        goes = QLabel(html)
        goes.setWordWrap(True)
        goes.setTextFormat(Qt.TextFormat.RichText)
        ask = QLabel(
            translate("PrivacySection", "Type <b>{name}</b> to confirm:").format(
                name=_escape(expected)
            )
        )
        self.typed = QLineEdit()
        self.typed.setPlaceholderText(expected)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.delete_button = self.buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.delete_button.setObjectName("Danger")
        self.delete_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(goes)
        layout.addWidget(ask)
        layout.addWidget(self.typed)
        layout.addWidget(self.buttons)
        self.typed.textChanged.connect(
            lambda text: self.delete_button.setEnabled(text.strip() == self.expected)
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)


class EraseDialog(ConfirmByTyping):
    """Delete all local data: names what goes; the workspace's name must be typed."""

    def __init__(self, summary: LocalDataSummary, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("PrivacySection", "Delete all local data?"),
            describe_loss(summary),
            summary.workspace_name,
            translate("PrivacySection", "Delete everything"),
            parent,
        )


def describe_account_erasure(server_url: str, email: str) -> str:
    """What erasing the server account does (rich text)."""
    return translate(
        "PrivacySection",
        "Your account <b>{email}</b> on <code>{server}</code> is erased:"
        "<ul><li>your email, password, devices and sessions, your personal workspace and your "
        "invites are removed from the server</li>"
        "<li>what you made in team workspaces stays there, no longer linked to you</li>"
        "<li>the audit log keeps one entry saying an account was erased, under a pseudonym</li>"
        "</ul>This device is signed out; what is on it stays until you delete it here. "
        "This cannot be undone.",
    ).format(email=_escape(email), server=_escape(server_url))


def describe_loss(summary: LocalDataSummary) -> str:
    """What deleting takes from this device, in a paragraph (rich text)."""
    return translate(
        "PrivacySection",
        "This deletes from this device, for good:<ul>"
        "<li>{conversations} ({messages})</li>"
        "<li>{documents} and their files ({size}), with the search index</li>"
        "<li>{assistants} and {tags}</li>"
        "<li>your settings, API keys and this device's sync sign-in</li></ul>"
        "All of it is in <code>{folder}</code>. What was synced stays on the server and your "
        "other devices. ConvoSphere then starts afresh, as on its first run. Export your data "
        "first if you may want it back.",
    ).format(
        conversations=translate(
            "PrivacySection", "%n conversation(s)", None, summary.conversations
        ),
        messages=translate("PrivacySection", "%n message(s)", None, summary.messages),
        documents=translate("PrivacySection", "%n document(s)", None, summary.documents),
        size=size(summary.document_bytes),
        assistants=translate("PrivacySection", "%n assistant(s)", None, summary.assistants),
        tags=translate("PrivacySection", "%n tag(s)", None, summary.tags),
        folder=_escape(str(summary.data_dir)),
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


async def erase_local_data(
    services: Root,
    client: SyncClient | None,
    wind_down: Callable[[], Awaitable[None]],
    also_stop: Sequence[Stoppable | None] = (),
) -> EraseReport:
    """Sign this device out (when the server answers), stop everything that uses the data
    dir, remove the secrets, close the services, then erase. Runs on the app's loop; the
    blocking parts in threads."""
    loop = asyncio.get_running_loop()

    def run(fn: Callable[[], Any]) -> Awaitable[Any]:
        return loop.run_in_executor(None, fn)

    if await run(services.guard.others_alive):
        raise_busy()
    if client is not None:
        from sync.client.api import SyncError

        with contextlib.suppress(SyncError):  # the session token is removed below anyway
            await run(lambda: asyncio.run(client.logout()))
    for part in also_stop:
        if part is not None:
            part.stop()
    await wind_down()
    mcp_secrets = await run(services.tools.servers.secret_names)
    await run(lambda: services.personal_data.forget_secrets(mcp_secrets))
    await run(services.close)
    report: EraseReport = await run(services.personal_data.erase)
    return report


def raise_busy() -> None:
    from core.personal_data import PersonalDataError

    raise PersonalDataError(
        translate(
            "PrivacySection",
            "Another ConvoSphere window or command is using this data. Close it, then delete "
            "again.",
        )
    )
