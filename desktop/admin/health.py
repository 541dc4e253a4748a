"""Admin console → Server health: version, database, storage, devices, the audit chain."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.admin.tab import AdminTab
from desktop.admin.table import size_text
from desktop.usage.stats import StatTile
from sync.client.admin import Health

TILES = (
    ("version", "Server version"),
    ("database", "Database"),
    ("schema", "Schema"),
    ("storage", "Storage"),
    ("users", "Users"),
    ("workspaces", "Workspaces"),
    ("connected", "Devices connected now"),
    ("active", "Devices active (24 h)"),
    ("audit", "Audit entries"),
)
COLUMNS = 3


class HealthTab(AdminTab):
    """A grid of figures, read again with Refresh."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.health: Health | None = None
        self.tiles = {key: StatTile(caption) for key, caption in TILES}
        grid = QGridLayout()
        grid.setSpacing(10)
        for index, (key, _caption) in enumerate(TILES):
            grid.addWidget(self.tiles[key], index // COLUMNS, index % COLUMNS)
        self.checked = QLabel("")
        self.checked.setObjectName("Hint")
        self.refresh_button = QPushButton("Refresh")
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
        self.call("Reading the server's health", lambda admin: admin.health(), self.show_health)

    def show_health(self, health: Health) -> None:
        self.health = health
        tiles = self.tiles
        tiles["version"].show_value(health.version, f"sync protocol {health.protocol}")
        name = "PostgreSQL" if health.database == "postgresql" else "SQLite"
        state = "answering" if health.database_ok else "NOT answering"
        tiles["database"].show_value(name, f"{state}")
        tiles["schema"].show_value(health.schema_revision or "—")
        tiles["storage"].show_value(size_text(health.storage_bytes), f"{health.blobs:,} files")
        tiles["users"].show_value(f"{health.users:,}")
        tiles["workspaces"].show_value(f"{health.workspaces:,}")
        tiles["connected"].show_value(f"{health.connected_devices:,}", "live-update streams open")
        tiles["active"].show_value(f"{health.active_devices_24h:,}")
        audit = health.audit
        checkpoint = (
            f"last signed checkpoint at #{audit.last_checkpoint_seq:,}"
            if audit.last_checkpoint_seq is not None
            else "no signed checkpoint yet"
        )
        tiles["audit"].show_value(f"{audit.entries:,}", checkpoint)
        self.checked.setText(f"Checked at {datetime.now().strftime('%H:%M:%S')}.")
        if health.database_ok:
            self.say("")
        else:
            self.say("The server cannot reach its database: sync and sign-in fail.", error=True)
