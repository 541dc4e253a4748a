"""The MCP servers a user added: by form, or from an ``mcpServers`` JSON other assistants use.

Three places, on purpose: the ``mcp_server`` row holds what may sync (name, transport, on/off);
a device-local file (``config/mcp-servers.json``, readable only by the user) holds how to reach
the server here (command, arguments, URL, the names of its environment variables and headers,
"always allow"); the secret store holds every environment and header value. A command line or a
token never enters app.db.
"""

from __future__ import annotations

import json
import os
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from core.db.models import McpServer
from core.errors import UserError
from core.i18n import translate
from core.tools.model import BUILTIN_SERVER, DEFAULT_TIMEOUT_S

if TYPE_CHECKING:
    from core.changes import ChangeRecorder
    from core.db.session import Database
    from core.secrets import SecretStore

LOCAL_FILE = "mcp-servers.json"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$")


class ServerConfigError(UserError, ValueError):
    """A server cannot be added or changed as asked; the message says why."""


@dataclass(frozen=True)
class ServerConfig:
    """One MCP server as this device reaches it (secret values are not in here)."""

    id: str
    name: str
    transport: str  # "stdio" or "http"
    enabled: bool = True
    command: str = ""
    args: tuple[str, ...] = ()
    cwd: str = ""
    url: str = ""
    env_names: tuple[str, ...] = ()
    header_names: tuple[str, ...] = ()
    always_allow: bool = False
    timeout_s: float = DEFAULT_TIMEOUT_S
    configured_here: bool = True  # False: synced from another device, no command here yet

    @property
    def target(self) -> str:
        """What it runs or where it is, for lists: the command line or the URL."""
        if self.transport == "http":
            return self.url
        return " ".join([self.command, *self.args]).strip()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "transport": self.transport,
            "enabled": self.enabled,
            "command": self.command,
            "args": list(self.args),
            "url": self.url,
            "env": list(self.env_names),
            "headers": list(self.header_names),
            "always_allow": self.always_allow,
        }


@dataclass
class ImportResult:
    """What an ``mcpServers`` import added, and what it skipped with why."""

    added: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class Connection:
    """What the MCP client needs to reach a server: config plus secret values."""

    config: ServerConfig
    env: dict[str, str]
    headers: dict[str, str]


