"""The Usage page in the real app, over a data dir with real answers from the fake server."""

from __future__ import annotations

from contextlib import closing

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.chat.resolution import ProviderChoice
from core.paths import AppPaths
from core.root import open_root
from core.settings import DeviceSettings
from desktop.app import DesktopApp
from desktop.usage.page import UsagePage
from tests.desktop.conftest import start_app
from tests.fakes.llm_server import FakeLLMServer, Reply, run_coroutine

WAIT_MS = 15_000


def answer_some(paths: AppPaths) -> None:
    with FakeLLMServer() as server, closing(open_root(paths)) as root:
        server.serve(root)
        root.secrets.set("anthropic_api_key", "sk-ant-test-0123456789")
        server.enqueue(
            Reply(text="Local one", usage=(120, 30)),
            Reply(text="Claude", usage=(2000, 400)),
        )
        chat = root.chat

        async def go() -> None:
            try:
                await chat.run(chat.ask("First"), None)
                choice = ProviderChoice("anthropic", "claude-sonnet-4-6", server.url)
                await chat.run(chat.ask("Second", choice=choice), None)
            finally:
                await chat.aclose()

        run_coroutine(go())


def usage_page(desktop: DesktopApp, qtbot: QtBot) -> UsagePage:
    page = desktop.window.go_to("usage")
    assert isinstance(page, UsagePage)
    qtbot.waitUntil(lambda: page.summary is not None, timeout=WAIT_MS)
    return page


def test_a_fresh_device_says_what_will_appear(qtbot: QtBot, desktop_app: DesktopApp) -> None:
    page = usage_page(desktop_app, qtbot)
    assert page.body.currentWidget() is page.empty
    assert page.empty.isVisibleTo(page)
    texts = " ".join(label.text() for label in page.empty.findChildren(type(page.loading)))
    assert "No usage yet" in texts and "per provider and model per day" in texts


def test_tokens_and_cost_per_model_show_in_figures_chart_and_table(
    qtbot: QtBot, qapp: QApplication, app_paths: AppPaths
) -> None:
    answer_some(app_paths)
    DeviceSettings(app_paths.device_settings).set("ui.first_run_done", True)
    desktop = start_app(qtbot, qapp, app_paths)
    try:
        page = usage_page(desktop, qtbot)
        assert page.body.currentWidget() is not page.empty
        tiles = page.stats.tiles
        assert tiles["answers"].value.text() == "2"
        assert tiles["input"].value.text() == "2,120"
        # $3/M in and $15/M out for Sonnet: 0.006 + 0.006; the local server costs nothing.
        assert tiles["cost"].value.text() == "$0.01"
        assert page.chart.series_names() == [
            "claude-sonnet-4-6 (Anthropic)",
            "fake-model (Local server)",
        ]
        model = page.table_model
        rows = {
            model.index(r, 2).data(): [model.index(r, c).data() for c in range(7)]
            for r in range(model.rowCount())
        }
        assert rows["claude-sonnet-4-6"][1:] == [
            "Anthropic",
            "claude-sonnet-4-6",
            "1",
            "2,000",
            "400",
            "$0.01",
        ]
        assert rows["fake-model"][1] == "Local server" and rows["fake-model"][6] == "$0.00"
        alignment = model.index(0, 4).data(Qt.ItemDataRole.TextAlignmentRole)
        assert alignment & Qt.AlignmentFlag.AlignRight, "numbers line up on the right"
        page.period.setCurrentIndex(0)  # last 7 days: today's answers are still there
        qtbot.waitUntil(lambda: page.summary is not None and len(page.summary.days()) == 7)
        assert model.rowCount() == 2
    finally:
        desktop.shutdown()
