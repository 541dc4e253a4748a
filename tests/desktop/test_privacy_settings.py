"""Settings → Your data in the real app: export my data (a job), delete all local data."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import httpx
import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from core.paths import AppPaths
from core.personal_data import LocalDataSummary
from core.settings import DeviceSettings
from desktop.settings.page import SettingsPage
from desktop.settings.privacy import EraseDialog, PrivacySection
from tests.core.library import add_documents
from tests.desktop.conftest import start_app
from tests.desktop.team_server import PASSWORD, TeamServer, sign_in, team_server

__all__ = ["team_server"]  # the fixture

WAIT_MS = 30_000


def privacy_of(desktop: object, qtbot: QtBot) -> PrivacySection:
    page = desktop.window.go_to("settings")  # type: ignore[attr-defined]
    assert isinstance(page, SettingsPage)
    section = page.findChild(PrivacySection)
    assert section is not None
    qtbot.waitUntil(section.isEnabled, timeout=WAIT_MS)
    return section


def test_export_runs_as_a_job_and_says_where_the_zip_went(
    qtbot: QtBot, qapp: QApplication, app_paths: AppPaths, tmp_path: Path
) -> None:
    DeviceSettings(app_paths.device_settings).set("ui.first_run_done", True)
    desktop = start_app(qtbot, qapp, app_paths)
    try:
        assert desktop.services is not None
        add_documents(desktop.services, 4, files_from=tmp_path / "sources")
        section = privacy_of(desktop, qtbot)
        section.export_to(desktop.services.paths.data_dir / "inside.zip")
        qtbot.waitUntil(lambda: "outside" in section.status.text(), timeout=WAIT_MS)
        assert section.status.objectName() == "ErrorText" and section.export_button.isEnabled()
        target = tmp_path / "exports" / "mine.zip"
        target.parent.mkdir()
        section.export_to(target)
        qtbot.waitUntil(lambda: "was exported to" in section.status.text(), timeout=WAIT_MS)
        assert str(target) in section.status.text() and section.show_folder.isVisibleTo(section)
        with zipfile.ZipFile(target) as archive:
            documents = json.loads(archive.read("documents.json"))
            assert len(documents) == 4
            assert all(archive.getinfo(d["file"]).file_size == d["size_bytes"] for d in documents)
        model = desktop.jobs_model
        jobs = [model.job(r) for r in range(model.rowCount()) if model.job(r).kind == "data.export"]
        assert len(jobs) == 1 and jobs[0].state == "done", "the Jobs page shows it too"
    finally:
        desktop.shutdown()


def test_delete_asks_for_the_workspace_name_before_it_is_possible(
    qtbot: QtBot, tmp_path: Path
) -> None:
    summary = LocalDataSummary("Personal", 3, 12, 2, 5, 4_200_000, 1, tmp_path)
    dialog = EraseDialog(summary)
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QLabel

    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "3 conversations (12 messages)" in text and "5 documents" in text
    assert "4.0\u00a0MB" in text and "API keys" in text and str(tmp_path) in text
    assert not dialog.delete_button.isEnabled()
    dialog.typed.setText("personal")
    assert not dialog.delete_button.isEnabled(), "the name must be typed exactly"
    dialog.typed.setText("Personal")
    assert dialog.delete_button.isEnabled()


def test_delete_all_local_data_erases_and_starts_again_at_the_first_run(
    qtbot: QtBot,
    qapp: QApplication,
    app_paths: AppPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    DeviceSettings(app_paths.device_settings).set("ui.first_run_done", True)
    stranger = app_paths.data_dir / "keep-me.txt"
    stranger.write_text("mine", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, _t: shown.append(title))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: shown.append(text))
    desktop = start_app(qtbot, qapp, app_paths)
    restarts: list[bool] = []
    desktop.restart = lambda: restarts.append(True)
    try:
        assert desktop.services is not None
        desktop.services.secrets.set("openai_api_key", "sk-test-0123456789")
        add_documents(desktop.services, 2, files_from=tmp_path / "sources")
        section = privacy_of(desktop, qtbot)
        section.erase_confirmed.emit()
        qtbot.waitUntil(lambda: bool(restarts), timeout=WAIT_MS)
        assert shown == ["Local data deleted"]
        assert not app_paths.database.exists() and not app_paths.files_dir.exists()
        assert not app_paths.device_settings.exists(), "the next start is a first run"
        assert stranger.read_text(encoding="utf-8") == "mine"
    finally:
        desktop.shutdown()
    from contextlib import closing

    from core.root import open_root

    with closing(open_root(app_paths)) as fresh:
        assert fresh.secrets.get("openai_api_key") is None
        assert fresh.library.catalog.page(limit=10) == []
        assert not DeviceSettings(app_paths.device_settings).get("ui.first_run_done")


def test_signed_in_the_server_data_downloads_and_the_account_erases(
    qtbot: QtBot, qapp: QApplication, app_paths: AppPaths, tmp_path: Path, team_server: TeamServer
) -> None:
    sign_in(app_paths, team_server.url, "dave@example.com")
    desktop = start_app(qtbot, qapp, app_paths)
    try:
        section = privacy_of(desktop, qtbot)
        qtbot.waitUntil(lambda: section.server_box.isVisibleTo(section), timeout=WAIT_MS)
        assert "dave@example.com" in section.server_note.text()
        target = tmp_path / "server-data.zip"
        section.download_server_data(target)
        qtbot.waitUntil(lambda: "was saved to" in section.status.text(), timeout=WAIT_MS)
        with zipfile.ZipFile(target) as archive:
            account = json.loads(archive.read("account.json"))
        assert account["email"] == "dave@example.com"
        section.erase_server_account("dave@example.com")
        qtbot.waitUntil(lambda: "account is erased" in section.status.text(), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: not section.server_box.isVisibleTo(section), timeout=WAIT_MS)
        body = {"email": "dave@example.com", "password": PASSWORD, "device_id": "x",
                "device_name": "x"}  # fmt: skip
        refused = httpx.post(f"{team_server.url}/v1/auth/login", json=body, timeout=10)
        assert refused.status_code == 401
        account_section = desktop.account
        qtbot.waitUntil(lambda: account_section.form.isVisibleTo(account_section), timeout=WAIT_MS)
        assert app_paths.database.exists(), "what is on this device stays"
    finally:
        desktop.shutdown()
