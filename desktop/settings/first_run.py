"""The welcome dialog: set up a model provider now, or skip and use the knowledge base.

The model list comes from the server itself (fetched when the address or key is entered, and by
Test connection, which says plainly whether the server answers); Save needs a model.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.chat.providers import LOCAL_PRESETS
from core.i18n import translate
from core.settings import PROVIDERS

if TYPE_CHECKING:
    from desktop.operations import Operations

FETCH_DELAY_MS = 600  # after the last keystroke in the address or key


@dataclass(frozen=True)
class ProviderChoice:
    """What the user entered; the API key goes to the secret store, never to settings."""

    provider: str
    model: str
    base_url: str
    api_key: str


class ProviderSetupDialog(QDialog):
    """Pick OpenAI, Anthropic or a local server; every field explains itself."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        welcome: bool = True,
        ops: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self._asked = 0  # the latest model-list request; older answers are dropped
        self.setWindowTitle(
            translate("ProviderSetup", "Welcome to ConvoSphere")
            if welcome
            else translate("ProviderSetup", "Model provider")
        )
        self.setMinimumWidth(520)
        intro = QLabel(
            translate(
                "ProviderSetup",
                "<b>Where should answers come from?</b><br>"
                "You can change this any time in Settings. Skipping is fine: the knowledge base "
                "works without any model.",
            ),
            wordWrap=True,
        )
        self.provider = QComboBox()
        for value, label in PROVIDERS:
            if value != "none":
                self.provider.addItem(translate("Settings", label), value)
        self.preset = QComboBox()
        for name, url in LOCAL_PRESETS:  # product names: not translated
            self.preset.addItem(name, url)
        self.preset.addItem(translate("ProviderSetup", "Other server"), "")
        self.base_url = QLineEdit(placeholderText="http://127.0.0.1:11434/v1")
        self.api_key = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.model = QComboBox(editable=True)
        self.model.setMinimumContentsLength(24)
        self.model.setToolTip(
            translate("ProviderSetup", "Pick a model the server offers, or type its name")
        )
        self.test_button = QPushButton(translate("ProviderSetup", "Test connection"))
        self.test_button.setToolTip(
            translate("ProviderSetup", "Ask the server for its models: shows whether it answers")
        )
        self.test_result = QLabel(wordWrap=True)
        self.test_result.setObjectName("Hint")
        self.key_note = QLabel(
            translate(
                "ProviderSetup", "Kept in your system keyring, never in ConvoSphere's database."
            ),
            wordWrap=True,
        )
        self.key_note.setObjectName("Hint")
        form = QFormLayout()
        form.addRow(translate("ProviderSetup", "Provider"), self.provider)
        form.addRow(translate("ProviderSetup", "Local server"), self.preset)
        form.addRow(translate("ProviderSetup", "Server address"), self.base_url)
        form.addRow(translate("ProviderSetup", "API key"), self.api_key)
        form.addRow("", self.key_note)
        model_row = QHBoxLayout()
        model_row.addWidget(self.model, 1)
        model_row.addWidget(self.test_button)
        form.addRow(translate("ProviderSetup", "Model"), model_row)
        form.addRow("", self.test_result)
        self._form = form
        buttons = QDialogButtonBox()
        self.skip_button = buttons.addButton(
            translate("ProviderSetup", "Skip for now"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.save_button = buttons.addButton(
            translate("ProviderSetup", "Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("Primary")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.provider.currentIndexChanged.connect(self._update)
        self.preset.currentIndexChanged.connect(self._use_preset)
        self.api_key.textChanged.connect(self._update)
        self.base_url.textChanged.connect(self._update)
        self.model.currentTextChanged.connect(lambda _text: self._update())
        self._fetch_timer = QTimer(self, singleShot=True, interval=FETCH_DELAY_MS)
        self._fetch_timer.timeout.connect(self.fetch_models)
        self.provider.currentIndexChanged.connect(lambda _i: self._fetch_timer.start())
        self.api_key.textChanged.connect(lambda _t: self._fetch_timer.start())
        self.base_url.textChanged.connect(lambda _t: self._fetch_timer.start())
        self.test_button.clicked.connect(self.fetch_models)
        self._update()
        if ops is not None and self.provider.currentData() == "openai_compatible":
            self._fetch_timer.start()

    def fetch_models(self) -> None:
        """Ask the server for its models (in a worker) and say what happened."""
        self._fetch_timer.stop()
        if self.ops is None or not self._can_ask():
            return
        from core.chat.model_catalog import fetch_models, server_for

        choice = self.choice()
        server = server_for(choice.provider, choice.base_url, choice.api_key)
        self._asked += 1
        asked = self._asked
        self._say(translate("ProviderSetup", "Connecting to {server}…").format(server=server.label))
        self.test_button.setEnabled(False)
        self.ops.run(
            translate("ProviderSetup", "Listing the server's models"),
            fetch_models,
            server,
            on_done=lambda models: self._models_fetched(asked, server.label, models),
            on_error=lambda error: self._fetch_failed(asked, error),
        )

    def _models_fetched(self, asked: int, label: str, models: list[str]) -> None:
        if asked != self._asked:
            return
        self.test_button.setEnabled(True)
        typed = self.model.currentText().strip()
        self.model.blockSignals(True)
        self.model.clear()
        self.model.addItems(models)
        self.model.blockSignals(False)
        if typed and (typed in models or not models):
            self.model.setCurrentText(typed)
        elif models:
            self.model.setCurrentIndex(0)
        if models:
            self._say(
                translate(
                    "ProviderSetup", "✓ Connected to {server}: %n model(s).", None, len(models)
                ).format(server=label)
            )
        else:
            self._say(
                translate(
                    "ProviderSetup",
                    "✓ Connected to {server}, but it offers no models yet: type a model name.",
                ).format(server=label)
            )
        self._update()

    def _fetch_failed(self, asked: int, error: BaseException) -> None:
        if asked != self._asked:
            return
        self.test_button.setEnabled(True)
        self._say(f"✗ {error}", error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.test_result.setText(text)
        self.test_result.setObjectName("ErrorText" if error else "Hint")
        self.test_result.style().unpolish(self.test_result)
        self.test_result.style().polish(self.test_result)

    def _can_ask(self) -> bool:
        local = self.provider.currentData() == "openai_compatible"
        return bool(self.base_url.text().strip()) if local else bool(self.api_key.text().strip())

    def _use_preset(self) -> None:
        url = self.preset.currentData()
        if url:
            self.base_url.setText(url)

    def _update(self) -> None:
        provider = self.provider.currentData()
        local = provider == "openai_compatible"
        for widget in (self.preset, self.base_url):
            self._form.setRowVisible(widget, local)
        self.api_key.setPlaceholderText(
            translate("ProviderSetup", "Optional for most local servers") if local else "sk-…"
        )
        model_edit = self.model.lineEdit()
        assert model_edit is not None  # an editable combo box always has one
        model_edit.setPlaceholderText(
            {"openai": "gpt-5-mini", "anthropic": "claude-sonnet-4-5"}.get(provider, "llama3.2")
        )
        if local and not self.base_url.text():
            self._use_preset()
        ready = self._can_ask()
        self.test_button.setEnabled(ready)
        has_model = bool(self.model.currentText().strip())
        self.save_button.setEnabled(ready and has_model)
        self.save_button.setToolTip(
            "" if has_model else translate("ProviderSetup", "Choose a model first")
        )

    def choice(self) -> ProviderChoice:
        """The entered values (call after ``exec()`` returned Accepted)."""
        provider = self.provider.currentData()
        return ProviderChoice(
            provider=provider,
            model=self.model.currentText().strip(),
            base_url=self.base_url.text().strip() if provider == "openai_compatible" else "",
            api_key=self.api_key.text().strip(),
        )
