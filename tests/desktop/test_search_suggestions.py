"""Search as you type in the real app: suggestions chosen with the keyboard in Knowledge and in
Ctrl+K, search history (recorded, shown, cleared, turned off), saved searches, "did you mean"."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox
from pytestqt.qtbot import QtBot

from core.knowledge.suggestions import Suggestion, SuggestionKind
from core.paths import AppPaths
from core.root import open_root
from core.settings import DeviceSettings
from desktop.app import DesktopApp
from desktop.knowledge.page import KnowledgePage
from desktop.knowledge.search_history import SearchHistoryDialog
from desktop.settings.page import SettingsPage
from tests.desktop.conftest import start_app
from tests.knowledge_fixtures import files
from tests.knowledge_fixtures.running import run_job


@pytest.fixture(scope="module")
def corpus_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir with the fixture corpus imported once; each test gets a copy of it."""
    root = tmp_path_factory.mktemp("corpus")
    services = open_root(AppPaths(root / "data", root / "data" / "config"))
    try:
        run_job(services, services.knowledge.import_paths([files.corpus(root / "in")]))
    finally:
        services.close()
    return root / "data"


@pytest.fixture
def app(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, corpus_data: Path
) -> Iterator[DesktopApp]:
    data = tmp_path / "data"
    shutil.copytree(corpus_data, data)
    paths = AppPaths(data, data / "config")
    DeviceSettings(paths.device_settings).set("ui.first_run_done", True)
    desktop = start_app(qtbot, qapp, paths)
    yield desktop
    desktop.shutdown()


def knowledge_page(qtbot: QtBot, app: DesktopApp) -> KnowledgePage:
    page = app.window.go_to("knowledge")
    assert isinstance(page, KnowledgePage)
    qtbot.waitUntil(lambda: page.search_aids is not None, timeout=5000)
    app.window.activateWindow()
    page.search_box.setFocus()
    qtbot.waitUntil(page.search_box.hasFocus, timeout=5000)
    return page


def type_and_wait_for_suggestions(qtbot: QtBot, page: KnowledgePage, text: str) -> list[str]:
    page.search_box.clear()
    qtbot.keyClicks(page.search_box, text)
    qtbot.waitUntil(lambda: page.suggestions.is_open(), timeout=5000)
    return page.suggestions.texts()


def history(app: DesktopApp) -> list[tuple[str, str]]:
    assert app.services is not None
    return [(p.query, p.source) for p in app.services.search.memory.history()]


def test_knowledge_suggestions_are_ranked_and_chosen_with_the_keyboard(
    qtbot: QtBot, app: DesktopApp
) -> None:
    assert app.services is not None
    app.services.search.memory.record("turbine blade cracks", "cli")
    page = knowledge_page(qtbot, app)
    shown = type_and_wait_for_suggestions(qtbot, page, "tur")
    assert shown[:2] == ["turbine blade cracks", "Turbine Manual"]
    box = page.search_box
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert page.suggestions.current_text() == "Turbine Manual"
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert page.suggestions.current_text() == "turbine blade cracks"
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.text() == "Turbine Manual"
    assert not page.suggestions.is_open()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.results, timeout=15_000)
    assert page.results_model.rowCount() > 0
    qtbot.waitUntil(lambda: ("Turbine Manual", "knowledge") in history(app), timeout=5000)
    # Esc closes the list and leaves what was typed alone.
    type_and_wait_for_suggestions(qtbot, page, "pe")
    assert "Pests" in page.suggestions.texts()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert not page.suggestions.is_open() and box.text() == "pe"


def test_an_answer_for_an_older_prefix_is_dropped(qtbot: QtBot, app: DesktopApp) -> None:
    page = knowledge_page(qtbot, app)
    shown = type_and_wait_for_suggestions(qtbot, page, "garden")
    assert shown == ["Garden Notes"]
    late = [Suggestion("Tomatoes", SuggestionKind.HEADING)]
    assert not page.suggestions.show_for("gar", late), "the box says 'garden' now"
    assert page.suggestions.texts() == ["Garden Notes"]


def test_history_is_shown_cleared_and_turned_off_in_settings(qtbot: QtBot, app: DesktopApp) -> None:
    page = knowledge_page(qtbot, app)
    qtbot.keyClicks(page.search_box, "roses pruned")
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: history(app) == [("roses pruned", "knowledge")], timeout=5000)
    dialog = page.show_search_history()
    assert isinstance(dialog, SearchHistoryDialog)
    qtbot.waitUntil(lambda: dialog.history_queries() == ["roses pruned"], timeout=5000)
    assert "roses pruned" in dialog.history.item(0).text()
    assert "Knowledge" in dialog.history.item(0).text()
    dialog.clear_button.click()
    qtbot.waitUntil(lambda: dialog.history_queries() == [], timeout=5000)
    assert history(app) == []
    assert dialog.history_note.text() == "No searches recorded."
    dialog.reject()

    settings = app.window.go_to("settings")
    assert isinstance(settings, SettingsPage)
    remember = settings.editor("search.history")
    assert isinstance(remember, QCheckBox)
    qtbot.waitUntil(remember.isChecked, timeout=5000)
    remember.click()
    assert app.services is not None
    qtbot.waitUntil(lambda: app.services.settings.get("search.history") is False, timeout=5000)
    page = knowledge_page(qtbot, app)
    page.search_box.clear()
    qtbot.keyClicks(page.search_box, "aphids")
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.results, timeout=15_000)
    qtbot.wait(300)  # a recording, had one been asked for, would have landed by now
    assert history(app) == []
    dialog = page.show_search_history()
    assert dialog is not None
    qtbot.waitUntil(lambda: "Search history is off" in dialog.history_note.text(), timeout=5000)
    dialog.reject()


