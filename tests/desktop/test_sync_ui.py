"""The GUI of sync with the real app, real data dirs and the real server on 127.0.0.1: the status
bar indicator, this account's devices, conflict versions and the workspace switcher."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import delete

from core.chat.records import AssistantRecord
from core.db.models import Assistant, Document
from core.i18n import time_text
from core.paths import AppPaths
from core.root import Root, open_root
from core.settings import DeviceSettings
from desktop.app import DesktopApp
from desktop.chat.assistants import AssistantsDialog
from desktop.knowledge.page import KnowledgePage
from desktop.knowledge.viewer import ViewerWindow
from desktop.settings.page import SettingsPage
from desktop.sync.conflicts import CompareDialog, ConflictBanner
from desktop.sync.indicator import SyncIndicator
from desktop.sync.workspaces import WorkspaceSwitcher, read_draft
from sync.client.api import SignedOut
from sync.server.models import Member
from tests.desktop.conftest import start_app
from tests.desktop.sync_server import (  # noqa: F401  (live_server is a fixture)
    EMAIL,
    LiveServer,
    OtherDevice,
    live_server,
    sign_in,
)

WAIT_MS = 30_000


@pytest.fixture
def signed_in_app(
    qtbot: QtBot,
    qapp: QApplication,
    app_paths: AppPaths,
    live_server: LiveServer,  # noqa: F811
) -> Iterator[DesktopApp]:
    """The app over a data dir signed in to the live server (done before it started)."""
    DeviceSettings(app_paths.device_settings).set("ui.first_run_done", True)
    sign_in(app_paths, live_server.url)
    desktop = start_app(qtbot, qapp, app_paths)
    yield desktop
    desktop.shutdown()


def indicator(desktop: DesktopApp) -> SyncIndicator:
    found = desktop.window.statusBar().findChild(SyncIndicator, "SyncState")
    assert found is not None
    return found


# --- the status bar --------------------------------------------------------------------------


def test_the_status_bar_shows_synced_waiting_offline_and_an_error_with_its_reason(
    qtbot: QtBot,
    signed_in_app: DesktopApp,
    live_server: LiveServer,  # noqa: F811
) -> None:
    desktop = signed_in_app
    qtbot.waitUntil(lambda: desktop.sync_client is not None, timeout=WAIT_MS)
    label = indicator(desktop)
    qtbot.waitUntil(lambda: label.plain_text().startswith("Synced"), timeout=WAIT_MS)
    assert label.isVisible()
    assert "Last synced" in label.toolTip() and live_server.url in label.toolTip()
    assert "No changes waiting" in label.toolTip()
    synced_at = time_text(time.time())  # the hour as the locale writes it (3:05 PM, 15:05)

    live_server.stop()
    services = desktop.services
    assert services is not None
    services.chat.assistants.create(AssistantRecord(id="", name="Travel", instructions="Plan."))
    qtbot.waitUntil(
        lambda: label.plain_text().startswith("Offline") and "1 waiting" in label.plain_text(),
        timeout=WAIT_MS,
    )
    text = label.plain_text()
    hour = synced_at.split(":")[0]
    assert "last synced" in text and hour in text, "when it last synced is shown"
    assert "1 change waiting to be sent" in label.toolTip()
    assert "cannot be reached" in label.toolTip()

    live_server.start()
    desktop._sync_now()
    qtbot.waitUntil(lambda: label.plain_text().startswith("Synced"), timeout=WAIT_MS)
    assert "waiting" not in label.plain_text(), "the change went"

    live_server.stop()  # an error with its reason: something else on its port refuses all
    garbage = HTTPServer(("127.0.0.1", live_server.port), _Garbage)
    threading.Thread(target=garbage.serve_forever, daemon=True).start()
    try:
        desktop._sync_now()
        qtbot.waitUntil(lambda: label.plain_text().startswith("Sync error"), timeout=WAIT_MS)
        assert "refused: This server is in maintenance mode." in label.toolTip(), "the reason"
        assert len(label.plain_text()) < 120, "the bar stays short; the tooltip has the rest"
    finally:
        garbage.shutdown()
        garbage.server_close()
    live_server.start()

    with live_server.services.db.write() as session:  # the server drops this account's access
        session.execute(delete(Member).where(Member.workspace_id == services.workspace_id))
    desktop._sync_now()
    qtbot.waitUntil(lambda: "no longer a member" in label.plain_text(), timeout=WAIT_MS)
    assert "no longer a member" in label.toolTip()
    assert len(label.plain_text()) < 120, "the bar stays short; the tooltip has the rest"


class _Garbage(BaseHTTPRequestHandler):
    """A server that refuses every request (as a proxy in maintenance mode would)."""

    def do_GET(self) -> None:
        self._fail()

    def do_POST(self) -> None:
        self._fail()

    def _fail(self) -> None:
        body = b'{"detail": "This server is in maintenance mode."}'
        self.send_response(403)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


# --- devices -----------------------------------------------------------------------------------


def test_settings_lists_this_accounts_devices_and_signs_one_out(
    qtbot: QtBot,
    signed_in_app: DesktopApp,
    live_server: LiveServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    phone = OtherDevice(tmp_path / "phone", live_server.url)
    try:
        desktop = signed_in_app
        page = desktop.window.go_to("settings")
        assert isinstance(page, SettingsPage)
        devices = desktop.account.devices
        qtbot.waitUntil(lambda: devices.model.rowCount() == 2, timeout=WAIT_MS)
        rows = [
            [devices.model.index(r, c).data() for c in range(3)]
            for r in range(devices.model.rowCount())
        ]
        assert sum("— this device" in row[0] for row in rows) == 1, rows
        assert all(row[1] not in ("", "—") for row in rows), "each says its system"
        assert all(row[2] == "just now" or "ago" in row[2] for row in rows), rows
        assert "2 devices" in devices.note.text()

        other = next(r for r, row in enumerate(rows) if "this device" not in row[0])
        devices.view.setCurrentIndex(devices.model.index(other, 0))
        assert devices.sign_out_button.isEnabled()
        assert devices.sign_out_button.text() == "Sign out device"
        devices.sign_out_button.click()
        qtbot.waitUntil(lambda: devices.model.rowCount() == 1, timeout=WAIT_MS)
        assert "this device" in devices.model.index(0, 0).data()
        phone.client._access = ""  # its next request refreshes: the session is gone
        with pytest.raises(SignedOut):
            phone.sync()
        assert desktop.account.signed.isVisibleTo(page), "this device stays signed in"
    finally:
        phone.close()


# --- conflict versions -------------------------------------------------------------------------


def make_conflict(app_paths: AppPaths, phone: OtherDevice) -> str:
    """The app's device and the phone edit one assistant's instructions offline; the app's
    text loses and is kept there. Returns the assistant's id."""
    from sync.client.client import SyncClient
    from tests.sync.harness import in_thread

    root = open_root(app_paths)
    try:
        mine = SyncClient(root)
        for _ in range(2):
            in_thread(mine.sync_now())
            phone.sync()
        assistant = root.chat.assistants.all()[0]
        with root.database.write() as session:
            row = session.get(Assistant, assistant.id)
            assert row is not None
            root.recorder.update(session, row, instructions="Answer like a pirate.\nBe brief.")
        time.sleep(0.005)
        with phone.root.database.write() as session:
            row = session.get(Assistant, assistant.id)
            assert row is not None
            phone.root.recorder.update(session, row, instructions="Answer in haiku.\nBe brief.")
        for _ in range(2):
            in_thread(mine.sync_now())
            phone.sync()
        assert root.conflicts.counts("assistant") == {assistant.id: 1}
        return assistant.id
    finally:
        root.close()


