"""Providers through the real SDKs against a real local server speaking each wire format."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import pytest

from core.chat.errors import (
    ContextTooLong,
    EndpointNotFound,
    MalformedResponse,
    ModelNotFound,
    ProviderAuthError,
    ProviderError,
    ProviderServerError,
    ProviderUnreachable,
    QuotaExceeded,
    RateLimited,
    StreamInterrupted,
    retry_after_seconds,
)
from core.chat.events import (
    Finished,
    ProviderEvent,
    StreamFailed,
    TextDelta,
    ToolCallDelta,
    UsageReport,
)
from core.chat.local_servers import ModelListError, detect_local_servers, list_models
from core.chat.providers import ChatMessage, ChatRequest, ProviderConfig, make_provider
from tests.fakes.llm_server import FakeLLMServer, Reply, run_coroutine

KEY = "sk-test-7f3a9c1e5b"
KINDS = ("openai", "anthropic")


@pytest.fixture
def server() -> Iterator[FakeLLMServer]:
    with FakeLLMServer() as running:
        yield running


def config_for(server: FakeLLMServer, kind: str, **options: object) -> ProviderConfig:
    base = server.url if kind == "anthropic" else server.openai_url
    return ProviderConfig(kind, "fake-model", base_url=base, api_key=KEY, **options)  # type: ignore[arg-type]


def collect(config: ProviderConfig, text: str = "Hi") -> list[ProviderEvent]:
    async def run() -> list[ProviderEvent]:
        provider = make_provider(config)
        try:
            request = ChatRequest((ChatMessage("user", text),), system="Be brief.")
            return [event async for event in provider.stream(request)]
        finally:
            await provider.aclose()

    return run_coroutine(run())


def text_of(events: list[ProviderEvent]) -> str:
    return "".join(e.text for e in events if isinstance(e, TextDelta))


def failure(events: list[ProviderEvent]) -> ProviderError:
    last = events[-1]
    assert isinstance(last, StreamFailed), events
    return last.error


@pytest.mark.parametrize("kind", KINDS)
def test_text_usage_and_finish_arrive_as_typed_events(server: FakeLLMServer, kind: str) -> None:
    server.enqueue(Reply(text="Hello there, **world**."))
    events = collect(config_for(server, kind))
    assert text_of(events) == "Hello there, **world**."
    assert isinstance(events[-1], Finished) and events[-1].reason == "stop"
    usage = [e for e in events if isinstance(e, UsageReport)]
    assert usage and usage[-1].input_tokens == 12 and usage[-1].output_tokens == 3
    body = server.requests[-1].body
    assert body["stream"] is True
    if kind == "openai":
        assert body["messages"][0] == {"role": "system", "content": "Be brief."}
    else:
        assert body["system"] == "Be brief." and body["max_tokens"] > 0
    assert server.requests[-1].headers["authorization"] == f"Bearer {KEY}"


@pytest.mark.parametrize("kind", KINDS)
def test_tool_call_deltas_carry_name_then_argument_pieces(server: FakeLLMServer, kind: str) -> None:
    server.enqueue(Reply(text="Checking.", tool_calls=[("get_time", '{"tz": "UTC"}')]))
    events = collect(config_for(server, kind))
    calls = [e for e in events if isinstance(e, ToolCallDelta)]
    assert calls[0].name == "get_time" and calls[0].call_id
    assert "".join(c.arguments for c in calls) == '{"tz": "UTC"}'
    assert isinstance(events[-1], Finished) and events[-1].reason == "tool_calls"


@pytest.mark.parametrize("kind", KINDS)
def test_dropped_connection_keeps_the_text_before_it_and_fails(
    server: FakeLLMServer, kind: str
) -> None:
    server.enqueue(Reply(text="one two three four five", drop_after=2))
    events = collect(config_for(server, kind))
    assert text_of(events) == "one two"
    assert isinstance(failure(events), ProviderUnreachable)


@pytest.mark.parametrize("kind", KINDS)
def test_stream_that_ends_without_a_finish_is_interrupted(server: FakeLLMServer, kind: str) -> None:
    server.enqueue(Reply(text="one two three four", end_after=3))
    events = collect(config_for(server, kind))
    assert text_of(events) == "one two three"
    assert isinstance(failure(events), StreamInterrupted)


@pytest.mark.parametrize("kind", KINDS)
def test_malformed_event_is_reported_as_malformed(server: FakeLLMServer, kind: str) -> None:
    server.enqueue(Reply(text="one two three", malformed_after=1))
    events = collect(config_for(server, kind))
    assert text_of(events) == "one"
    assert isinstance(failure(events), MalformedResponse)


QUOTA = Reply(status=429, error_code="insufficient_quota", error_message="quota")
NO_MODEL = Reply(status=404, error_message="no such model", error_code="model_not_found")
TOO_LONG = Reply(
    status=400, error_message="prompt is too long", error_code="context_length_exceeded"
)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("reply", "expected", "words"),
    [
        (Reply(status=401, error_message="Incorrect API key provided"), ProviderAuthError, "key"),
        (Reply(status=429, headers={"retry-after": "2"}), RateLimited, "2 seconds"),
        (QUOTA, QuotaExceeded, "credit"),
        (NO_MODEL, ModelNotFound, "fake-model"),
        (TOO_LONG, ContextTooLong, "new conversation"),
        (Reply(status=500), ProviderServerError, "temporary"),
        (Reply(status=529), ProviderServerError, "temporary"),
    ],
)
def test_http_errors_become_errors_a_person_can_act_on(
    server: FakeLLMServer, kind: str, reply: Reply, expected: type, words: str
) -> None:
    server.enqueue(reply)
    error = failure(collect(config_for(server, kind)))
    assert isinstance(error, expected), error
    assert words in str(error)
    assert "Traceback" not in str(error)


def test_rate_limit_carries_the_retry_after_the_server_asked_for(server: FakeLLMServer) -> None:
    server.enqueue(Reply(status=429, headers={"retry-after": "2"}))
    error = failure(collect(config_for(server, "openai")))
    assert isinstance(error, RateLimited) and error.retryable and error.retry_after == 2.0
    assert retry_after_seconds({"retry-after-ms": "1500"}) == 1.5
    assert retry_after_seconds({"Retry-After": "Wed, 21 Oct 2099 07:28:00 GMT"}, now=0) > 1e9
    assert retry_after_seconds({"retry-after": "soon"}) is None


def test_a_wrong_address_says_to_check_the_server_address(server: FakeLLMServer) -> None:
    config = ProviderConfig("openai_compatible", "m", base_url=server.url + "/nope", api_key="")
    error = failure(collect(config))
    assert isinstance(error, EndpointNotFound) and "/v1" in str(error)


@pytest.mark.parametrize("kind", (*KINDS, "openai_compatible"))
def test_nothing_listening_is_a_network_error_that_can_be_retried(kind: str) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    base = f"http://127.0.0.1:{port}" + ("" if kind == "anthropic" else "/v1")
    error = failure(collect(ProviderConfig(kind, "m", base_url=base, api_key=KEY)))
    assert isinstance(error, ProviderUnreachable) and error.retryable
    if kind == "openai_compatible":
        assert f"127.0.0.1:{port}" in str(error) and "server is running" in str(error)


@pytest.mark.parametrize("kind", KINDS)
def test_the_api_key_never_appears_in_an_error(server: FakeLLMServer, kind: str) -> None:
    echo = f"Incorrect API key provided: {KEY}. You can find your key at example.org."
    server.enqueue(Reply(status=401, error_message=echo), Reply(status=400, error_message=echo))
    for _ in range(2):
        error = failure(collect(config_for(server, kind)))
        assert KEY not in str(error) and KEY not in error.detail and KEY not in repr(error)
    assert KEY not in repr(config_for(server, kind))


def test_a_slow_first_token_past_the_timeout_is_a_timeout(server: FakeLLMServer) -> None:
    server.enqueue(Reply(text="late", first_token_delay=1.0))
    started = time.monotonic()
    error = failure(collect(config_for(server, "openai", timeout_s=0.3)))
    assert isinstance(error, ProviderUnreachable) and "took too long" in str(error)
    assert time.monotonic() - started < 0.9


def test_model_list_is_read_from_v1_models(server: FakeLLMServer) -> None:
    assert list_models(server.openai_url) == ["fake-large", "fake-model"]
    assert server.requests[-1].path == "/v1/models"
    with pytest.raises(ModelListError, match="answered 404"):
        list_models(server.url + "/elsewhere")


def test_detection_probes_only_loopback_presets(server: FakeLLMServer) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    presets = (
        ("Fake server", server.openai_url),
        ("Nothing here", f"http://127.0.0.1:{closed}/v1"),
        ("Not this machine", "http://192.0.2.1:11434/v1"),  # TEST-NET: would hang if probed
    )
    started = time.monotonic()
    found = detect_local_servers(presets, timeout_s=2.0)
    assert time.monotonic() - started < 1.0
    assert [(s.name, s.base_url, s.models) for s in found] == [
        ("Fake server", server.openai_url, ("fake-large", "fake-model"))
    ]
