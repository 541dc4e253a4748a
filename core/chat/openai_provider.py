"""OpenAI and OpenAI-compatible servers (Ollama, LM Studio, llama.cpp, vLLM) through ``openai``.

Chat completions, streamed: text in ``choices[0].delta.content``, tool calls in
``delta.tool_calls``, the finish in ``finish_reason``, usage in a last chunk with no choices
(asked for with ``stream_options``). A stream that stops without a finish is an interruption.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
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


class OpenAIChatProvider:
    """Streams chat completions from OpenAI or any server that speaks its API."""

    def __init__(self, config: ProviderConfig) -> None:
        from openai import AsyncOpenAI

        self.config = config
        self._client = AsyncOpenAI(
            api_key=config.api_key or NO_KEY,
            base_url=config.base_url or "https://api.openai.com/v1",
            max_retries=0,  # ChatService retries, and only before the first token
            timeout=config.timeout_s,
            organization=None,
            project=None,
        )

    def _arguments(self, request: ChatRequest) -> dict[str, Any]:
        messages: list[dict[str, Any]] = []
        if request.system:
            messages.append({"role": "system", "content": request.system})
        messages.extend(_message(m) for m in request.messages)
        arguments: dict[str, Any] = {
            "model": self.config.model,
            "messages": messages,
            "stream": True,
            "stream_options": {"include_usage": True},
        }
        if request.tools:
            arguments["tools"] = [
                {
                    "type": "function",
                    "function": {
                        "name": tool.name,
                        "description": tool.description,
                        "parameters": tool.parameters,
                    },
                }
                for tool in request.tools
            ]
        if request.temperature is not None:
            arguments["temperature"] = request.temperature
        if request.max_tokens is not None:
            # Newer OpenAI models take only max_completion_tokens; local servers know max_tokens.
            key = "max_tokens" if self.config.local else "max_completion_tokens"
            arguments[key] = request.max_tokens
        return arguments

    async def stream(self, request: ChatRequest) -> AsyncGenerator[ProviderEvent, None]:
        context = self.config.failure_context()
        finish: str | None = None
        try:
            stream: Any = await self._client.chat.completions.create(**self._arguments(request))
            async with stream:
                async for chunk in stream:
                    if chunk.usage is not None:
                        yield UsageReport(chunk.usage.prompt_tokens, chunk.usage.completion_tokens)
                    for choice in chunk.choices:
                        delta = choice.delta
                        if delta is not None:
                            if delta.content:
                                yield TextDelta(delta.content)
                            for call in delta.tool_calls or ():
                                function = call.function
                                yield ToolCallDelta(
                                    index=call.index,
                                    call_id=call.id,
                                    name=function.name if function else None,
                                    arguments=(function.arguments or "") if function else "",
                                )
                        if choice.finish_reason:
                            finish = str(choice.finish_reason)
        except Exception as error:
            yield StreamFailed(classify_failure(error, context))
            return
        yield Finished(finish) if finish else StreamFailed(interrupted(context))

    async def aclose(self) -> None:
        await self._client.close()


def _message(message: ChatMessage) -> dict[str, Any]:
    """A history turn in chat-completions form (tool calls and tool results included)."""
    if message.role == "tool":
        return {"role": "tool", "tool_call_id": message.tool_call_id, "content": message.content}
    if message.tool_calls:
        return {
            "role": "assistant",
            "content": message.content or None,
            "tool_calls": [
                {
                    "id": call.call_id,
                    "type": "function",
                    "function": {"name": call.name, "arguments": call.arguments or "{}"},
                }
                for call in message.tool_calls
            ],
        }
    return {"role": message.role, "content": message.content}
