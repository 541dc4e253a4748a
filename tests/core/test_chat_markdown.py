"""Block splitting of streaming Markdown, and the metrics shown under an answer."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from core.chat.markdown_blocks import CODE_PART_LINES, MAX_TEXT_CHARS, BlockSplitter, split_blocks
from core.chat.metrics import StreamMeter, describe_metrics, estimate_cost, estimate_tokens

SAMPLE = """# Title

A paragraph
that wraps.

- item one
- item two

- item three, loose
  continued

```python
def f():

    return 1
```
After the code.
1. first
   ```
   nested fence

   inside a list
   ```
2. second

| a | b |
|---|---|
| 1 | 2 |
"""

PIECES = st.sampled_from(
    ["word", " ", "\n", "\n\n", "# H", "- ", "1. ", "```", "```py\n", "~~~", "   ", "|", "x"]
)


def stream(text: str, sizes: list[int]) -> list:  # type: ignore[type-arg]
    splitter = BlockSplitter()
    blocks, i, k = [], 0, 0
    while i < len(text):
        n = sizes[k % len(sizes)] if sizes else len(text)
        blocks += splitter.feed(text[i : i + n])
        i, k = i + n, k + 1
    return blocks + splitter.finish()


def test_blocks_follow_markdown_structure() -> None:
    blocks = split_blocks(SAMPLE)
    kinds = [(b.kind, b.source.strip().splitlines()[0]) for b in blocks if b.source.strip()]
    assert kinds == [
        ("text", "# Title"),
        ("text", "A paragraph"),
        ("text", "- item one"),
        ("code", "```python"),
        ("text", "After the code."),
        ("text", "| a | b |"),
    ]
    code = blocks[3]
    assert code.language == "python" and code.code == "def f():\n\n    return 1\n"
    assert "nested fence\n\n   inside a list" in blocks[4].source, "fences in lists stay put"


@given(st.lists(PIECES, max_size=60), st.lists(st.integers(1, 9), min_size=1, max_size=8))
def test_any_chunking_gives_the_same_contiguous_blocks(pieces: list[str], sizes: list[int]) -> None:
    text = "".join(pieces)
    whole = split_blocks(text)
    assert stream(text, sizes) == whole
    assert "".join(b.source for b in whole) == text
    assert [b.start for b in whole] == [
        sum(len(b.source) for b in whole[:i]) for i in range(len(whole))
    ]


def test_the_open_tail_is_all_that_is_unfinished() -> None:
    splitter = BlockSplitter()
    done = splitter.feed("Intro paragraph.\n\nSecond para")
    assert done == [], "a blank line ends a block only once the next line shows it does"
    done = splitter.feed("graph.\nStill second")
    assert [b.source for b in done] == ["Intro paragraph.\n\n"]
    tail = splitter.open_block()
    assert tail is not None and (tail.kind, tail.source) == (
        "text",
        "Second paragraph.\nStill second",
    )
    splitter.feed(".\n\n```js\nlet a = 1;\nlet b")
    tail = splitter.open_block()
    assert tail is not None and tail.kind == "code" and tail.code == "let a = 1;\nlet b"
    assert tail.language == "js" and not tail.last


def test_long_blocks_are_cut_so_the_open_tail_stays_small() -> None:
    code = "```\n" + "".join(f"line {i}\n" for i in range(CODE_PART_LINES * 3)) + "```\n"
    parts = split_blocks(code)
    assert len(parts) == 3 and parts[0].first and not parts[1].first and parts[-1].last
    assert len({p.code_id for p in parts}) == 1
    assert "".join(p.code for p in parts) == "".join(f"line {i}\n" for i in range(120))
    prose = "".join(f"Sentence {i} goes on a while.\n" for i in range(400))
    splitter = BlockSplitter()
    for line in prose.splitlines(keepends=True):
        splitter.feed(line)
        tail = splitter.open_block()
        assert tail is None or len(tail.source) <= MAX_TEXT_CHARS + 100


def test_token_and_cost_estimates() -> None:
    assert estimate_tokens("") == 0 and estimate_tokens("abcdefgh") == 2
    assert estimate_cost("openai_compatible", "llama3.2", 10_000, 10_000) == 0.0
    assert estimate_cost("openai", "gpt-4o-mini-2024-07-18", 1_000_000, 1_000_000) == 0.75
    assert estimate_cost("anthropic", "claude-sonnet-4-6", 1_000_000, 0) == 3.0
    assert estimate_cost("openai", "some-future-model", 10, 10) is None


def test_meter_reports_ttft_rate_and_marks_estimates() -> None:
    now = [0.0]
    meter = StreamMeter(clock=lambda: now[0])
    meter.first_token_at = 0.5  # the first token after half a second, then one every 0.1 s
    meter.last_token_at = 0.5 + 10 * 0.1
    now[0] = meter.last_token_at
    metrics = meter.metrics(
        kind="openai", model="gpt-4o", prompt="x" * 400, answer="y" * 44, attempts=1
    )
    assert metrics["ttft_ms"] == 500 and metrics["tokens_estimated"] is True
    assert metrics["input_tokens"] == 100 and metrics["output_tokens"] == 11
    assert metrics["tokens_per_s"] == 10.0 and metrics["cost_usd"] > 0
    meter.usage(120, 30)
    assert (
        meter.metrics(kind="openai", model="gpt-4o", prompt="", answer="", attempts=1)[
            "tokens_estimated"
        ]
        is False
    )
    line = describe_metrics(metrics)
    assert line.startswith("500 ms to first token · 10 tokens/s · ≈11 tokens · ≈$")
