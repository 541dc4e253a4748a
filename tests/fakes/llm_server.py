"""A fake LLM server on 127.0.0.1 speaking the real OpenAI and Anthropic streaming wire formats.

The real SDKs talk to it over real HTTP: OpenAI chat completions (``POST /v1/chat/completions``
with ``stream: true``, ``data:`` chunks, ``[DONE]``), the OpenAI model list (``GET /v1/models``)
and Anthropic messages (``POST /v1/messages``, ``event:``/``data:`` pairs). Each request takes the
next queued ``Reply`` (or the default one), which can carry a fault: an HTTP error status with
the provider's error body and headers (401, 404, 429 with Retry-After, 500), a slow first token,
a connection dropped after N tokens, a stream that ends cleanly without a finish, or a malformed
event.

In a test::

    with FakeLLMServer() as server:
        server.enqueue(Reply(text="Hello there", drop_after=1))
        client = AsyncOpenAI(base_url=server.openai_url, api_key="x", max_retries=0)

Or as a process (benchmarks, screenshots, kill tests)::

    python -m tests.fakes.llm_server --tokens 2000 --rate 500   # prints "READY http://..."
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import re
import socket
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
DEFAULT_TEXT = "Hello! This answer comes from the fake server, word by word."


def run_coroutine(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine on a fresh event loop in a thread of its own.

    A GUI test leaves the app's qasync loop registered as running on the main thread, after
    which ``asyncio.run`` there refuses to start; in another thread it always works.
    """
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="test-loop") as pool:
        return pool.submit(asyncio.run, coroutine).result()


def split_tokens(text: str) -> list[str]:
    """Split text into token-like pieces (a word with its leading space); joined they are text."""
    return re.findall(r"\s*\S+|\s+", text)


@dataclass
class Reply:
    """What the server answers to one request, faults included."""

    text: str = DEFAULT_TEXT
    tokens: list[str] | None = None
    status: int = 200
    error_message: str = ""
    error_code: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    first_token_delay: float = 0.0
    token_delay: float = 0.0
    pause_after: int | None = None  # a stall of ``pause_s`` after this many tokens
    pause_s: float = 0.0
    drop_after: int | None = None
    end_after: int | None = None
    malformed_after: int | None = None
    finish_reason: str = "stop"
    usage: tuple[int, int] | None = (12, 0)
    tool_calls: list[tuple[str, str]] = field(default_factory=list)

    def is_plain(self) -> bool:
        """No delay and no fault: the stream can be written as fast as possible."""
        faults = (self.drop_after, self.end_after, self.malformed_after, self.pause_after)
        return not (self.first_token_delay or self.token_delay) and all(f is None for f in faults)

    def chunks(self) -> list[str]:
        return list(self.tokens) if self.tokens is not None else split_tokens(self.text)


@dataclass
class RecordedRequest:
    """A request the server received."""

    method: str
    path: str
    headers: dict[str, str]  # names in lower case
    body: dict[str, Any]


class _Dropped(Exception):
    """The client went away (Stop) or the reply drops the connection on purpose."""


