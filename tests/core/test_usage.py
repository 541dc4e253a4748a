"""This device's usage: real answers from the fake model server, real SQLite, real sync apply."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from core.chat.records import MessageState
from core.chat.resolution import ProviderChoice
from core.db.models import Message, OutboxEntry
from core.paths import AppPaths
from core.replication import ChangeApplier, RemoteChange
from core.root import Root, open_root
from core.usage import UsageLedger, provider_label
from tests.fakes.llm_server import FakeLLMServer, Reply, run_coroutine


@pytest.fixture
def server() -> Iterator[FakeLLMServer]:
    with FakeLLMServer() as running:
        yield running


def answer(root: Root, question: str, choice: ProviderChoice | None = None) -> Message:
    """Ask through the real chat service and return the saved answer's row."""
    chat = root.chat

    async def go() -> str:
        try:
            result = await chat.run(chat.ask(question, choice=choice), None)
            assert result.state == MessageState.COMPLETE
            return result.answer.id
        finally:
            await chat.aclose()

    answer_id = run_coroutine(go())
    with root.database.read() as session:
        row = session.get(Message, answer_id)
        assert row is not None
        session.expunge(row)
        return row


def test_tokens_and_cost_per_provider_and_model_today(
    services: Root, server: FakeLLMServer
) -> None:
    server.serve(services)
    services.secrets.set("anthropic_api_key", "sk-ant-test-0123456789")
    server.enqueue(Reply(text="one two three", usage=(100, 7)), Reply(text="four", usage=(50, 3)))
    local = [answer(services, "Local one"), answer(services, "Local two")]
    server.enqueue(Reply(text="From Anthropic.", usage=(1000, 500)))
    claude = answer(services, "Hi", ProviderChoice("anthropic", "claude-sonnet-4-6", server.url))
    summary = services.usage.summary(days=7)
    assert summary.last == date.today() and len(summary.days()) == 7
    rows = {(r.provider, r.model): r for r in summary.rows}
    assert set(rows) == {("openai_compatible", "fake-model"), ("anthropic", "claude-sonnet-4-6")}
    fake = rows[("openai_compatible", "fake-model")]
    assert fake.day == date.today() and fake.answers == 2
    assert fake.input_tokens == sum(m.metrics["input_tokens"] for m in local) == 150
    assert fake.output_tokens == sum(m.metrics["output_tokens"] for m in local)
    assert fake.cost_usd == 0.0 and fake.unpriced == 0
    sonnet = rows[("anthropic", "claude-sonnet-4-6")]
    assert (sonnet.input_tokens, sonnet.output_tokens) == (1000, 500)
    # $3 in and $15 out per million tokens: 0.003 + 0.0075.
    assert sonnet.cost_usd == pytest.approx(0.0105) == claude.metrics["cost_usd"]
    totals = summary.totals()
    assert totals.answers == 3 and totals.cost_usd == pytest.approx(0.0105)
    assert summary.models()[0] == ("anthropic", "claude-sonnet-4-6"), "most tokens first"
    assert summary.tokens_per_day("anthropic", "claude-sonnet-4-6") == [0] * 6 + [1500]
    assert summary.cost_per_day()[-1] == pytest.approx(0.0105)
    assert provider_label("openai_compatible") == "Local server"


def test_an_unknown_cloud_model_counts_tokens_but_says_it_has_no_price(
    services: Root, server: FakeLLMServer
) -> None:
    services.secrets.set("openai_api_key", "sk-test-0123456789")
    server.enqueue(Reply(text="Priced nowhere.", usage=(40, 4)))
    answer(services, "Hi", ProviderChoice("openai", "house-model-9", server.openai_url))
    row = services.usage.summary(days=1).rows[0]
    assert row.provider == "openai" and row.model == "house-model-9" and row.tokens == 44
    assert row.unpriced == 1 and row.cost_usd == 0.0


def test_days_outside_the_period_are_left_out_and_days_are_local_calendar_days(
    services: Root, server: FakeLLMServer
) -> None:
    server.serve(services)
    server.enqueue(Reply(text="Yesterday's answer", usage=(10, 3)))
    answer(services, "Question")
    tomorrow = date.today() + timedelta(days=1)
    seen_tomorrow = UsageLedger(services.database, services.device_id, today=lambda: tomorrow)
    two_days = seen_tomorrow.summary(days=2)
    assert [r.day for r in two_days.rows] == [date.today()]
    assert two_days.tokens_per_day("openai_compatible", "fake-model") == [13, 0]
    assert seen_tomorrow.summary(days=1).empty, "today's answer is not in tomorrow's one day"
    with pytest.raises(ValueError, match="at least one day"):
        services.usage.summary(days=0)


def test_answers_synced_from_another_device_count_only_for_all_devices(
    services: Root, server: FakeLLMServer, tmp_path: Path
) -> None:
    server.serve(services)
    server.enqueue(Reply(text="Mine", usage=(20, 1)))
    answer(services, "Here")
    other_paths = AppPaths(data_dir=tmp_path / "laptop", config_dir=tmp_path / "laptop" / "cfg")
    with closing(open_root(other_paths)) as laptop:
        server.serve(laptop)
        server.enqueue(Reply(text="From the laptop", usage=(300, 30)))
        answer(laptop, "There")
        with laptop.database.read() as session:
            entries = session.scalars(
                select(OutboxEntry).where(OutboxEntry.entity.in_(["conversation", "message"]))
            ).all()
            changes = [
                RemoteChange(
                    e.entity,
                    e.entity_id,
                    e.op,
                    {**e.fields, "workspace_id": services.workspace_id},
                    e.clocks,
                )
                for e in entries
            ]
    with services.database.write() as session:
        ChangeApplier(services.recorder).apply(session, services.workspace_id, changes)
    mine = services.usage.summary(days=1, scope="device").totals()
    everywhere = services.usage.summary(days=1, scope="all").totals()
    assert (mine.answers, mine.tokens) == (1, 21)
    assert (everywhere.answers, everywhere.tokens) == (2, 351)
