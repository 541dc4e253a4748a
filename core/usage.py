"""What this device spent on models: tokens and cost per provider and model per day.

Read from the answers' stored metrics (``core.chat.metrics``: token counts from the provider's
usage report, or estimates; a list-price cost, 0 for local servers, none for unknown models).
An answer is this device's when the clock of its ``metrics`` field was issued here: the device
that streamed an answer is the one that wrote its metrics. Answers that came by sync from the
user's other devices count only in the "all devices" scope. Trashed conversations still count
(the tokens were spent); purged ones are gone. Days are local calendar days.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, Literal

from sqlalchemy import func, select

from core.db.models import Message
from core.db.session import Database
from core.i18n import QT_TRANSLATE_NOOP, translate

Scope = Literal["device", "all"]
PROVIDER_LABELS = {
    "openai": "OpenAI",
    "anthropic": "Anthropic",  # i18n: as is (a product name)
    "openai_compatible": QT_TRANSLATE_NOOP("Usage", "Local server"),
}


def provider_label(kind: str) -> str:
    """A provider's name for people (``openai_compatible``: "Local server")."""
    label = PROVIDER_LABELS.get(kind)
    if label is not None:
        return translate("Usage", label)
    return kind or translate("Usage", "Unknown")


@dataclass(frozen=True)
class UsageRow:
    """One provider and model on one day."""

    day: date
    provider: str
    model: str
    answers: int
    input_tokens: int
    output_tokens: int
    cost_usd: float  # of the priced answers only
    unpriced: int  # answers of a model with no known price
    estimated: int  # answers whose token counts are estimates (no usage report)

    @property
    def tokens(self) -> int:
        return self.input_tokens + self.output_tokens

    def to_json(self) -> dict[str, Any]:
        return {
            "day": self.day.isoformat(),
            "provider": self.provider,
            "model": self.model,
            "answers": self.answers,
            "input_tokens": self.input_tokens,
            "output_tokens": self.output_tokens,
            "cost_usd": round(self.cost_usd, 6),
            "unpriced": self.unpriced,
            "estimated": self.estimated,
        }


@dataclass(frozen=True)
class UsageTotals:
    answers: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float = 0.0
    unpriced: int = 0
    estimated: int = 0

    @property
    def tokens(self) -> int:
        return self.input_tokens + self.output_tokens


@dataclass(frozen=True)
class UsageSummary:
    """Usage over ``first``..``last`` (inclusive), newest day first."""

    first: date
    last: date
    scope: Scope
    rows: list[UsageRow] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.rows

    def days(self) -> list[date]:
        """Every day of the period, oldest first (days without answers included)."""
        count = (self.last - self.first).days + 1
        return [self.first + timedelta(days=i) for i in range(count)]

    def models(self) -> list[tuple[str, str]]:
        """(provider, model) pairs, most tokens first."""
        tokens: dict[tuple[str, str], int] = defaultdict(int)
        for row in self.rows:
            tokens[(row.provider, row.model)] += row.tokens
        return sorted(tokens, key=lambda key: (-tokens[key], key))

    def tokens_per_day(self, provider: str, model: str) -> list[int]:
        """Tokens of one model on each of ``days()``."""
        by_day = {r.day: r.tokens for r in self.rows if (r.provider, r.model) == (provider, model)}
        return [by_day.get(day, 0) for day in self.days()]

    def cost_per_day(self) -> list[float]:
        by_day: dict[date, float] = defaultdict(float)
        for row in self.rows:
            by_day[row.day] += row.cost_usd
        return [round(by_day.get(day, 0.0), 6) for day in self.days()]

    def totals(self) -> UsageTotals:
        return UsageTotals(
            answers=sum(r.answers for r in self.rows),
            input_tokens=sum(r.input_tokens for r in self.rows),
            output_tokens=sum(r.output_tokens for r in self.rows),
            cost_usd=round(sum(r.cost_usd for r in self.rows), 6),
            unpriced=sum(r.unpriced for r in self.rows),
            estimated=sum(r.estimated for r in self.rows),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "first": self.first.isoformat(),
            "last": self.last.isoformat(),
            "scope": self.scope,
            "rows": [r.to_json() for r in self.rows],
        }


def period(days: int, scope: str, today: date) -> tuple[date, date]:
    """The first and last day of the last ``days`` days up to ``today`` (``scope`` checked too)."""
    if days < 1:
        raise ValueError("The period must be at least one day.")
    if scope not in ("device", "all"):
        raise ValueError(f"Unknown usage scope {scope!r}: use 'device' or 'all'.")
    return today - timedelta(days=days - 1), today


def start_ms(day: date) -> int:
    """Local midnight at the start of ``day``, in epoch milliseconds (as the database stores)."""
    return int(datetime.combine(day, time.min).timestamp() * 1000)


class UsageLedger:
    """Reads usage from app.db (blocking: call it from a worker thread)."""

    def __init__(
        self, database: Database, device_id: str, today: Callable[[], date] = date.today
    ) -> None:
        self._db = database
        self._device_id = device_id
        self._today = today

    def summary(self, days: int = 30, scope: Scope = "device") -> UsageSummary:
        """The last ``days`` days up to today, for this device or for all the user's devices."""
        first, last = period(days, scope, self._today())
        since_ms = start_ms(first)
        rows = _aggregate(self._answers(since_ms, scope))
        return UsageSummary(first, last, scope, [r for r in rows if first <= r.day <= last])

    def _answers(self, since_ms: int, scope: Scope) -> list[tuple[Any, ...]]:
        metric = Message.metrics
        query = select(
            Message.created_at_ms,
            Message.provider,
            Message.model,
            func.json_extract(metric, "$.input_tokens"),
            func.json_extract(metric, "$.output_tokens"),
            func.json_extract(metric, "$.cost_usd"),
            func.json_extract(metric, "$.tokens_estimated"),
        ).where(
            Message.role == "assistant",
            Message.created_at_ms >= since_ms,
            func.json_extract(metric, "$.output_tokens").is_not(None),
        )
        if scope == "device":
            clock = func.json_extract(Message.field_clocks, "$.metrics")
            query = query.where(clock.like(f"%.{self._device_id}"))
        with self._db.read() as session:
            return [tuple(row) for row in session.execute(query)]


def _aggregate(answers: Iterable[tuple[Any, ...]]) -> list[UsageRow]:
    sums: dict[tuple[date, str, str], list[float]] = {}
    for created_ms, provider, model, tokens_in, tokens_out, cost, estimated in answers:
        day = datetime.fromtimestamp(created_ms / 1000).date()
        key = (day, provider or "", model or "")
        entry = sums.setdefault(key, [0, 0, 0, 0.0, 0, 0])
        entry[0] += 1
        entry[1] += int(tokens_in or 0)
        entry[2] += int(tokens_out or 0)
        if cost is None:
            entry[4] += 1
        else:
            entry[3] += float(cost)
        entry[5] += 1 if estimated else 0
    rows = [
        UsageRow(
            day,
            provider,
            model,
            answers=int(s[0]),
            input_tokens=int(s[1]),
            output_tokens=int(s[2]),
            cost_usd=round(s[3], 6),
            unpriced=int(s[4]),
            estimated=int(s[5]),
        )
        for (day, provider, model), s in sums.items()
    ]
    rows.sort(key=lambda r: (-r.day.toordinal(), -r.tokens, r.provider, r.model))
    return rows
