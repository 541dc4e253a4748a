"""The MCP client: servers started on demand, kept open, called with progress, cancel and
timeouts, and restarted with backoff after a crash.

All MCP work runs on one event loop in a thread of its own ("mcp"): the SDK's anyio task
groups and child processes then never depend on the caller's loop (the GUI's qasync loop, a
CLI's ``asyncio.run``, a test's thread). ``await hub.call(...)`` works from any loop; cancelling
it cancels the call on the hub's loop, which tells the server so.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections.abc import Callable, Coroutine
from concurrent.futures import Future
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from core.i18n import number, translate
from core.tools.mcp_session import (
    describe_start_failure,
    error_words,
    innermost,
    listed_extras,
    listed_tools,
    open_transport,
    read_tail,
    result_text,
    safe_file_name,
    tail_note,
)
from core.tools.model import (
    ServerUnavailable,
    ToolError,
    ToolResult,
    ToolSpec,
    ToolTimedOut,
    cut,
)

if TYPE_CHECKING:
    from mcp import ClientSession

    from core.tools.servers import Connection, ServerConfig, ServerStore

log = logging.getLogger(__name__)
T = TypeVar("T")
START_TIMEOUT_S = 20.0
MAX_BACKOFF_S = 30.0
GIVE_UP_AFTER = 3  # failures in a row after which chat stops starting a server on its own
ProgressListener = Callable[[float, float | None, str | None], None]


class ServerState(StrEnum):
    STOPPED = "stopped"
    STARTING = "starting"
    READY = "ready"
    FAILED = "failed"


@dataclass(frozen=True)
class ServerStatus:
    """Where a server stands, for the Tools page and ``tools list``."""

    name: str
    state: ServerState = ServerState.STOPPED
    detail: str = ""
    stderr_tail: str = ""
    tools: tuple[ToolSpec, ...] = ()
    resources: tuple[str, ...] = ()
    prompts: tuple[str, ...] = ()
    server_info: str = ""
    failures: int = 0
    retry_at: float | None = None  # monotonic time before which it is not restarted

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "state": str(self.state),
            "detail": self.detail,
            "stderr_tail": self.stderr_tail,
            "server_info": self.server_info,
            "tools": [t.to_json() for t in self.tools],
            "resources": list(self.resources),
            "prompts": list(self.prompts),
        }


StatusListener = Callable[[ServerStatus], None]


@dataclass
class _Server:
    """A server's live state on the hub's loop."""

    name: str
    status: ServerStatus
    session: ClientSession | None = None
    task: asyncio.Task[None] | None = None
    ready: asyncio.Future[None] | None = None
    stop: asyncio.Event = field(default_factory=asyncio.Event)
    gone: asyncio.Event = field(default_factory=asyncio.Event)
    config: ServerConfig | None = None


class McpHub:
    """Every configured MCP server of a data dir, started when first needed."""

    def __init__(
        self,
        servers: ServerStore,
        logs_dir: Path,
        *,
        start_timeout_s: float = START_TIMEOUT_S,
        base_backoff_s: float = 1.0,
    ) -> None:
        self.servers = servers
        self.start_timeout_s = start_timeout_s
        self.base_backoff_s = base_backoff_s
        self._logs = logs_dir / "mcp"
        self._live: dict[str, _Server] = {}
        self._statuses: dict[str, ServerStatus] = {}
        self._listeners: list[StatusListener] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    # --- the hub's loop --------------------------------------------------------------------------

    def _hub_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                started = threading.Event()

                def run() -> None:
                    asyncio.set_event_loop(loop)
                    loop.call_soon(started.set)
                    loop.run_forever()

                self._thread = threading.Thread(target=run, name="mcp", daemon=True)
                self._thread.start()
                started.wait()
                self._loop = loop
            return self._loop

    def submit(self, coroutine: Coroutine[Any, Any, T]) -> Future[T]:
        """Run ``coroutine`` on the hub's loop (from any thread)."""
        return asyncio.run_coroutine_threadsafe(coroutine, self._hub_loop())

    async def _on_hub(self, coroutine: Coroutine[Any, Any, T]) -> T:
        return await asyncio.wrap_future(self.submit(coroutine))

    def run_blocking(self, coroutine: Coroutine[Any, Any, T]) -> T:
        """Run on the hub and wait (for the CLI and worker threads, never the GUI thread)."""
        return self.submit(coroutine).result()

    # --- statuses ------------------------------------------------------------------------------

    def subscribe(self, listener: StatusListener) -> None:
        """``listener(status)`` on every change, called on the hub's thread."""
        self._listeners.append(listener)

    def status(self, name: str) -> ServerStatus:
        return self._statuses.get(name, ServerStatus(name))

    def statuses(self) -> dict[str, ServerStatus]:
        return dict(self._statuses)

    def _set(self, server: _Server, **changes: Any) -> None:
        server.status = replace(server.status, **changes)
        self._statuses[server.name] = server.status
        for listener in list(self._listeners):
            try:
                listener(server.status)
            except Exception:
                log.exception("A server status listener failed")

    # --- public, awaitable from any loop ---------------------------------------------------------

    async def start(self, name: str, *, patient: bool = True) -> ServerStatus:
        """Start ``name`` if it is not running; its status. After a crash it is started again
        once its backoff has passed: ``patient`` waits for that (up to 5 s), else a server in
        its backoff is ``ServerUnavailable`` at once."""
        return await self._on_hub(self._start(name, patient))

    async def tools(self, name: str, *, patient: bool = True) -> list[ToolSpec]:
        """The tools of server ``name`` (started on demand)."""
        status = await self.start(name, patient=patient)
        return list(status.tools)

    def given_up(self, name: str) -> bool:
        """Whether ``name`` failed to start so often in a row that it is no longer started
        for chat on its own (a call, or Start on the Tools page, still tries)."""
        status = self._statuses.get(name)
        return status is not None and status.failures >= GIVE_UP_AFTER

    async def call(
        self,
        name: str,
        tool: str,
        arguments: dict[str, Any],
        *,
        timeout_s: float,
        on_progress: ProgressListener | None = None,
    ) -> ToolResult:
        """Call ``tool`` of server ``name``; ``ToolError`` subclasses say what went wrong."""
        return await self._on_hub(self._call(name, tool, arguments, timeout_s, on_progress))

    async def restart(self, name: str) -> ServerStatus:
        """Stop and start again now (the user asked: no backoff)."""
        return await self._on_hub(self._restart(name))

    async def stop(self, name: str) -> None:
        await self._on_hub(self._stop(name))

    def close(self) -> None:
        """Stop every server and the hub's thread (blocking, bounded)."""
        loop = self._loop
        if loop is None:
            return
        with contextlib.suppress(Exception):
            asyncio.run_coroutine_threadsafe(self._stop_all(), loop).result(timeout=10)
        loop.call_soon_threadsafe(loop.stop)
        if self._thread is not None:
            self._thread.join(timeout=5)
        with self._lock:
            self._loop = None

    # --- on the hub's loop -----------------------------------------------------------------------

    def _server(self, name: str) -> _Server:
        server = self._live.get(name)
        if server is None:
            server = self._live[name] = _Server(name, self.status(name))
        return server

    async def _start(self, name: str, patient: bool = True) -> ServerStatus:
        config = await asyncio.to_thread(self.servers.find, name)
        server = self._server(config.name)
        if not config.enabled:
            raise ServerUnavailable(
                translate("McpServers", "The MCP server “{name}” is switched off.").format(
                    name=config.name
                )
            )
        if not config.configured_here:
            raise ServerUnavailable(
                translate(
                    "McpServers",
                    "The MCP server “{name}” was added on another device; add its command "
                    "or address on this one to use it.",
                ).format(name=config.name)
            )
        if server.task is not None and not server.task.done():
            assert server.ready is not None
            await asyncio.shield(server.ready)
            return server.status
        retry_at = server.status.retry_at
        if retry_at is not None and retry_at > time.monotonic():
            wait = retry_at - time.monotonic()
            if wait > 5 or not patient:
                raise ServerUnavailable(
                    translate(
                        "McpServers",
                        "The MCP server “{name}” failed: {reason} It is started again in "
                        "{seconds} s.",
                    ).format(
                        name=config.name, reason=server.status.detail, seconds=number(round(wait))
                    )
                )
            await asyncio.sleep(wait)
        connection = await asyncio.to_thread(self.servers.connection, config)
        server.config = config
        server.stop = asyncio.Event()
        server.gone = asyncio.Event()
        server.ready = asyncio.get_running_loop().create_future()
        starting = translate("McpServers", "Starting…")
        self._set(server, state=ServerState.STARTING, detail=starting, stderr_tail="")
        task_name = f"mcp:{name}"  # i18n: not UI
        server.task = asyncio.create_task(self._run(server, connection), name=task_name)
        await asyncio.shield(server.ready)
        return server.status

    async def _restart(self, name: str) -> ServerStatus:
        await self._stop(name)
        server = self._server(name)
        self._set(server, retry_at=None, failures=0)
        return await self._start(name)

    async def _stop(self, name: str) -> None:
        server = self._live.get(name)
        if server is None or server.task is None:
            return
        server.stop.set()
        with contextlib.suppress(BaseException):
            await asyncio.wait_for(server.task, 10)
        self._set(server, state=ServerState.STOPPED, detail="", tools=())

    async def _stop_all(self) -> None:
        for name in list(self._live):
            await self._stop(name)

    async def _run(self, server: _Server, connection: Connection) -> None:
        """Hold the server's process (or HTTP session) open until told to stop or it ends."""
        import anyio
        from mcp import ClientSession

        self._logs.mkdir(parents=True, exist_ok=True)
        stderr_path = self._logs / f"{safe_file_name(server.name)}.stderr.log"  # i18n: not UI
        ready = server.ready
        assert ready is not None
        crashed: str | None = None
        with stderr_path.open("w", encoding="utf-8", errors="replace") as errlog:
            try:
                async with (
                    open_transport(connection, errlog) as (read, write),
                    ClientSession(read, write) as session,
                ):
                    with anyio.fail_after(self.start_timeout_s):
                        info = await session.initialize()
                        tools = await listed_tools(session, connection.config)
                        resources, prompts = await listed_extras(session, info)
                    server.session = session
                    self._set(
                        server,
                        state=ServerState.READY,
                        detail=translate("McpServers", "Ready: %n tool(s).", None, len(tools)),
                        tools=tuple(tools),
                        resources=resources,
                        prompts=prompts,
                        server_info=f"{info.server_info.name} {info.server_info.version}".strip(),
                        failures=0,
                        retry_at=None,
                    )
                    if not ready.done():
                        ready.set_result(None)
                    await _until_stopped_or_gone(server, session)
                    if not server.stop.is_set():
                        crashed = translate("McpServers", "It stopped unexpectedly.")
            except asyncio.CancelledError:
                raise
            except BaseException as error:  # the SDK wraps failures in exception groups
                if isinstance(innermost(error), TimeoutError):
                    crashed = translate(
                        "McpServers", "It did not finish starting within {seconds} s."
                    ).format(seconds=number(self.start_timeout_s))
                else:
                    crashed = describe_start_failure(error)
            finally:
                server.session = None
        if crashed is not None and not server.stop.is_set():
            self._failed(server, crashed, stderr_path)
        if not ready.done():
            ready.set_exception(
                ServerUnavailable(
                    translate("McpServers", "The MCP server “{name}” could not be started.").format(
                        name=server.name
                    )
                    + f" {server.status.detail}{tail_note(server.status.stderr_tail)}"
                )
            )
            ready.exception()  # retrieved here, so an unawaited failure is not reported

    def _failed(self, server: _Server, reason: str, stderr_path: Path) -> None:
        failures = server.status.failures + 1
        delay = min(self.base_backoff_s * 2 ** (failures - 1), MAX_BACKOFF_S)
        self._set(
            server,
            state=ServerState.FAILED,
            detail=reason,
            stderr_tail=read_tail(stderr_path),
            tools=(),
            failures=failures,
            retry_at=time.monotonic() + delay,
        )
        log.warning("MCP server %s failed: %s", server.name, reason)

    async def _call(
        self,
        name: str,
        tool: str,
        arguments: dict[str, Any],
        timeout_s: float,
        on_progress: ProgressListener | None,
    ) -> ToolResult:
        server = self._live.get(name)
        if server is None or server.session is None or server.task is None or server.task.done():
            await self._start(name)  # not running: start it (a running one is used as it is)
            server = self._server(name)
        session = server.session
        if session is None:
            raise ServerUnavailable(
                translate("McpServers", "The MCP server “{name}” is not running.").format(name=name)
            )

        async def progress(progress: float, total: float | None, message: str | None) -> None:
            if on_progress is not None:
                on_progress(progress, total, message)

        started = time.perf_counter()
        try:
            async with asyncio.timeout(timeout_s):
                result = await session.call_tool(tool, arguments, progress_callback=progress)
        except TimeoutError:
            raise ToolTimedOut(
                translate(
                    "McpServers",
                    "{tool} on “{name}” did not answer within {seconds} s; the call was cancelled.",
                ).format(tool=tool, name=name, seconds=number(timeout_s))
            ) from None
        except Exception as error:
            if not await _answers(session) and server.task is not None:
                server.gone.set()  # the holder notices at once, and records the stderr tail
                with contextlib.suppress(BaseException):
                    await asyncio.wait_for(asyncio.shield(server.task), 10)
            status = self.status(name)
            if status.state is ServerState.FAILED:
                raise ServerUnavailable(
                    translate(
                        "McpServers", "The MCP server “{name}” stopped while running {tool}."
                    ).format(name=name, tool=tool)
                    + tail_note(status.stderr_tail)
                ) from None
            raise ToolError(
                translate("McpServers", "{tool} on “{name}” failed: {reason}").format(
                    tool=tool, name=name, reason=error_words(error)
                )
            ) from None
        duration = int((time.perf_counter() - started) * 1000)
        text, truncated = cut(result_text(result))
        return ToolResult(
            text,
            is_error=bool(result.is_error),
            truncated=truncated,
            duration_ms=duration,
            structured=result.structured_content,
        )


async def _until_stopped_or_gone(server: _Server, session: ClientSession) -> None:
    """Wait for Stop; meanwhile notice a server that went away (a ping every 2 s, or a call
    that failed and found it gone)."""
    while not (server.stop.is_set() or server.gone.is_set()):
        stop = asyncio.ensure_future(server.stop.wait())
        gone = asyncio.ensure_future(server.gone.wait())
        done, pending = await asyncio.wait({stop, gone}, timeout=2.0, return_when="FIRST_COMPLETED")
        for waiter in pending:
            waiter.cancel()
        if done:
            return
        if not await _answers(session, 10.0):
            return


async def _answers(session: ClientSession, timeout_s: float = 1.0) -> bool:
    """Whether the server still answers a ping."""
    try:
        await asyncio.wait_for(session.send_ping(), timeout_s)
    except Exception:
        return False
    return True
