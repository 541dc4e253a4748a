"""Running a tool call end to end: find the tool, check its arguments against its schema,
ask for approval when the policy says so, run it with a timeout, cut a huge result, log it.

Nothing here raises for a bad call: the outcome is an error text that goes back to the model
(which can try again) and to the user, so the chat goes on.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from core.errors import UserError
from core.i18n import QT_TRANSLATE_NOOP, number, translate
from core.tools.log import CallState, ToolLog
from core.tools.model import (
    BUILTIN_SERVER,
    Risk,
    ToolError,
    ToolResult,
    ToolSpec,
    ToolTimedOut,
    UnknownTool,
    cut,
    server_prefix,
)
from core.tools.validation import parse_arguments, validate_arguments

if TYPE_CHECKING:
    from core.settings import Settings
    from core.tools.builtins import BuiltinTool
    from core.tools.mcp_client import McpHub, ProgressListener
    from core.tools.servers import ServerStore

log = logging.getLogger(__name__)
OFFER_WAIT_S = 5.0  # how long an answer waits for MCP servers to start before going on


class Approval(StrEnum):
    """The user's answer to "may this tool run?"."""

    ONCE = "once"
    ALWAYS_FOR_SERVER = "always"
    DENY = "deny"


class ApprovedBy(StrEnum):
    """Who let a call run, as the log says it."""

    # The values are stored in the log (``approved_label`` shows them).
    USER = "you"
    ALWAYS = "always allowed for its server"  # i18n: not UI
    READ_ONLY = "automatic (read-only)"  # i18n: not UI
    ALL = "approve-all"
    MANUAL = "run by hand"  # i18n: not UI
    DENIED = "denied"
    NOBODY = ""


_APPROVED_LABELS = {
    "you": QT_TRANSLATE_NOOP("Tools", "you"),
    "always allowed for its server": QT_TRANSLATE_NOOP("Tools", "always allowed for its server"),
    "automatic (read-only)": QT_TRANSLATE_NOOP("Tools", "automatic (read-only)"),
    "approve-all": QT_TRANSLATE_NOOP("Tools", "approve-all"),
    "run by hand": QT_TRANSLATE_NOOP("Tools", "run by hand"),
    "denied": QT_TRANSLATE_NOOP("Tools", "denied"),
}


def approved_label(approved_by: str) -> str:
    """Who let a call run (an ``ApprovedBy`` value, as stored), in the user's language."""
    label = _APPROVED_LABELS.get(approved_by)
    return translate("Tools", label) if label else approved_by


@dataclass(frozen=True)
class ApprovalRequest:
    """What the user is asked about: this tool, with these arguments."""

    spec: ToolSpec
    arguments: dict[str, Any]


Approver = Callable[[ApprovalRequest], Awaitable[Approval]]


@dataclass(frozen=True)
class CallOutcome:
    """How one call ended, for the model (``text``) and for the answer's inline card."""

    name: str
    server: str
    tool: str
    arguments: dict[str, Any]
    text: str
    is_error: bool
    state: str
    duration_ms: int = 0
    approved_by: str = ""
    truncated: bool = False


