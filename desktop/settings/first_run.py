"""The welcome dialog: set up a model provider now, or skip and use the knowledge base."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from core.chat.providers import LOCAL_PRESETS
from core.settings import PROVIDERS


@dataclass(frozen=True)
class ProviderChoice:
    """What the user entered; the API key goes to the secret store, never to settings."""

    provider: str
    model: str
    base_url: str
    api_key: str


class ProviderSetupDialog(QDialog):
    """Pick OpenAI, Anthropic or a local server; every field explains itself."""

    def __init__(self, parent: QWidget | None = None, *, welcome: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle("Welcome to ConvoSphere" if welcome else "Model provider")
        self.setMinimumWidth(520)
        intro = QLabel(
            "<b>Where should answers come from?</b><br>"
            "You can change this any time in Settings. Skipping is fine: the knowledge base "
            "works without any model.",
            wordWrap=True,
        )
        self.provider = QComboBox()
        for value, label in PROVIDERS:
            if value != "none":
                self.provider.addItem(label, value)
        self.preset = QComboBox()
        for name, url in (*LOCAL_PRESETS, ("Other server", "")):
            self.preset.addItem(name, url)
        self.base_url = QLineEdit(placeholderText="http://127.0.0.1:11434/v1")
        self.api_key = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.model = QLineEdit()
        self.key_note = QLabel(
            "Kept in your system keyring, never in ConvoSphere's database.",
            wordWrap=True,
        )
        self.key_note.setObjectName("Hint")
        form = QFormLayout()
        form.addRow("Provider", self.provider)
        form.addRow("Local server", self.preset)
        form.addRow("Server address", self.base_url)
        form.addRow("API key", self.api_key)
        form.addRow("", self.key_note)
        form.addRow("Model", self.model)
        self._form = form
        buttons = QDialogButtonBox()
        self.skip_button = buttons.addButton("Skip for now", QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button = buttons.addButton("Save", QDialogButtonBox.ButtonRole.AcceptRole)
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
        self._update()

    def _use_preset(self) -> None:
        url = self.preset.currentData()
        if url:
            self.base_url.setText(url)

    def _update(self) -> None:
        provider = self.provider.currentData()
        local = provider == "openai_compatible"
        for widget in (self.preset, self.base_url):
            self._form.setRowVisible(widget, local)
        self.api_key.setPlaceholderText("Optional for most local servers" if local else "sk-…")
        self.model.setPlaceholderText(
            {"openai": "gpt-5-mini", "anthropic": "claude-sonnet-4-5"}.get(provider, "llama3.2")
        )
        if local and not self.base_url.text():
            self._use_preset()
        ready = bool(self.base_url.text().strip()) if local else bool(self.api_key.text().strip())
        self.save_button.setEnabled(ready)

    def choice(self) -> ProviderChoice:
        """The entered values (call after ``exec()`` returned Accepted)."""
        provider = self.provider.currentData()
        return ProviderChoice(
            provider=provider,
            model=self.model.text().strip(),
            base_url=self.base_url.text().strip() if provider == "openai_compatible" else "",
            api_key=self.api_key.text().strip(),
        )
