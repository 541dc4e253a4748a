"""Light and dark themes: follow the OS unless the user picked one."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from resources import style_sheet


def _dark_palette() -> QPalette:
    palette = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#1d2025",
        QPalette.ColorRole.WindowText: "#e3e7ec",
        QPalette.ColorRole.Base: "#24272d",
        QPalette.ColorRole.AlternateBase: "#2a2e35",
        QPalette.ColorRole.Text: "#e3e7ec",
        QPalette.ColorRole.Button: "#2a2e35",
        QPalette.ColorRole.ButtonText: "#e3e7ec",
        QPalette.ColorRole.Highlight: "#3b6fd8",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#2a2e35",
        QPalette.ColorRole.ToolTipText: "#e3e7ec",
        QPalette.ColorRole.PlaceholderText: "#8a94a2",
        QPalette.ColorRole.Link: "#8fb3ff",
    }
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#6b7480"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#6b7480"))
    return palette


class ThemeController(QObject):
    """Applies the chosen theme and re-applies it when the OS switches light/dark."""

    def __init__(self, app: QApplication, preference: str, *, touch: bool = False) -> None:
        super().__init__(app)
        self._app = app
        self._preference = preference
        self._touch = touch
        self._default_palette = QPalette(app.palette())
        from desktop.shell.elide import ElidingStyle

        app.setStyle(ElidingStyle("Fusion"))  # combo boxes elide, not clip; i18n: not UI
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: self.apply())

    @property
    def effective(self) -> str:
        """``"light"`` or ``"dark"``: the preference, or the OS's scheme for "system"."""
        if self._preference in ("light", "dark"):
            return self._preference
        scheme = QGuiApplication.styleHints().colorScheme()
        return "dark" if scheme == Qt.ColorScheme.Dark else "light"

    def set_preference(self, preference: str) -> None:
        self._preference = preference
        self.apply()

    def set_touch(self, on: bool) -> None:
        """Touch-friendly mode: larger targets everywhere (``touch.qss`` over the theme)."""
        self._touch = on
        self.apply()

    @property
    def touch(self) -> bool:
        return self._touch

    def apply(self) -> None:
        theme = self.effective
        self._app.setPalette(_dark_palette() if theme == "dark" else self._default_palette)
        extra = "\n" + style_sheet("touch") if self._touch else ""
        self._app.setStyleSheet(style_sheet(theme) + extra)
