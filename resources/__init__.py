"""Resource files (icons, style sheets, model data), found through this one module."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent


def icon_path(name: str) -> Path:
    """Path of an SVG icon by name, e.g. ``icon_path("chat")``."""
    return ROOT / "icons" / f"{name}.svg"


def style_sheet(theme: str) -> str:
    """The Qt style sheet text for ``"light"`` or ``"dark"`` (``@icons/`` in it: this folder's
    icons, by absolute path, as Qt needs)."""
    text = (ROOT / "styles" / f"{theme}.qss").read_text(encoding="utf-8")
    return text.replace("@icons/", (ROOT / "icons").as_posix() + "/")