class ServerStore:
    """Adds, lists, imports, switches and removes MCP servers (blocking; off the GUI thread)."""

    def __init__(
        self,
        database: Database,
        recorder: ChangeRecorder,
        workspace_id: str,
        secrets: SecretStore,
        config_dir: Path,
    ) -> None:
        self._db = database
        self._recorder = recorder
        self._workspace_id = workspace_id
        self._secrets = secrets
        self._path = config_dir / LOCAL_FILE
        self._lock = threading.Lock()

    # --- reading -------------------------------------------------------------------------------

    def all(self) -> list[ServerConfig]:
        """Every server not removed, by name."""
        local = self._read_local()
        with self._db.read() as session:
            rows = session.scalars(
                select(McpServer)
                .where(McpServer.workspace_id == self._workspace_id, McpServer.deleted.is_(False))
                .order_by(McpServer.name)
            ).all()
            return [_config(row, local.get(row.id)) for row in rows]

    def secret_names(self) -> list[str]:
        """The secret store's names of every configured server's env values and headers
        (what deleting all local data removes)."""
        names = []
        for config in self.all():
            names += [_secret(config.id, "env", n) for n in config.env_names]
            names += [_secret(config.id, "header", n) for n in config.header_names]
        return names

    def find(self, name: str) -> ServerConfig:
        for config in self.all():
            if config.name.lower() == name.strip().lower() or config.id == name:
                return config
        names = ", ".join(c.name for c in self.all()) or translate("McpServers", "none yet")
        raise ServerConfigError(
            translate(
                "McpServers", "There is no MCP server named “{name}” (servers: {names})."
            ).format(name=name, names=names)
        )

    def connection(self, config: ServerConfig) -> Connection:
        """The config with its secret values, to start or reach it."""
        env = {n: self._secrets.get(_secret(config.id, "env", n)) or "" for n in config.env_names}
        headers = {
            n: self._secrets.get(_secret(config.id, "header", n)) or "" for n in config.header_names
        }
        return Connection(config, env, headers)

    # --- changing ------------------------------------------------------------------------------

    def add_stdio(
        self,
        name: str,
        command: str,
        args: list[str] | tuple[str, ...] = (),
        env: Mapping[str, str] | None = None,
        *,
        cwd: str = "",
        timeout_s: float = DEFAULT_TIMEOUT_S,
    ) -> ServerConfig:
        """Add a server this device starts as a process talking MCP over stdio; a call that
        takes longer than ``timeout_s`` is cancelled."""
        if not command.strip():
            raise ServerConfigError(
                translate("McpServers", "A server started on this computer needs a command.")
            )
        return self._add(
            name,
            "stdio",
            {
                "command": command.strip(),
                "args": [str(a) for a in args],
                "cwd": cwd,
                "timeout_s": float(timeout_s),
            },
            env=dict(env or {}),
            headers={},
        )

    def add_http(
        self, name: str, url: str, headers: Mapping[str, str] | None = None
    ) -> ServerConfig:
        """Add a server reached over streamable HTTP at ``url``."""
        url = url.strip()
        if not re.match(r"^https?://[^\s/]+", url):
            raise ServerConfigError(
                translate(
                    "McpServers", "“{address}” is not an http:// or https:// address."
                ).format(address=url)
            )
        return self._add(name, "http", {"url": url}, env={}, headers=dict(headers or {}))

    def import_json(self, text: str) -> ImportResult:
        """Add every server of an ``mcpServers`` JSON (``{"mcpServers": {name: {...}}}`` or the
        inner object); names already here are skipped, not overwritten."""
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise ServerConfigError(
                translate("McpServers", "This is not valid JSON ({reason}, line {line}).").format(
                    reason=error.msg, line=error.lineno
                )
            ) from None
        servers = data.get("mcpServers", data) if isinstance(data, dict) else None
        if not isinstance(servers, dict) or not servers:
            raise ServerConfigError(
                translate("McpServers", "Expected an object like {example}.").format(
                    example='{"mcpServers": {"name": {"command": …}}}'  # i18n: not UI
                )
            )
        result = ImportResult()
        existing = {c.name.lower() for c in self.all()}
        for name, entry in servers.items():
            if str(name).lower() in existing:
                exists = translate("McpServers", "a server with this name exists")
                result.skipped.append((str(name), exists))
                continue
            try:
                self._import_one(str(name), entry)
            except ServerConfigError as error:
                result.skipped.append((str(name), str(error)))
                continue
            result.added.append(str(name))
        return result

    def set_enabled(self, name: str, enabled: bool) -> ServerConfig:
        config = self.find(name)
        with self._db.write() as session:
            row = session.get(McpServer, config.id)
            assert row is not None
            self._recorder.update(session, row, enabled=enabled)
        return replace(config, enabled=enabled)

    def set_always_allow(self, name: str, allow: bool) -> ServerConfig:
        """Run this server's tools without asking (a device-local choice)."""
        config = self.find(name)
        with self._lock:
            local = self._read_local()
            local.setdefault(config.id, {})["always_allow"] = allow
            self._write_local(local)
        return replace(config, always_allow=allow)

    def remove(self, name: str) -> ServerConfig:
        """Remove a server, its device-local settings and its secrets."""
        config = self.find(name)
        with self._db.write() as session:
            row = session.get(McpServer, config.id)
            assert row is not None
            self._recorder.trash(session, row)
        with self._lock:
            local = self._read_local()
            local.pop(config.id, None)
            self._write_local(local)
        for env_name in config.env_names:
            self._secrets.delete(_secret(config.id, "env", env_name))
        for header in config.header_names:
            self._secrets.delete(_secret(config.id, "header", header))
        return config

    # --- inside --------------------------------------------------------------------------------

    def _import_one(self, name: str, entry: object) -> None:
        if not isinstance(entry, dict):
            raise ServerConfigError(translate("McpServers", "its entry is not an object"))
        if entry.get("url"):
            headers = entry.get("headers") or {}
            if not isinstance(headers, dict):
                raise ServerConfigError(translate("McpServers", "its headers are not an object"))
            self.add_http(name, str(entry["url"]), {str(k): str(v) for k, v in headers.items()})
            return
        command = entry.get("command")
        if not isinstance(command, str) or not command:
            raise ServerConfigError(translate("McpServers", "it has neither a command nor a url"))
        args = entry.get("args") or []
        env = entry.get("env") or {}
        if not isinstance(args, list) or not isinstance(env, dict):
            raise ServerConfigError(
                translate("McpServers", "its args must be a list and its env an object")
            )
        self.add_stdio(
            name,
            command,
            [str(a) for a in args],
            {str(k): str(v) for k, v in env.items()},
            cwd=str(entry.get("cwd") or ""),
        )

    def _add(
        self,
        name: str,
        transport: str,
        local: dict[str, Any],
        *,
        env: dict[str, str],
        headers: dict[str, str],
    ) -> ServerConfig:
        name = name.strip()
        if not _NAME.match(name):
            raise ServerConfigError(
                translate(
                    "McpServers",
                    "“{name}” cannot be a server name: use up to 40 letters, digits, '-', '_' or "
                    "'.', starting with a letter or digit.",
                ).format(name=name)
            )
        if name.lower() == BUILTIN_SERVER or any(
            c.name.lower() == name.lower() for c in self.all()
        ):
            raise ServerConfigError(
                translate("McpServers", "There is already a server named “{name}”.").format(
                    name=name
                )
            )
        with self._db.write() as session:
            row = self._recorder.create(
                session,
                McpServer,
                workspace_id=self._workspace_id,
                name=name,
                transport=transport,
                enabled=True,
            )
            server_id = row.id
        for env_name, value in env.items():
            self._secrets.set(_secret(server_id, "env", env_name), value)
        for header, value in headers.items():
            self._secrets.set(_secret(server_id, "header", header), value)
        with self._lock:
            stored = self._read_local()
            stored[server_id] = {**local, "env": sorted(env), "headers": sorted(headers)}
            self._write_local(stored)
        return self.find(server_id)

    def _read_local(self) -> dict[str, dict[str, Any]]:
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as error:
            raise ServerConfigError(
                translate(
                    "McpServers", "The MCP server settings in {path} cannot be read ({reason})."
                ).format(path=self._path, reason=error)
            ) from None
        return data if isinstance(data, dict) else {}

    def _write_local(self, data: dict[str, dict[str, Any]]) -> None:
        self._path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self._path.with_suffix(".tmp")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as out:
            json.dump(data, out, indent=2, sort_keys=True)
        temporary.replace(self._path)


def _secret(server_id: str, kind: str, name: str) -> str:
    return f"mcp-server.{server_id}.{kind}.{name}"  # i18n: not UI (a secret's key)


def _config(row: McpServer, local: dict[str, Any] | None) -> ServerConfig:
    here = local or {}
    return ServerConfig(
        id=row.id,
        name=row.name,
        transport=row.transport,
        enabled=bool(row.enabled),
        command=str(here.get("command", "")),
        args=tuple(str(a) for a in here.get("args", ())),
        cwd=str(here.get("cwd", "")),
        url=str(here.get("url", "")),
        env_names=tuple(here.get("env", ())),
        header_names=tuple(here.get("headers", ())),
        always_allow=bool(here.get("always_allow", False)),
        timeout_s=float(here.get("timeout_s", DEFAULT_TIMEOUT_S)),
        configured_here=local is not None,
    )