def test_saved_searches_are_saved_run_and_deleted(qtbot: QtBot, app: DesktopApp) -> None:
    page = knowledge_page(qtbot, app)
    qtbot.keyClicks(page.search_box, "bearing temperature")
    page.save_current_search()
    qtbot.waitUntil(
        lambda: page.search_status.text() == "Saved “bearing temperature”", timeout=5000
    )
    button = page.searches_button
    qtbot.waitUntil(lambda: button.saved_queries() == ["bearing temperature"], timeout=5000)
    button.fill_menu()
    actions = [a.text() for a in button.searches_menu.actions() if a.text()]
    assert actions == [
        "Save this search",
        "bearing temperature",
        "Search history and saved searches…",
    ]
    assert not button.searches_menu.actions()[0].isEnabled(), "already saved"
    page.search_box.clear()
    dialog = page.show_search_history()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.saved_queries() == ["bearing temperature"], timeout=5000)
    dialog.saved.setCurrentRow(0)
    dialog.run_saved.click()
    assert page.search_box.text() == "bearing temperature"
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.results, timeout=15_000)
    dialog = page.show_search_history()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.saved_queries() == ["bearing temperature"], timeout=5000)
    dialog.saved.setCurrentRow(0)
    dialog.delete_saved.click()
    qtbot.waitUntil(lambda: dialog.no_saved.isVisible(), timeout=5000)
    assert app.services is not None and app.services.search.memory.saved() == []


def test_did_you_mean_offers_the_right_spelling_and_searches_it(
    qtbot: QtBot, app: DesktopApp
) -> None:
    page = knowledge_page(qtbot, app)
    qtbot.keyClicks(page.search_box, "turbin bearnig ")
    qtbot.waitUntil(page.did_you_mean.isVisible, timeout=15_000)
    assert "Did you mean" in page.did_you_mean.text()
    assert "turbine bearing" in page.did_you_mean.text()
    page.did_you_mean.linkActivated.emit("correction")
    assert page.search_box.text() == "turbine bearing"
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.results, timeout=15_000)
    assert page.results_model.index(0, 0).data() is not None
    qtbot.waitUntil(lambda: not page.did_you_mean.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: ("turbine bearing", "knowledge") in history(app), timeout=5000)
    # Still typing: a word that starts an indexed one is not called a misspelling.
    page.search_box.clear()
    qtbot.keyClicks(page.search_box, "turbi")
    qtbot.waitUntil(
        lambda: page.search_status.text().endswith(("passage", "passages")), timeout=15_000
    )
    assert not page.did_you_mean.isVisible()


@pytest.mark.parametrize("odd", ['"(*', "NEAR(a b) AND 🌱", "col:val ^x \\"])
def test_odd_characters_in_the_search_box_never_error(
    qtbot: QtBot, app: DesktopApp, odd: str
) -> None:
    page = knowledge_page(qtbot, app)
    page.search_box.insert(odd)  # pasted: QTest cannot type characters beyond the BMP
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: page.search_status.text().endswith(("passage", "passages")), timeout=15_000
    )
    qtbot.waitUntil(lambda: history(app) == [(odd, "knowledge")], timeout=5000)


def test_ctrl_k_suggests_searches_and_runs_the_chosen_one(qtbot: QtBot, app: DesktopApp) -> None:
    assert app.services is not None
    app.services.search.memory.record("turbine blade cracks", "cli")
    window = app.window
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    switcher = app.switcher
    assert switcher is not None and switcher.isVisible()
    qtbot.keyClicks(switcher.search, "turb")
    wanted = "turbine blade cracks  ·  Recent search"
    qtbot.waitUntil(lambda: wanted in switcher.visible_texts(), timeout=5000)
    shown = switcher.visible_texts()
    assert shown[-1] == "turb  ·  Search documents"
    assert shown.index(wanted) > shown.index("Turbine Manual  ·  Document"), "matches first"
    while switcher.results.currentIndex().data() != wanted:
        row = switcher.results.currentIndex().row()
        qtbot.keyClick(switcher.search, Qt.Key.Key_Down)
        assert switcher.results.currentIndex().row() == row + 1
    qtbot.keyClick(switcher.search, Qt.Key.Key_Return)
    assert not switcher.isVisible()
    page = window.built_pages()["knowledge"]
    assert isinstance(page, KnowledgePage) and window.current_page() == "knowledge"
    assert page.search_box.text() == "turbine blade cracks"
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.results, timeout=15_000)
    qtbot.waitUntil(lambda: history(app)[0] == ("turbine blade cracks", "palette"), timeout=5000)
