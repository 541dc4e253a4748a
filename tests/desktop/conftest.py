"""Fixtures for GUI tests: the real DesktopApp over a temp data dir, offscreen."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.paths import AppPaths
from core.root import Root
from core.settings import DeviceSettings
from desktop.app import DesktopApp


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_gui_thread() -> Iterator[None]:
    """As the app does (desktop.garbage): no collection may destroy Qt objects in a worker."""
    gc.disable()
    yield
    gc.collect()
    gc.enable()


def start_app(
    qtbot: QtBot,
    qapp: QApplication,
    paths: AppPaths,
    extensions: Sequence[Callable[[Root], None]] = (),
) -> DesktopApp:
    """Start the app as ``run_app`` does and wait until its services are open."""
    desktop = DesktopApp(qapp, paths, smoke=False, extensions=extensions)
    qtbot.addWidget(desktop.window)
    desktop.start()
    qtbot.waitUntil(lambda: desktop.services is not None, timeout=15_000)
    return desktop


@pytest.fixture
def desktop_app(qtbot: QtBot, qapp: QApplication, app_paths: AppPaths) -> Iterator[DesktopApp]:
    """A started app whose welcome dialog was already dismissed on an earlier run."""
    DeviceSettings(app_paths.device_settings).set("ui.first_run_done", True)
    desktop = start_app(qtbot, qapp, app_paths)
    yield desktop
    desktop.shutdown()