def test_a_kept_version_is_shown_compared_and_chosen_and_the_choice_syncs(
    qtbot: QtBot,
    qapp: QApplication,
    app_paths: AppPaths,
    live_server: LiveServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    DeviceSettings(app_paths.device_settings).set("ui.first_run_done", True)
    sign_in(app_paths, live_server.url)
    phone = OtherDevice(tmp_path / "phone", live_server.url)
    assistant_id = make_conflict(app_paths, phone)
    desktop = start_app(qtbot, qapp, app_paths)
    try:
        services, ops = desktop.services, desktop.ops
        assert services is not None and ops is not None
        window = desktop.window
        qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)  # type: ignore[no-untyped-call]
        switcher = desktop.switcher
        assert switcher is not None
        switcher.search.setText("instructions")
        qtbot.waitUntil(
            lambda: any(t.endswith("Other version") for t in switcher.visible_texts()),
            timeout=WAIT_MS,
        )
        switcher.close()
        dialog = AssistantsDialog(services.chat, ops, desktop.window, conflicts=services.conflicts)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: bool(dialog.records), timeout=WAIT_MS)
        row = [r.id for r in dialog.records].index(assistant_id)
        dialog.names.setCurrentRow(row)
        qtbot.waitUntil(dialog.conflict_banner.isVisible, timeout=WAIT_MS)
        assert "another version" in dialog.conflict_banner.text.text()
        assert "⚠ 1" in dialog.names.item(row).text(), "the list shows which one has versions"
        assert dialog.instructions.toPlainText() == "Answer in haiku.\nBe brief."

        dialog.conflict_banner.compare.click()
        compare = dialog.compare_dialog
        qtbot.waitUntil(lambda: compare.choose_button.isEnabled(), timeout=WAIT_MS)
        left, right = compare.left.toPlainText(), compare.right.toPlainText()
        assert "Answer in haiku." in left and "Answer like a pirate." in right
        assert "background-color" in compare.right.toHtml(), "the differences are highlighted"
        assert "1 line differs" in compare.message.text()
        assert "on this device" in compare.right_title.text()

        compare.choose_button.click()
        qtbot.waitUntil(lambda: not dialog.conflict_banner.isVisible(), timeout=WAIT_MS)
        qtbot.waitUntil(
            lambda: dialog.instructions.toPlainText() == "Answer like a pirate.\nBe brief.",
            timeout=WAIT_MS,
        )
        assert "⚠" not in dialog.names.item(row).text()
        assert services.conflicts.counts("assistant") == {}

        def phone_has_the_choice() -> bool:
            phone.sync()
            found = phone.root.chat.assistants.get(assistant_id)
            return found is not None and found.instructions.startswith("Answer like a pirate.")

        qtbot.waitUntil(phone_has_the_choice, timeout=WAIT_MS)  # pushed by the app's live sync
        assert phone.root.conflicts.counts("assistant") == {assistant_id: 1}, (
            "the phone's own text lost now: it is kept there in turn"
        )
    finally:
        desktop.shutdown()
        phone.close()


