"""The team server: FastAPI app, its own database and migrations, blobs, live pokes, CLI.

``create_app(ServerConfig.for_data_dir(path))`` is the embedded server; ``convosphere-server``
(``sync.server.cli``) runs it and administers accounts and workspaces.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sync.server.app import create_app
    from sync.server.config import ServerConfig

__all__ = ["ServerConfig", "create_app"]


def __getattr__(name: str) -> Any:
    # Lazily: the admin commands of the CLI need neither FastAPI nor its start-up time.
    if name == "create_app":
        from sync.server.app import create_app

        return create_app
    if name == "ServerConfig":
        from sync.server.config import ServerConfig

        return ServerConfig
    raise AttributeError(name)