class FakeLLMServer:
    """The server, run in a daemon thread; use as a context manager."""

    def __init__(
        self, *, models: tuple[str, ...] = ("fake-model", "fake-large"), port: int = 0
    ) -> None:
        self.models = list(models)
        self.default = Reply()
        self.requests: list[RecordedRequest] = []
        self.sent: list[tuple[float, str]] = []
        self.disconnected_at: float | None = None
        self.on_request: Callable[[RecordedRequest], None] | None = None
        self._queue: deque[Reply] = deque()
        self._lock = threading.Lock()
        self._httpd = _QuietServer(("127.0.0.1", port), _handler_for(self))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        """Base URL without a path (what the Anthropic SDK takes)."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def openai_url(self) -> str:
        """Base URL with ``/v1`` (what the OpenAI SDK and local-server settings take)."""
        return f"{self.url}/v1"

    def serve(self, root: Any, model: str = "fake-model") -> None:
        """Make this server the data dir's model provider (OpenAI-compatible, no key)."""
        from core.chat.resolution import configure_provider

        configure_provider(
            root.settings, root.secrets, "openai_compatible", model, self.openai_url, ""
        )

    def enqueue(self, *replies: Reply) -> None:
        with self._lock:
            self._queue.extend(replies)

    def next_reply(self) -> Reply:
        with self._lock:
            return self._queue.popleft() if self._queue else self.default

    def sent_text(self) -> str:
        return "".join(token for _, token in self.sent)

    def start(self) -> FakeLLMServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> FakeLLMServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class _QuietServer(ThreadingHTTPServer):
    """Clients that hang up (Stop, a closed SDK client) are normal here, not errors to print."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def _handler_for(server: FakeLLMServer) -> type[BaseHTTPRequestHandler]:
    class Handler(_Handler):
        fake = server

    return Handler


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    fake: FakeLLMServer

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: tests read the recorded requests instead."""

    def do_GET(self) -> None:
        self._record({})
        if self.path.rstrip("/") == "/v1/models":
            data = [
                {"id": m, "object": "model", "created": 0, "owned_by": "fake"}
                for m in self.fake.models
            ]
            self._json(200, {"object": "list", "data": data})
        else:
            self._json(404, {"error": {"message": "not found", "type": "not_found"}})

    def do_POST(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        body = json.loads(self.rfile.read(length) or b"{}")
        self._record(body)
        anthropic = self.path.rstrip("/") == "/v1/messages"
        if not anthropic and self.path.rstrip("/") != "/v1/chat/completions":
            self._json(404, {"error": {"message": f"no route {self.path}", "type": "not_found"}})
            return
        reply = self.fake.next_reply()
        if reply.status != 200:
            self._error(reply, anthropic)
            return
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.send_header("transfer-encoding", "chunked")
        self.send_header("cache-control", "no-cache")
        self.end_headers()
        self.fake.sent.clear()
        frames = _anthropic_events(reply, body) if anthropic else _openai_events(reply, body)
        try:
            self._stream(reply, frames, anthropic)
        except (_Dropped, OSError):
            self.fake.disconnected_at = time.monotonic()
            self.close_connection = True
            _hard_close(self.connection)

    def _record(self, body: dict[str, Any]) -> None:
        headers = {name.lower(): value for name, value in self.headers.items()}
        request = RecordedRequest(self.command, self.path, headers, body)
        self.fake.requests.append(request)
        if self.fake.on_request is not None:
            self.fake.on_request(request)

    def _stream(
        self, reply: Reply, frames: Iterator[tuple[str, str | None]], anthropic: bool
    ) -> None:
        """Write the frames; a frame that carries a token (second item) gets delays and faults."""
        if reply.is_plain():
            self._stream_at_once(frames)
            return
        count = 0
        for frame, token in frames:
            if token is not None:
                delay = reply.first_token_delay if count == 0 else reply.token_delay
                if reply.pause_after is not None and count == reply.pause_after:
                    delay += reply.pause_s
                if delay:
                    time.sleep(delay)
                if reply.drop_after is not None and count >= reply.drop_after:
                    raise _Dropped
                if reply.end_after is not None and count >= reply.end_after:
                    break
                if reply.malformed_after is not None and count >= reply.malformed_after:
                    event = b"event: content_block_delta\n" if anthropic else b""
                    self._chunk(event + b'data: {"choices": [{"delta": {"content": "oops"\n\n')
                    break
                count += 1
            self._chunk(frame.encode("utf-8"))
            if token is not None:
                self.fake.sent.append((time.monotonic(), token))
        self._chunk(b"")

    def _stream_at_once(self, frames: Iterator[tuple[str, str | None]]) -> None:
        """No delays, no faults: write in large pieces, so that a benchmark measures the client
        reading the stream, not this server writing it."""
        buffer = bytearray()
        for frame, token in frames:
            buffer += frame.encode("utf-8")
            if token is not None:
                self.fake.sent.append((time.monotonic(), token))
            if len(buffer) >= 65536:
                self._chunk(bytes(buffer))
                buffer.clear()
        self._chunk(bytes(buffer))
        self._chunk(b"")

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):x}\r\n".encode("ascii") + data + b"\r\n")
        self.wfile.flush()

    def _json(
        self, status: int, payload: dict[str, Any], headers: dict[str, str] | None = None
    ) -> None:
        data = json.dumps(payload).encode("utf-8")
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def _error(self, reply: Reply, anthropic: bool) -> None:
        message = reply.error_message or f"fake error {reply.status}"
        if anthropic:
            kind = {
                400: "invalid_request_error",
                401: "authentication_error",
                404: "not_found_error",
                429: "rate_limit_error",
                529: "overloaded_error",
            }.get(reply.status, "api_error")
            payload: dict[str, Any] = {"type": "error", "error": {"type": kind, "message": message}}
        else:
            payload = {
                "error": {
                    "message": message,
                    "type": "invalid_request_error",
                    "param": None,
                    "code": reply.error_code or None,
                }
            }
        self._json(reply.status, payload, reply.headers)