# --- the workspace switcher ----------------------------------------------------------------------


def test_joining_a_team_workspace_and_switching_keeps_the_typed_text(
    qtbot: QtBot,
    qapp: QApplication,
    app_paths: AppPaths,
    live_server: LiveServer,  # noqa: F811
) -> None:
    team_id = live_server.services.workspaces.create_team("Research", EMAIL)
    DeviceSettings(app_paths.device_settings).set("ui.first_run_done", True)
    sign_in(app_paths, live_server.url)
    desktop = start_app(qtbot, qapp, app_paths)
    restarts: list[bool] = []
    desktop.restart = lambda: restarts.append(True)
    try:
        window = desktop.window
        qtbot.waitUntil(lambda: window.workspace_button.isVisible(), timeout=WAIT_MS)
        assert window.workspace_name == "Personal"
        assert "Personal" in window.windowTitle()

        desktop.switcher = None
        qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)  # type: ignore[no-untyped-call]
        switcher = desktop.switcher
        assert switcher is not None
        switcher.search.setText("workspace")
        assert "Switch workspace…" in switcher.visible_texts()
        switcher.close()

        window.workspace_button.click()
        dialog = desktop.workspace_switcher
        assert isinstance(dialog, WorkspaceSwitcher)
        qtbot.waitUntil(lambda: dialog.select("Research"), timeout=WAIT_MS)
        choice = dialog.selected()
        assert choice is not None and not choice.on_device and choice.role == "owner"
        assert dialog.join_button.isVisible() and not dialog.open_button.isVisible()
        dialog.join_button.click()
        assert dialog.progress.isVisible(), "joining shows progress"
        qtbot.waitUntil(lambda: "on this device now" in dialog.note.text(), timeout=WAIT_MS)
        assert not dialog.progress.isVisible()
        choice = dialog.selected()
        assert choice is not None and choice.on_device and choice.name == "Research"
        assert dialog.open_button.isEnabled()

        chat = window.go_to("chat")
        chat.composer.set_text("Half-written question about the grant")
        dialog.open_button.click()
        qtbot.waitUntil(lambda: bool(restarts), timeout=WAIT_MS)
        assert DeviceSettings(app_paths.device_settings).get("workspace.current") == team_id
        carried = read_draft(app_paths.config_dir)
        assert carried is not None and carried.text == "Half-written question about the grant"
    finally:
        desktop.shutdown()

    reopened = start_app(qtbot, qapp, app_paths)  # what the restart starts
    try:
        assert reopened.services is not None and reopened.services.workspace_id == team_id
        page = reopened.window.go_to("chat")
        qtbot.waitUntil(
            lambda: page.composer.text() == "Half-written question about the grant",
            timeout=WAIT_MS,
        )
        assert "Personal" in page.composer.note.text()
        qtbot.waitUntil(lambda: reopened.window.workspace_name == "Research", timeout=WAIT_MS)
        qtbot.waitUntil(lambda: read_draft(app_paths.config_dir) is None, timeout=WAIT_MS)
    finally:
        reopened.shutdown()


