"""Setting up a model provider: the models come from the server, Test connection says whether
it answers, Save needs a model; the header lists the models; the status bar tells the model
server apart from the network."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from core.chat.resolution import configure_provider
from desktop.app import DesktopApp
from desktop.chat.page import ChatPage
from desktop.settings.first_run import ProviderSetupDialog
from tests.fakes.llm_server import FakeLLMServer


@pytest.fixture
def server() -> Iterator[FakeLLMServer]:
    with FakeLLMServer(models=("llama3.2", "qwen3:8b", "mistral")) as running:
        yield running


def setup_dialog(qtbot: QtBot, desktop_app: DesktopApp) -> ProviderSetupDialog:
    dialog = ProviderSetupDialog(desktop_app.window, welcome=True, ops=desktop_app.ops)
    qtbot.addWidget(dialog)
    dialog.provider.setCurrentIndex(dialog.provider.findData("openai_compatible"))
    dialog.show()
    return dialog


def test_the_model_list_comes_from_the_server_and_save_needs_a_model(
    qtbot: QtBot, desktop_app: DesktopApp, server: FakeLLMServer
) -> None:
    dialog = setup_dialog(qtbot, desktop_app)
    dialog.base_url.setText(server.openai_url)
    dialog.model.setEditText("")
    assert not dialog.save_button.isEnabled(), "no model: nothing to chat with"
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.model.count() == 3, timeout=5000)
    offered = [dialog.model.itemText(i) for i in range(dialog.model.count())]
    assert offered == ["llama3.2", "mistral", "qwen3:8b"]
    assert "Connected" in dialog.test_result.text() and "3 models" in dialog.test_result.text()
    assert dialog.save_button.isEnabled()
    dialog.model.setCurrentText("qwen3:8b")
    assert dialog.choice().model == "qwen3:8b"
    dialog.model.setEditText("")
    assert not dialog.save_button.isEnabled()


def test_test_connection_says_clearly_when_the_server_does_not_answer(
    qtbot: QtBot, desktop_app: DesktopApp
) -> None:
    dead = FakeLLMServer().start()
    address = dead.openai_url
    dead.stop()
    dialog = setup_dialog(qtbot, desktop_app)
    dialog.base_url.setText(address)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_result.text().startswith("✗"), timeout=10_000)
    assert "Could not reach" in dialog.test_result.text()
    assert dialog.model.count() == 0


def test_anthropic_models_are_listed_with_its_own_headers(
    qtbot: QtBot,
    desktop_app: DesktopApp,
    server: FakeLLMServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from core.chat import model_catalog

    monkeypatch.setitem(model_catalog.CLOUD_URLS, "anthropic", server.openai_url)
    dialog = setup_dialog(qtbot, desktop_app)
    dialog.provider.setCurrentIndex(dialog.provider.findData("anthropic"))
    dialog.api_key.setText("sk-ant-test")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.model.count() == 3, timeout=5000)
    request = server.requests[-1]
    assert request.headers.get("x-api-key") == "sk-ant-test"


def test_the_header_model_box_lists_the_providers_models(
    qtbot: QtBot, desktop_app: DesktopApp, server: FakeLLMServer
) -> None:
    services = desktop_app.services
    assert services is not None
    configure_provider(
        services.settings, services.secrets, "openai_compatible", "llama3.2", server.openai_url, ""
    )
    page = desktop_app.window.go_to("chat")
    assert isinstance(page, ChatPage)
    page.show_provider("Local server")
    box = page.header.model_box
    qtbot.waitUntil(lambda: box.count() == 3, timeout=5000)
    assert "mistral" in [box.itemText(i) for i in range(box.count())]


def test_status_bar_shows_the_model_server_apart_from_the_network(
    qtbot: QtBot, desktop_app: DesktopApp, server: FakeLLMServer
) -> None:
    services = desktop_app.services
    assert services is not None
    status = desktop_app.window.status
    desktop_app.check_model_server()
    qtbot.waitUntil(lambda: "No model server set up" in status.model_server.text(), timeout=5000)
    configure_provider(
        services.settings, services.secrets, "openai_compatible", "llama3.2", server.openai_url, ""
    )
    desktop_app.check_model_server()
    qtbot.waitUntil(lambda: "answering" in status.model_server.text(), timeout=5000)
    assert "not answering" not in status.model_server.text()
    asked = [r.path for r in server.requests]
    assert asked and all(path.startswith("/v1/") for path in asked), "only the configured server"
    server.stop()
    network = status.connectivity.text()
    desktop_app.check_model_server()
    qtbot.waitUntil(lambda: "not answering" in status.model_server.text(), timeout=10_000)
    assert status.connectivity.text() == network, "the network's state is its own"
    assert "Could not reach" in status.model_server.toolTip()
