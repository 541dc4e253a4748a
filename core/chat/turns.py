"""The pieces of a turn: how retries wait, what a prepared turn holds, how it ended."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from core.chat.errors import ProviderError, RateLimited
from core.chat.events import TextDelta, ToolCallDelta
from core.chat.providers import ChatProvider, ChatRequest, ProviderConfig
from core.chat.records import AssistantRecord, ConversationRecord, MessageRecord
from core.sources import SourcePassage


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to wait before trying again, before the first token only."""

    attempts: int = 3
    base_delay_s: float = 1.0
    max_delay_s: float = 30.0  # a longer Retry-After is reported instead of waited for

    def delay(self, failed_attempts: int, error: ProviderError) -> float | None:
        """Seconds to wait before the next attempt, or None not to try again."""
        if not error.retryable or failed_attempts >= self.attempts:
            return None
        if isinstance(error, RateLimited) and error.retry_after is not None:
            asked = error.retry_after
            return asked if asked <= self.max_delay_s else None
        backoff: float = self.base_delay_s * 2.0 ** (failed_attempts - 1)
        return min(backoff * random.uniform(0.8, 1.2), self.max_delay_s)


@dataclass(frozen=True)
class Retrying:
    """The request failed before any text; attempt ``attempt`` starts after ``delay_s``."""

    attempt: int
    delay_s: float
    error: ProviderError


TurnEvent = TextDelta | ToolCallDelta | Retrying


@dataclass
class Turn:
    """A prepared turn: the question is saved, the answer exists in the ``streaming`` state."""

    conversation: ConversationRecord
    question: MessageRecord
    answer_id: str
    request: ChatRequest
    config: ProviderConfig | None
    provider: ChatProvider | None = None
    prefix: str = ""
    passages: list[SourcePassage] = field(default_factory=list)
    setup_error: ProviderError | None = None
    # The assistant that answers when it is not the conversation's own (a round, an @mention).
    assistant: AssistantRecord | None = None


@dataclass(frozen=True)
class TurnResult:
    """How a turn ended: the saved answer, and the error if it did not complete."""

    answer: MessageRecord
    error: ProviderError | None

    @property
    def state(self) -> str:
        return self.answer.state
