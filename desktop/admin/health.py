"""Admin console → Server health: version, database, storage, devices, the audit chain."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.i18n import QT_TRANSLATE_NOOP, number, time_text, translate
from desktop.admin.tab import AdminTab
from desktop.admin.table import size_text
from desktop.usage.stats import StatTile
from sync.client.admin import Health

TILES = (
    ("version", QT_TRANSLATE_NOOP("AdminHealth", "Server version")),
    ("database", QT_TRANSLATE_NOOP("AdminHealth", "Database")),
    ("schema", QT_TRANSLATE_NOOP("AdminHealth", "Schema")),
    ("storage", QT_TRANSLATE_NOOP("AdminHealth", "Storage")),
    ("users", QT_TRANSLATE_NOOP("AdminHealth", "Users")),
    ("workspaces", QT_TRANSLATE_NOOP("AdminHealth", "Workspaces")),
    ("connected", QT_TRANSLATE_NOOP("AdminHealth", "Devices connected now")),
    ("active", QT_TRANSLATE_NOOP("AdminHealth", "Devices active (24 h)")),
    ("audit", QT_TRANSLATE_NOOP("AdminHealth", "Audit entries")),
)
COLUMNS = 3


class HealthTab(AdminTab):
    """A grid of figures, read again with Refresh."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.health: Health | None = None
        self.tiles = {key: StatTile(translate("AdminHealth", caption)) for key, caption in TILES}
        grid = QGridLayout()
        grid.setSpacing(10)
        for index, (key, _caption) in enumerate(TILES):
            grid.addWidget(self.tiles[key], index // COLUMNS, index % COLUMNS)
        self.checked = QLabel("")
        self.checked.setObjectName("Hint")
        self.refresh_button = QPushButton(translate("AdminHealth", "Refresh"))
        top = QHBoxLayout()
        top.addWidget(self.checked, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.refresh_button.clicked.connect(self.load)

    def load(self) -> None:
        self.call(
            translate("AdminHealth", "Reading the server's health"),
            lambda admin: admin.health(),
            self.show_health,
        )

    def show_health(self, health: Health) -> None:
        self.health = health
        tiles = self.tiles
        protocol = translate("AdminHealth", "sync protocol {protocol}")
        tiles["version"].show_value(health.version, protocol.format(protocol=health.protocol))
        name = "PostgreSQL" if health.database == "postgresql" else "SQLite"
        state = (
            translate("AdminHealth", "answering")
            if health.database_ok
            else translate("AdminHealth", "NOT answering")
        )
        tiles["database"].show_value(name, state)
        tiles["schema"].show_value(health.schema_revision or "—")
        files = translate("AdminHealth", "%n file(s)", None, health.blobs)
        tiles["storage"].show_value(size_text(health.storage_bytes), files)
        tiles["users"].show_value(number(health.users))
        tiles["workspaces"].show_value(number(health.workspaces))
        tiles["connected"].show_value(
            number(health.connected_devices), translate("AdminHealth", "live-update streams open")
        )
        tiles["active"].show_value(number(health.active_devices_24h))
        audit = health.audit
        checkpoint = (
            translate("AdminHealth", "last signed checkpoint at #{seq}").format(
                seq=number(audit.last_checkpoint_seq)
            )
            if audit.last_checkpoint_seq is not None
            else translate("AdminHealth", "no signed checkpoint yet")
        )
        tiles["audit"].show_value(number(audit.entries), checkpoint)
        checked = translate("AdminHealth", "Checked at {time}.")
        self.checked.setText(checked.format(time=time_text(datetime.now(), seconds=True)))
        if health.database_ok:
            self.say("")
        else:
            self.say(
                translate(
                    "AdminHealth", "The server cannot reach its database: sync and sign-in fail."
                ),
                error=True,
            )