class ToolRunner:
    """The tools a turn may offer, and calls to them (the chat's and the Tools page's way in)."""

    def __init__(
        self,
        builtins: list[BuiltinTool],
        hub: McpHub,
        servers: ServerStore,
        log: ToolLog,
        settings: Settings,
    ) -> None:
        self._builtins = {b.spec.name: b for b in builtins}
        self.hub = hub
        self.servers = servers
        self.log = log
        self._settings = settings
        self._known: dict[str, ToolSpec] = {b.spec.name: b.spec for b in builtins}

    @property
    def max_steps(self) -> int:
        return int(self._settings.get("tools.max_steps"))

    async def available(self) -> list[ToolSpec]:
        """Built-in tools and those of every enabled server (started on demand; one that fails
        to start is left out, and its status says why)."""
        specs = [b.spec for b in self._builtins.values()]
        try:
            configs = await asyncio.to_thread(self.servers.all)
        except UserError as error:  # e.g. an unreadable servers file: built-in tools still work
            log.warning("MCP servers are not offered: %s", error)
            configs = []
        names = [
            c.name
            for c in configs
            if c.enabled and c.configured_here and not self.hub.given_up(c.name)
        ]
        waits = {name: asyncio.ensure_future(self.hub.tools(name, patient=False)) for name in names}
        if waits:
            # A server slow to start is left out of this answer (it goes on starting, and the
            # next answer offers it); one slow server must not hold up every question.
            await asyncio.wait(waits.values(), timeout=OFFER_WAIT_S)
        for name, wait in waits.items():
            if not wait.done():
                wait.add_done_callback(_quietly)
                log.info("Tools of %s are not offered: still starting", name)
            elif wait.exception() is not None:
                log.info("Tools of %s are not offered: %s", name, wait.exception())
            else:
                specs.extend(wait.result())
        self._known.update({s.name: s for s in specs})
        return specs

    async def offer(self) -> list[ToolSpec]:
        """The tools to offer the model: those available and usable."""
        return [s for s in await self.available() if s.usable]

    def builtins(self) -> list[ToolSpec]:
        """The built-in tools (always read-only, always there)."""
        return [b.spec for b in self._builtins.values()]

    def find(self, name: str) -> ToolSpec | None:
        return self._known.get(name)

    async def spec_of(self, server: str, tool: str) -> ToolSpec:
        """A tool by its server and own name (the CLI's ``tools call SERVER TOOL``)."""
        if server == BUILTIN_SERVER:
            specs = [b.spec for b in self._builtins.values()]
        else:
            config = await asyncio.to_thread(self.servers.find, server)
            specs = await self.hub.tools(config.name)
            self._known.update({s.name: s for s in specs})
        for spec in specs:
            if spec.tool == tool:
                return spec
        have = ", ".join(s.tool for s in specs) or translate("Tools", "none")
        raise UnknownTool(
            translate("Tools", "“{server}” has no tool named {tool} (it has: {tools}).").format(
                server=server, tool=tool, tools=have
            )
        )

    def _automatic(self, spec: ToolSpec) -> ApprovedBy | None:
        """Who approves without asking, or None when the user must be asked (blocking: it
        reads the approval setting and the server's "always allow")."""
        if spec.risk is Risk.READ_ONLY and self._settings.get("tools.approval") == "read_only":
            return ApprovedBy.READ_ONLY
        if spec.server != BUILTIN_SERVER and self.servers.find(spec.server).always_allow:
            return ApprovedBy.ALWAYS
        return None

    async def call(
        self,
        name: str,
        arguments: str | dict[str, Any],
        *,
        approve: Approver,
        message_id: str | None = None,
        call_id: str = "",
        on_progress: ProgressListener | None = None,
    ) -> CallOutcome:
        """Run the call ``name(arguments)`` as the model asked for it (see the module doc)."""
        spec = self._known.get(name) or await self._still_starting(name)
        if spec is None:
            offered = ", ".join(sorted(self._known)) or translate("Tools", "none")
            return await self._rejected(
                name,
                BUILTIN_SERVER,
                name,
                {},
                message_id,
                call_id,
                translate("Tools", "There is no tool named {tool}. The tools are: {tools}.").format(
                    tool=name, tools=offered
                ),
            )
        try:
            parsed = arguments if isinstance(arguments, dict) else parse_arguments(name, arguments)
            if spec.problem:
                raise ToolError(spec.problem)
            validate_arguments(spec.tool, spec.input_schema, parsed)
        except ToolError as error:
            given = arguments if isinstance(arguments, dict) else {"raw": arguments}
            return await self._rejected(
                name, spec.server, spec.tool, given, message_id, call_id, str(error), spec.risk
            )
        approved_by = await self._approve(spec, parsed, approve)
        if approved_by is ApprovedBy.DENIED:
            return await self._logged(
                spec,
                parsed,
                message_id,
                call_id,
                CallState.DENIED,
                translate("Tools", "The user did not allow {tool} to run.").format(tool=spec.tool),
                0,
                approved_by,
            )
        return await self.execute(
            spec,
            parsed,
            approved_by=approved_by,
            message_id=message_id,
            call_id=call_id,
            on_progress=on_progress,
        )

    async def _still_starting(self, name: str) -> ToolSpec | None:
        """A tool of a server that was still starting when the tools were offered."""
        if "__" not in name:
            return None
        configs = await asyncio.to_thread(self.servers.all)
        for config in configs:
            if name.startswith(server_prefix(config.name)) and config.enabled:
                try:
                    specs = await self.hub.tools(config.name, patient=False)
                except ToolError:
                    return None
                self._known.update({s.name: s for s in specs})
                return self._known.get(name)
        return None

    async def _approve(
        self, spec: ToolSpec, arguments: dict[str, Any], approve: Approver
    ) -> ApprovedBy:
        automatic = await asyncio.to_thread(self._automatic, spec)
        if automatic is not None:
            return automatic
        answer = await approve(ApprovalRequest(spec, arguments))
        if answer is Approval.DENY:
            return ApprovedBy.DENIED
        if answer is Approval.ALWAYS_FOR_SERVER and spec.server != BUILTIN_SERVER:
            await asyncio.to_thread(self.servers.set_always_allow, spec.server, True)
            return ApprovedBy.ALWAYS
        return ApprovedBy.USER

    async def execute(
        self,
        spec: ToolSpec,
        arguments: dict[str, Any],
        *,
        approved_by: str,
        message_id: str | None = None,
        call_id: str = "",
        on_progress: ProgressListener | None = None,
    ) -> CallOutcome:
        """Run an approved, validated call with its timeout, and log how it ended."""
        started = time.perf_counter()
        try:
            result = await self._run(spec, arguments, on_progress)
        except asyncio.CancelledError:
            elapsed = _ms(started)
            await asyncio.shield(
                self._logged(
                    spec,
                    arguments,
                    message_id,
                    call_id,
                    CallState.CANCELLED,
                    translate("Tools", "Stopped by the user."),
                    elapsed,
                    approved_by,
                )
            )
            raise
        except ToolError as error:
            return await self._logged(
                spec,
                arguments,
                message_id,
                call_id,
                CallState.FAILED,
                str(error),
                _ms(started),
                approved_by,
            )
        except Exception as error:  # a built-in tool's bug must not end the chat
            log.exception("Tool %s failed", spec.name)
            return await self._logged(
                spec,
                arguments,
                message_id,
                call_id,
                CallState.FAILED,
                translate("Tools", "{tool} failed: {error}").format(
                    tool=spec.tool, error=f"{type(error).__name__}: {error}"
                ),
                _ms(started),
                approved_by,
            )
        return await self._logged(
            spec,
            arguments,
            message_id,
            call_id,
            CallState.FAILED if result.is_error else CallState.DONE,
            result.text,
            result.duration_ms or _ms(started),
            approved_by,
            answered=True,
            is_error=result.is_error,
            truncated=result.truncated,
        )

    async def _run(
        self, spec: ToolSpec, arguments: dict[str, Any], on_progress: ProgressListener | None
    ) -> ToolResult:
        builtin = self._builtins.get(spec.name)
        if builtin is None:
            return await self.hub.call(
                spec.server, spec.tool, arguments, timeout_s=spec.timeout_s, on_progress=on_progress
            )
        started = time.perf_counter()
        try:
            text = await asyncio.wait_for(asyncio.to_thread(builtin.run, arguments), spec.timeout_s)
        except TimeoutError:
            raise ToolTimedOut(
                translate("Tools", "{tool} did not finish within {seconds} s.").format(
                    tool=spec.tool, seconds=number(spec.timeout_s)
                )
            ) from None
        cut_text, truncated = cut(text)
        return ToolResult(cut_text, truncated=truncated, duration_ms=_ms(started))

    async def _rejected(
        self,
        name: str,
        server: str,
        tool: str,
        arguments: dict[str, Any],
        message_id: str | None,
        call_id: str,
        error: str,
        risk: Risk | None = None,
    ) -> CallOutcome:
        await asyncio.to_thread(
            self.log.record,
            message_id=message_id,
            server=server,
            tool=tool,
            call_id=call_id,
            arguments=arguments,
            state=CallState.REJECTED,
            error=error,
            risk=str(risk) if risk else "",
        )
        return CallOutcome(name, server, tool, arguments, error, True, CallState.REJECTED)

    async def _logged(
        self,
        spec: ToolSpec,
        arguments: dict[str, Any],
        message_id: str | None,
        call_id: str,
        state: str,
        text: str,
        duration_ms: int,
        approved_by: str,
        *,
        answered: bool = False,
        is_error: bool = True,
        truncated: bool = False,
    ) -> CallOutcome:
        """Record the call in the execution log and say how it went: ``text`` is the tool's
        answer when it ``answered`` (an error answer too), else why it could not run."""
        await asyncio.to_thread(
            self.log.record,
            message_id=message_id,
            server=spec.server,
            tool=spec.tool,
            call_id=call_id,
            arguments=arguments,
            state=state,
            result=text if answered else "",
            error=text if is_error else "",
            duration_ms=duration_ms,
            approved_by=str(approved_by),
            risk=str(spec.risk),
        )
        return CallOutcome(
            spec.name,
            spec.server,
            spec.tool,
            arguments,
            text,
            is_error,
            state,
            duration_ms,
            str(approved_by),
            truncated,
        )


def _quietly(future: asyncio.Future[Any]) -> None:
    """A start no one waits for any more: its failure is in the server's status."""
    if not future.cancelled():
        future.exception()


def _ms(started: float) -> int:
    return int((time.perf_counter() - started) * 1000)
