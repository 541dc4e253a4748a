"""Online/offline, judged from this machine's network interfaces: nothing is sent anywhere."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QNetworkInterface

from core.i18n import translate


def has_network() -> tuple[bool, str]:
    """Whether any non-loopback interface is up with an address, and which ones."""
    names = []
    for interface in QNetworkInterface.allInterfaces():
        flags = interface.flags()
        if flags & QNetworkInterface.InterfaceFlag.IsLoopBack:
            continue
        usable = flags & QNetworkInterface.InterfaceFlag.IsUp and (
            flags & QNetworkInterface.InterfaceFlag.IsRunning
        )
        if usable and interface.addressEntries():
            names.append(interface.humanReadableName())
    if names:
        connected = translate("Connectivity", "Connected through {interfaces}")
        return True, connected.format(interfaces=", ".join(names))
    return False, translate(
        "Connectivity",
        "No network connection: chat with cloud models waits; the rest works offline.",
    )


class ConnectivityMonitor(QObject):
    """Polls the interfaces every few seconds and reports changes."""

    changed = Signal(bool, str)

    def __init__(self, interval_ms: int = 5000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state: tuple[bool, str] | None = None
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self.check()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def check(self) -> None:
        state = has_network()
        if state != self._state:
            self._state = state
            self.changed.emit(*state)
