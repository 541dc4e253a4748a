"""Streaming metrics per answer: time to first token, tokens/s, token counts and a cost estimate.

Token counts come from the provider's usage report when it sends one; otherwise they are
estimated at four characters a token (no tokenizer download) and marked as estimates. Costs use
a small table of public list prices for well-known cloud models (USD per million tokens, as of
late 2026); local models cost nothing; an unknown cloud model has no estimate.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from core.i18n import number, translate

# Longest matching prefix wins: "gpt-4o-mini-2024-07-18" is priced as "gpt-4o-mini".
PRICES_PER_MILLION: dict[str, tuple[float, float]] = {
    "gpt-5-nano": (0.05, 0.40),
    "gpt-5-mini": (0.25, 2.00),
    "gpt-5": (1.25, 10.00),
    "gpt-4.1-nano": (0.10, 0.40),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1": (2.00, 8.00),
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "o4-mini": (1.10, 4.40),
    "o3": (2.00, 8.00),
    "claude-opus-4-5": (5.00, 25.00),
    "claude-opus-4-1": (15.00, 75.00),
    "claude-opus-4-0": (15.00, 75.00),
    "claude-opus-4-2025": (15.00, 75.00),  # claude-opus-4-20250514
    "claude-sonnet-4": (3.00, 15.00),
    "claude-haiku-4": (1.00, 5.00),
    "claude-3-7-sonnet": (3.00, 15.00),
    "claude-3-5-sonnet": (3.00, 15.00),
    "claude-3-5-haiku": (0.80, 4.00),
    "claude-3-haiku": (0.25, 1.25),
    # Newer models of a family: priced like its latest listed member until the table learns them.
    "claude-opus": (5.00, 25.00),
    "claude-sonnet": (3.00, 15.00),
    "claude-haiku": (1.00, 5.00),
}
CHARS_PER_TOKEN = 4


def estimate_tokens(text: str) -> int:
    """A rough token count (characters / 4), for when the provider reports none."""
    return (len(text) + CHARS_PER_TOKEN - 1) // CHARS_PER_TOKEN


def estimate_cost(kind: str, model: str, input_tokens: int, output_tokens: int) -> float | None:
    """Estimated USD cost of one request; 0 for local servers, None for unknown models."""
    if kind == "openai_compatible":
        return 0.0
    name = model.lower()
    prefixes = [p for p in PRICES_PER_MILLION if name.startswith(p)]
    if not prefixes:
        return None
    price_in, price_out = PRICES_PER_MILLION[max(prefixes, key=len)]
    return round((input_tokens * price_in + output_tokens * price_out) / 1_000_000, 6)


class StreamMeter:
    """Measures one streamed answer as it arrives; ``metrics()`` gives what is stored.

    Whoever reads the stream sets ``first_token_at`` and ``last_token_at`` from ``clock`` as
    text arrives: a method call per token would cost more than the rest of the metering.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.started = clock()
        self.first_token_at: float | None = None
        self.last_token_at: float | None = None
        self.input_tokens: int | None = None
        self.output_tokens: int | None = None

    def restart(self) -> None:
        """A retry begins: time to first token counts from the last attempt's request."""
        self.started = self.clock()

    def usage(self, input_tokens: int | None, output_tokens: int | None) -> None:
        if input_tokens is not None:
            self.input_tokens = input_tokens
        if output_tokens is not None:
            self.output_tokens = output_tokens

    def metrics(
        self, *, kind: str, model: str, prompt: str, answer: str, attempts: int
    ) -> dict[str, Any]:
        """The stored metrics: JSON-ready, with ``tokens_estimated`` when counts are guesses."""
        end = self.clock()
        estimated = self.input_tokens is None or self.output_tokens is None
        input_tokens = (
            self.input_tokens if self.input_tokens is not None else estimate_tokens(prompt)
        )
        output_tokens = (
            self.output_tokens if self.output_tokens is not None else estimate_tokens(answer)
        )
        ttft = None if self.first_token_at is None else self.first_token_at - self.started
        rate = None
        if self.first_token_at is not None and self.last_token_at is not None:
            span = self.last_token_at - self.first_token_at
            if span > 0 and output_tokens > 1:
                rate = round((output_tokens - 1) / span, 1)
        return {
            "ttft_ms": None if ttft is None else round(ttft * 1000),
            "duration_ms": round((end - self.started) * 1000),
            "tokens_per_s": rate,
            "input_tokens": input_tokens,
            "output_tokens": output_tokens,
            "tokens_estimated": estimated,
            "cost_usd": estimate_cost(kind, model, input_tokens, output_tokens),
            "attempts": attempts,
        }


def describe_metrics(metrics: dict[str, Any]) -> str:
    """One unobtrusive line: "1.2 s to first token · 48 tokens/s · 512 tokens · $0.0012"."""
    parts: list[str] = []
    ttft = metrics.get("ttft_ms")
    if isinstance(ttft, int | float):
        if ttft >= 1000:
            shown = translate("ChatMetrics", "{value} s").format(value=number(ttft / 1000, 1))
        else:
            shown = translate("ChatMetrics", "{value} ms").format(value=number(round(ttft)))
        parts.append(translate("ChatMetrics", "{time} to first token").format(time=shown))
    rate = metrics.get("tokens_per_s")
    if isinstance(rate, int | float):
        parts.append(translate("ChatMetrics", "{value} tokens/s").format(value=number(round(rate))))
    output = metrics.get("output_tokens")
    if isinstance(output, int):
        tokens = translate("ChatMetrics", "%n token(s)", None, output)
        parts.append(f"≈{tokens}" if metrics.get("tokens_estimated") else tokens)
    cost = metrics.get("cost_usd")
    if isinstance(cost, int | float):
        if cost == 0:
            parts.append(translate("ChatMetrics", "free (local)"))
        else:
            parts.append(translate("ChatMetrics", "≈${value}").format(value=number(cost, 4)))
    return " · ".join(parts)