def make_file_conflict(app_paths: AppPaths, phone: OtherDevice, tmp: Path) -> tuple[str, str]:
    """A text document whose file the app's device and the phone both replace offline; the
    app's file loses and is kept there. Returns (document id, the app's file's sha256)."""
    from sync.client.client import SyncClient
    from tests.sync.harness import in_thread

    def put(root: Root, name: str, text: str) -> tuple[str, int]:
        source = tmp / name
        source.write_text(text, encoding="utf-8")
        stored = root.files.put(source)
        return stored.sha256, stored.size

    root = open_root(app_paths)
    try:
        mine = SyncClient(root)
        sha, size = put(root, "notes.txt", "Meeting notes.\nDraft.\n")
        with root.database.write() as session:
            document = root.recorder.create(
                session, Document, workspace_id=root.workspace_id, title="Meeting notes",
                doc_type="text", file_sha256=sha, size_bytes=size, source_name="notes.txt",
                state="ready",
            ).id  # fmt: skip
        for _ in range(2):
            in_thread(mine.sync_now())
            phone.sync()

        def replace_file(device: Root, text: str) -> str:
            sha, size = put(device, f"{device.device_id}.txt", text)
            with device.database.write() as session:
                row = session.get(Document, document)
                assert row is not None
                device.recorder.update(session, row, file_sha256=sha, size_bytes=size)
            return sha

        mine_sha = replace_file(root, "Meeting notes.\nAda's copy.\n")
        time.sleep(0.005)
        replace_file(phone.root, "Meeting notes.\nBea's copy.\n")
        for _ in range(2):
            in_thread(mine.sync_now())
            phone.sync()
        assert root.conflicts.counts("document") == {document: 1}
        return document, mine_sha
    finally:
        root.close()


def test_a_document_shows_its_kept_file_and_choosing_it_opens_that_file(
    qtbot: QtBot,
    qapp: QApplication,
    app_paths: AppPaths,
    live_server: LiveServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    DeviceSettings(app_paths.device_settings).set("ui.first_run_done", True)
    sign_in(app_paths, live_server.url)
    phone = OtherDevice(tmp_path / "phone", live_server.url)
    document, adas = make_file_conflict(app_paths, phone, tmp_path)
    desktop = start_app(qtbot, qapp, app_paths)
    try:
        page = desktop.window.go_to("knowledge")
        assert isinstance(page, KnowledgePage)
        page.open_document(document)

        def viewers() -> list[ViewerWindow]:
            return [w for w in qapp.topLevelWidgets() if isinstance(w, ViewerWindow)]

        qtbot.waitUntil(lambda: bool(viewers()), timeout=WAIT_MS)
        viewer = viewers()[0].viewer
        banner = viewer.findChild(ConflictBanner)
        assert banner is not None
        qtbot.waitUntil(banner.isVisible, timeout=WAIT_MS)
        assert "this document's file" in banner.text.text()
        qtbot.waitUntil(lambda: "Bea's copy." in viewer.text.toPlainText(), timeout=WAIT_MS)

        banner.compare.click()
        compare = viewer.findChild(CompareDialog)
        assert compare is not None
        qtbot.waitUntil(lambda: compare.choose_button.isEnabled(), timeout=WAIT_MS)
        assert "Bea's copy." in compare.left.toPlainText()
        assert "Ada's copy." in compare.right.toPlainText()
        assert "Current file" in compare.left_title.text()
        compare.choose_button.click()
        qtbot.waitUntil(lambda: "Ada's copy." in viewer.text.toPlainText(), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: not banner.isVisible(), timeout=WAIT_MS)

        def phone_has_it() -> bool:
            phone.sync()
            with phone.root.database.read() as session:
                row = session.get(Document, document)
                return row is not None and row.file_sha256 == adas

        qtbot.waitUntil(phone_has_it, timeout=WAIT_MS)
    finally:
        desktop.shutdown()
        phone.close()