def _hard_close(connection: socket.socket) -> None:
    """Close without finishing the chunked body, as a dropped connection looks to the client."""
    with contextlib.suppress(OSError):
        connection.shutdown(socket.SHUT_RDWR)
    connection.close()


def _openai_events(reply: Reply, request: dict[str, Any]) -> Iterator[tuple[str, str | None]]:
    model = request.get("model", "fake-model")

    def frame(choices: list[dict[str, Any]], **extra: Any) -> str:
        chunk = {
            "id": "chatcmpl-fake",
            "object": "chat.completion.chunk",
            "created": 0,
            "model": model,
            "choices": choices,
            **extra,
        }
        return f"data: {json.dumps(chunk)}\n\n"

    yield (
        frame([{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}]),
        None,
    )
    tokens = reply.chunks()
    for token in tokens:
        delta = [{"index": 0, "delta": {"content": token}, "finish_reason": None}]
        yield frame(delta), token
    for i, (name, arguments) in enumerate(reply.tool_calls):
        start = {
            "index": i,
            "id": f"call_{i}",
            "type": "function",
            "function": {"name": name, "arguments": ""},
        }
        yield frame([{"index": 0, "delta": {"tool_calls": [start]}, "finish_reason": None}]), None
        for piece in (arguments[: len(arguments) // 2], arguments[len(arguments) // 2 :]):
            more = {"index": i, "function": {"arguments": piece}}
            yield (
                frame([{"index": 0, "delta": {"tool_calls": [more]}, "finish_reason": None}]),
                None,
            )
    finish = "tool_calls" if reply.tool_calls else reply.finish_reason
    yield frame([{"index": 0, "delta": {}, "finish_reason": finish}]), None
    if reply.usage is not None and (request.get("stream_options") or {}).get("include_usage"):
        prompt, completion = reply.usage
        usage = {
            "prompt_tokens": prompt,
            "completion_tokens": completion or len(tokens),
            "total_tokens": prompt + (completion or len(tokens)),
        }
        yield frame([], usage=usage), None
    yield "data: [DONE]\n\n", None


def _anthropic_events(reply: Reply, request: dict[str, Any]) -> Iterator[tuple[str, str | None]]:
    model = request.get("model", "fake-model")

    def event(name: str, data: dict[str, Any]) -> str:
        return f"event: {name}\ndata: {json.dumps({'type': name, **data})}\n\n"

    prompt, completion = reply.usage or (0, 0)
    message = {
        "id": "msg_fake",
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": [],
        "stop_reason": None,
        "stop_sequence": None,
        "usage": {"input_tokens": prompt, "output_tokens": 1},
    }
    yield event("message_start", {"message": message}), None
    yield (
        event("content_block_start", {"index": 0, "content_block": {"type": "text", "text": ""}}),
        None,
    )
    yield event("ping", {}), None
    tokens = reply.chunks()
    for token in tokens:
        delta = {"index": 0, "delta": {"type": "text_delta", "text": token}}
        yield event("content_block_delta", delta), token
    yield event("content_block_stop", {"index": 0}), None
    for i, (name, arguments) in enumerate(reply.tool_calls, start=1):
        block = {"type": "tool_use", "id": f"toolu_{i}", "name": name, "input": {}}
        yield event("content_block_start", {"index": i, "content_block": block}), None
        for piece in (arguments[: len(arguments) // 2], arguments[len(arguments) // 2 :]):
            delta = {"index": i, "delta": {"type": "input_json_delta", "partial_json": piece}}
            yield event("content_block_delta", delta), None
        yield event("content_block_stop", {"index": i}), None
    stop = (
        "tool_use"
        if reply.tool_calls
        else {"stop": "end_turn", "length": "max_tokens"}.get(
            reply.finish_reason, reply.finish_reason
        )
    )
    usage = {"output_tokens": completion or len(tokens)}
    yield (
        event(
            "message_delta", {"delta": {"stop_reason": stop, "stop_sequence": None}, "usage": usage}
        ),
        None,
    )
    yield event("message_stop", {}), None


def main(argv: list[str] | None = None) -> int:
    """Serve one scripted stream for every request until killed; prints ``READY <url>``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--port", type=int, default=0, help="listen here (0: any free port)")
    parser.add_argument("--text-file", help="answer with the text of this file")
    parser.add_argument("--tokens", type=int, default=0, help="answer with N generated tokens")
    parser.add_argument("--text", default="", help="answer with this text")
    parser.add_argument("--rate", type=float, default=0.0, help="tokens per second (0: fast)")
    parser.add_argument("--first-token-delay", type=float, default=0.0)
    parser.add_argument("--drop-after", type=int, default=None)
    parser.add_argument("--status", type=int, default=200)
    parser.add_argument("--error-message", default="")
    args = parser.parse_args(argv)
    text = args.text or DEFAULT_TEXT
    if args.text_file:
        text = Path(args.text_file).read_text(encoding="utf-8")
    tokens = generated_tokens(args.tokens) if args.tokens else None
    server = FakeLLMServer(port=args.port)
    server.default = Reply(
        text=text,
        tokens=tokens,
        token_delay=1 / args.rate if args.rate else 0.0,
        first_token_delay=args.first_token_delay,
        drop_after=args.drop_after,
        status=args.status,
        error_message=args.error_message,
    )
    server.start()
    print(f"READY {server.url}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()
    return 0


def generated_tokens(count: int) -> list[str]:
    """``count`` tokens of varied Markdown (paragraphs, a list, code) for long streams."""
    words = [
        "the",
        "answer",
        "streams",
        "in",
        "smoothly",
        "and",
        "nothing",
        "that",
        "arrived",
        "is",
        "lost",
    ]
    tokens: list[str] = []
    while len(tokens) < count:
        section = len(tokens) // 120
        tokens.append(f"\n\n## Part {section + 1}\n\n")
        for i in range(60):
            tokens.append(("" if i == 0 else " ") + words[(i + section) % len(words)])
        tokens.append(".\n\n- first point\n- second point with **bold** text\n\n")
        tokens.append("```python\n")
        for i in range(12):
            tokens.append(f"value_{i} = compute({i})\n")
        tokens.append("```\n\n")
        for i in range(40):
            tokens.append(("" if i == 0 else " ") + words[(i * 3 + section) % len(words)])
    return tokens[:count]


if __name__ == "__main__":
    sys.exit(main())
