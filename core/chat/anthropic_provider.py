"""Anthropic's Messages API through the ``anthropic`` SDK, streamed.

Events: ``message_start`` (input usage), per content block ``content_block_start`` (text, or
``tool_use`` with id and name), ``content_block_delta`` (``text_delta`` or ``input_json_delta``),
``content_block_stop``; then ``message_delta`` (stop reason, output usage) and ``message_stop``.
Only ``message_stop`` means the answer is complete.
"""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, Sequence
from typing import Any

from core.chat.errors import classify_failure, interrupted
from core.chat.events import (
    Finished,
    ProviderEvent,
    StreamFailed,
    TextDelta,
    ToolCallDelta,
    UsageReport,
)
from core.chat.providers import NO_KEY, ChatMessage, ChatRequest, ProviderConfig

DEFAULT_MAX_TOKENS = 4096  # Anthropic requires a limit; this is generous for a chat turn
_STOP_REASONS = {
    "end_turn": "stop",
    "stop_sequence": "stop",
    "max_tokens": "length",
    "tool_use": "tool_calls",
}


class AnthropicChatProvider:
    """Streams messages from Anthropic."""

    def __init__(self, config: ProviderConfig) -> None:
        from anthropic import AsyncAnthropic

        self.config = config
        self._client = AsyncAnthropic(
            api_key=config.api_key or NO_KEY,
            base_url=config.base_url or None,
            max_retries=0,  # ChatService retries, and only before the first token
            timeout=config.timeout_s,
        )

    def _arguments(self, request: ChatRequest) -> dict[str, Any]:
        arguments: dict[str, Any] = {
            "model": self.config.model,
            "messages": _messages(request.messages),
            "max_tokens": request.max_tokens or DEFAULT_MAX_TOKENS,
            "stream": True,
        }
        if request.system:
            arguments["system"] = request.system
        if request.temperature is not None:
            arguments["temperature"] = min(max(request.temperature, 0.0), 1.0)
        if request.tools:
            arguments["tools"] = [
                {"name": t.name, "description": t.description, "input_schema": t.parameters}
                for t in request.tools
            ]
        return arguments

    async def stream(self, request: ChatRequest) -> AsyncGenerator[ProviderEvent, None]:
        context = self.config.failure_context()
        stop_reason = "stop"
        finished = False
        input_tokens: int | None = None
        try:
            stream: Any = await self._client.messages.create(**self._arguments(request))
            async with stream:
                async for event in stream:
                    kind = event.type
                    if kind == "content_block_delta":
                        delta = event.delta
                        if delta.type == "text_delta" and delta.text:
                            yield TextDelta(delta.text)
                        elif delta.type == "input_json_delta":
                            yield ToolCallDelta(event.index, None, None, delta.partial_json)
                    elif kind == "content_block_start" and event.content_block.type == "tool_use":
                        block = event.content_block
                        yield ToolCallDelta(event.index, block.id, block.name, "")
                    elif kind == "message_start":
                        input_tokens = event.message.usage.input_tokens
                    elif kind == "message_delta":
                        reason = event.delta.stop_reason
                        if reason:
                            stop_reason = _STOP_REASONS.get(reason, str(reason))
                        output = event.usage.output_tokens if event.usage else None
                        yield UsageReport(input_tokens, output)
                    elif kind == "message_stop":
                        finished = True
        except Exception as error:
            yield StreamFailed(classify_failure(error, context))
            return
        yield Finished(stop_reason) if finished else StreamFailed(interrupted(context))

    async def aclose(self) -> None:
        await self._client.close()


def _messages(history: Sequence[ChatMessage]) -> list[dict[str, Any]]:
    """The history as Messages API turns: tool calls become ``tool_use`` blocks, and the
    results of one step one user turn of ``tool_result`` blocks."""
    messages: list[dict[str, Any]] = []
    for message in history:
        if message.role == "tool":
            block = {
                "type": "tool_result",
                "tool_use_id": message.tool_call_id,
                "content": message.content,
                "is_error": message.is_error,
            }
            last = messages[-1] if messages else None
            if last is not None and last["role"] == "user" and isinstance(last["content"], list):
                last["content"].append(block)
            else:
                messages.append({"role": "user", "content": [block]})
        elif message.tool_calls:
            blocks: list[dict[str, Any]] = []
            if message.content:
                blocks.append({"type": "text", "text": message.content})
            for call in message.tool_calls:
                try:
                    given = json.loads(call.arguments) if call.arguments.strip() else {}
                except json.JSONDecodeError:
                    given = {}
                blocks.append(
                    {
                        "type": "tool_use",
                        "id": call.call_id,
                        "name": call.name,
                        "input": given if isinstance(given, dict) else {},
                    }
                )
            messages.append({"role": "assistant", "content": blocks})
        else:
            messages.append({"role": message.role, "content": message.content})
    return messages
