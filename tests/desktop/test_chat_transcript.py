"""The transcript renders a streaming answer incrementally: each block once, the tail per frame."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

import desktop.chat.transcript as transcript_module
from core.chat.markdown_blocks import CODE_PART_LINES, MAX_TEXT_CHARS
from core.chat.records import MessageRecord
from desktop.chat.transcript import ChatTranscript
from tests.fakes.llm_server import generated_tokens


def answer(text: str, state: str = "complete") -> MessageRecord:
    metrics = {"ttft_ms": 120, "tokens_per_s": 50.0, "output_tokens": 10}
    return MessageRecord("a", "c", "q", "assistant", text, state, None, "m", None, metrics, [], 0)


def plain(view: ChatTranscript) -> str:
    return view.toPlainText().replace("\u200b", "")


@pytest.fixture
def view(qtbot: QtBot) -> ChatTranscript:
    widget = ChatTranscript()
    widget.resize(700, 500)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_each_finished_block_is_rendered_once_and_only_the_tail_again(
    view: ChatTranscript, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[int, str, int, bool]] = []
    real = transcript_module.insert_block

    def counting(cursor: Any, block: Any, *args: Any, caret: bool = False, **kw: Any) -> None:
        calls.append((block.start, block.kind, len(block.source), caret))
        real(cursor, block, *args, caret=caret, **kw)

    monkeypatch.setattr(transcript_module, "insert_block", counting)
    view.begin_answer("m")
    tokens = generated_tokens(1500)
    for token in tokens:
        view.append_answer(token)
        view.flush()  # the worst case: a frame per token
    frozen = [start for start, _kind, _size, caret in calls if not caret]
    assert len(frozen) == len(set(frozen)), "a finished block was rendered twice"
    assert len(frozen) > 50
    tails = [(size, kind) for _start, kind, size, caret in calls if caret]
    assert len(tails) >= 0.9 * len(tokens), "the open tail is re-rendered per frame"
    longest_code = max(len(f"value_{i} = compute({i})\n") for i in range(12)) * CODE_PART_LINES
    assert max(size for size, _ in tails) <= max(MAX_TEXT_CHARS, longest_code) + 200


def test_repaints_are_limited_to_one_per_frame(qtbot: QtBot, view: ChatTranscript) -> None:
    view.begin_answer("m")
    rendered = view.renders
    for token in generated_tokens(300):
        view.append_answer(token)
    assert view.renders == rendered, "nothing is rendered until the frame timer fires"
    qtbot.waitUntil(lambda: view.renders > rendered, timeout=1000)
    assert view.renders - rendered <= 2


def test_streamed_rendering_matches_rendering_the_finished_answer(
    qtbot: QtBot, view: ChatTranscript
) -> None:
    text = "".join(generated_tokens(700))
    view.begin_answer("m")
    for i in range(0, len(text), 7):
        view.append_answer(text[i : i + 7])
        if i % 70 == 0:
            view.flush()
    view.finish_answer(answer(text, "interrupted"))
    fresh = ChatTranscript()
    qtbot.addWidget(fresh)
    fresh.add_answer(answer(text, "interrupted"))
    assert plain(view) == plain(fresh)
    assert "Interrupted" in plain(view) and "120 ms to first token" in plain(view)
    assert "▍" not in plain(view), "the streaming caret goes when the answer ends"


def test_a_fast_stream_ends_up_exactly_as_the_finished_answer_renders(
    qtbot: QtBot, view: ChatTranscript
) -> None:
    text = "".join(generated_tokens(700))
    view.begin_answer("m")
    for i in range(0, len(text), 7):
        view.append_answer(text[i : i + 7])
        if i % 700 == 0:  # ~100 tokens a frame: code waits to be highlighted until the end
            view.flush()
    view.finish_answer(answer(text))
    assert view._highlight_pending(), "a fast stream leaves its code plain at first"
    qtbot.waitUntil(lambda: not view._highlight_pending(), timeout=2000)
    fresh = ChatTranscript()
    qtbot.addWidget(fresh)
    fresh.add_answer(answer(text))
    assert view.toHtml().replace("\u200b", "") == fresh.toHtml().replace("\u200b", "")


def test_truncating_drops_only_the_last_messages(view: ChatTranscript) -> None:
    view.add_question("First?")
    view.add_answer(answer("- one\n- two\n"))
    view.add_question("Second?")
    view.add_answer(answer("Gone soon."))
    view.truncate(3)
    text = plain(view)
    assert "Second?" in text and "Gone soon." not in text and view.message_count == 3
    view.begin_answer("m", prefix="Kept and ")
    view.append_answer("continued.")
    view.finish_answer(answer("Kept and continued."))
    assert plain(view).rstrip().endswith("10 tokens")
    assert "Kept and continued." in plain(view) and plain(view).count("two") == 1


def test_the_end_stays_in_view_when_the_view_gets_shorter(view: ChatTranscript) -> None:
    view.show_thread([answer("".join(generated_tokens(600)))])
    bar = view.verticalScrollBar()
    assert 0 < bar.maximum() == bar.value()
    view.resize(700, 350)  # the actions appear under a finished answer
    assert bar.value() == bar.maximum(), "the last lines (the metrics) went out of view"


def test_a_long_code_line_wraps_instead_of_scrolling_the_conversation_sideways(
    view: ChatTranscript,
) -> None:
    long_line = "result = " + " + ".join(f"value_{i}" for i in range(60))
    view.show_thread([answer(f"Prose first.\n\n```python\n{long_line}\n```\n")])
    assert view.horizontalScrollBar().maximum() == 0
    assert long_line in plain(view).replace("\u2028", "").replace("\n", "")
