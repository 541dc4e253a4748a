"""The conversation as one scrolling document, with the streaming answer rendered incrementally.

All messages live in a single QTextDocument (native scrolling and selection across messages).
While an answer streams, its completed blocks are rendered once and frozen; only the open tail
block is removed and re-rendered, at most 60 times a second. So the work per token depends on
the size of the open block, never on the length of the answer or the conversation.
"""

from __future__ import annotations

import html
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QGuiApplication,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextCursor,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from core.chat.markdown_blocks import Block, BlockSplitter, merge_text_runs, split_blocks
from core.i18n import translate
from core.sources import SourcePassage
from desktop.chat.markdown import (
    Palette,
    insert_block,
    insert_footer,
    insert_header,
    new_paragraph,
    remove_tail,
)

if TYPE_CHECKING:
    from core.chat.records import MessageRecord

FRAME_MS = 16  # at most ~60 frames a second while streaming
SLOWEST_FRAME_MS = 100  # and at least 10
FRAME_SHARE = 8  # the next frame waits 8x what the last one cost (drawing: <= ~12% of time)
FAST_FRAME_SHARE = 40  # when text pours in faster than it can be read: <= ~2.5%
FAST_TOKENS = 20  # tokens in one frame that make a stream "fast"
FLOOD_TOKENS = 200  # ... and a flood (over ~2,000 tokens/s)
FLOOD_FRAME_MS = 250  # a flood arrives in big pieces anyway: 4 frames a second are enough


@dataclass
class _Streaming:
    """The answer being streamed: what is frozen, and where its open tail begins."""

    key: str
    citations: frozenset[int]
    splitter: BlockSplitter = field(default_factory=BlockSplitter)
    pending: list[Block] = field(default_factory=list)
    open_start: int = 0
    tokens_in_frame: int = 0
    plain_code: list[tuple[int, int, Block]] = field(default_factory=list)


class _Inbox:
    """Streamed text waiting for the next frame.

    Filled once per token, so it is plain Python: a token touches no Qt object (looking up an
    attribute of a QObject costs more than the append itself). The first text after a frame
    schedules the next one; the frame splits everything that arrived meanwhile in one go. Text
    that comes while no answer streams on screen (another conversation is shown) is dropped.
    """

    __slots__ = ("_schedule", "open", "parts")

    def __init__(self, schedule: Callable[[], None]) -> None:
        self.parts: list[str] = []
        self.open = False  # an answer is streaming
        self._schedule = schedule

    def append(self, text: str) -> None:
        if self.open:
            parts = self.parts
            parts.append(text)
            if len(parts) == 1:
                self._schedule()

    def take(self) -> list[str]:
        parts, self.parts = self.parts, []
        return parts


class ChatTranscript(QTextBrowser):
    """Shows a thread and streams the last answer into it."""

    source_clicked = Signal(object)  # the SourcePassage behind a citation link
    passages_shown = Signal(object)  # the SourcePassages an answer cites, as it is shown
    code_copied = Signal(str)
    message_action = Signal(str, str)  # "edit" | "regenerate" | "branch", a message id
    colours_changed = Signal()  # the light or dark theme was switched; shown text keeps its own
    append_answer: Callable[[str], None]
    """New text of the streaming answer, rendered on the next frame (the per-token call)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Transcript")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_link)
        self.document().setDocumentMargin(16)
        # Read-only: an undo history would only cost time and memory on every insertion.
        self.document().setUndoRedoEnabled(False)
        # Latin text laid out without complex shaping: a third less work per streamed word.
        font = self.document().defaultFont()
        font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
        self.document().setDefaultFont(font)
        self.palette_colors = _colours_for(self.palette())
        self._streaming: _Streaming | None = None
        self._passages: dict[str, dict[int, SourcePassage]] = {}
        self._codes: dict[str, str] = {}
        self._contents: dict[str, str] = {}  # message id -> its text, for Copy
        self._open_code: tuple[str, str] = ("", "")
        self._keys = 0
        self._starts: list[int] = []  # where each message on screen begins
        self._generation = 0  # changes whenever earlier content may move
        self._pending_highlights = 0
        self.renders = 0  # open-block renders so far (for tests and the benchmark)
        self.last_frame_at = 0.0  # time.perf_counter() of the last frame of streamed text
        self._timer = QTimer(self, singleShot=True, interval=FRAME_MS)
        self._timer.timeout.connect(self.flush)
        self._inbox = _Inbox(self._timer.start)
        self.append_answer = self._inbox.append
        # Follow the streaming answer until the user scrolls away; scrolling back down to the
        # end follows again.
        self.following = True
        self.verticalScrollBar().actionTriggered.connect(self._user_scrolled)
        self._paint_ms = 0.0
        # Several assistants: the names answers are labelled with (id -> name), and the one
        # that sums rounds up.
        self.speakers: dict[str, str] = {}
        self.summarizer_id: str | None = None
        self.roster: tuple[str, ...] = ()  # the round's assistants (their colours follow it)

    # --- whole messages -----------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            colours = _colours_for(self.palette())
            if colours != self.palette_colors:  # the theme changed: new text takes its colours
                self.palette_colors = colours
                self.colours_changed.emit()

    def clear_thread(self) -> None:
        self._timer.stop()
        self._end_streaming()
        self._passages.clear()
        self._codes.clear()
        self._contents.clear()
        self._starts.clear()
        self._generation += 1
        self.document().clear()

    def show_thread(
        self,
        messages: Sequence[MessageRecord],
        versions: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        """Render a whole thread (finished messages: each block once), laid out once; under
        each message Copy, Edit or Regenerate, and ‹ i/n › where it has other ``versions``."""
        self.clear_thread()
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        for message in messages:
            if message.role == "user":
                self.add_question(message.content)
            else:
                self.add_answer(message)
            self._add_actions(message, (versions or {}).get(message.id, ()))
        cursor.endEditBlock()
        self._scroll_to_end()

    @property
    def message_count(self) -> int:
        return len(self._starts)

    def truncate(self, count: int) -> None:
        """Keep only the first ``count`` messages (Retry and Continue re-stream the last)."""
        if count >= len(self._starts) or self._streaming is not None:
            return
        self._generation += 1
        cursor = self._end()
        cursor.beginEditBlock()
        remove_tail(cursor, self._starts[count])
        cursor.endEditBlock()
        del self._starts[count:]

    def add_question(self, text: str) -> None:
        cursor = self._end()
        self._starts.append(cursor.position())
        insert_header(cursor, translate("Transcript", "You"), self.palette_colors)
        new_paragraph(cursor)
        escaped = html.escape(text).replace("\n", "<br>")
        cursor.insertHtml(
            f'<table width="100%" cellpadding="8" cellspacing="0" border="0" '  # i18n: not UI
            f'bgcolor="{self.palette_colors.user_background}"><tr><td>{escaped}</td></tr></table>'
        )
        self._scroll_to_end()

    def add_answer(self, message: MessageRecord) -> None:
        """A finished (or interrupted) answer, with its notes and metrics."""
        key = self._new_key(message.passages)
        cursor = self._end()
        self._starts.append(cursor.position())
        self._answer_header(cursor, message.model, message.assistant_id)
        citations = frozenset(self._passages.get(key, {}))
        cursor.beginEditBlock()
        for block in merge_text_runs(split_blocks(message.content)):
            self._remember_code(key, block)
            insert_block(cursor, block, self.palette_colors, citations, link_key=key)
        insert_footer(cursor, message, self.palette_colors, self._last_key())
        cursor.endEditBlock()

    # --- streaming ----------------------------------------------------------------------

    def begin_answer(
        self,
        model: str | None,
        passages: Sequence[SourcePassage] = (),
        prefix: str = "",
        assistant_id: str | None = None,
    ) -> None:
        """Start streaming an answer (``prefix``: text it already has, when continuing;
        ``assistant_id``: who writes it, in a conversation of several assistants)."""
        self._timer.stop()
        key = self._new_key(passages)
        cursor = self._end()
        self._starts.append(cursor.position())
        self._answer_header(cursor, model, assistant_id)
        streaming = self._streaming = _Streaming(key, frozenset(self._passages.get(key, {})))
        streaming.open_start = cursor.position()
        self._inbox.open = True
        self.following = True
        if prefix:
            self.append_answer(prefix)
        self._render(streaming, final=False)  # the caret at once, and any prefix

    def finish_answer(self, message: MessageRecord) -> None:
        """The answer ended: render what is left, then its state and metrics."""
        streaming = self._streaming
        if streaming is None:
            self.add_answer(message)
            return
        self._timer.stop()
        self._take_incoming(streaming)
        streaming.pending.extend(streaming.splitter.finish())
        self._render(streaming, final=True)
        self._end_streaming()
        cursor = self._end()
        insert_footer(cursor, message, self.palette_colors, self._last_key())
        self._scroll_if(True)
        if streaming.plain_code:
            generation = self._generation
            self._pending_highlights += 1
            QTimer.singleShot(0, lambda: self._highlight(streaming, generation))

    def _answer_header(
        self, cursor: QTextCursor, model: str | None, assistant_id: str | None
    ) -> None:
        """The heading "Assistant · model", or the avatar and name of who wrote it."""
        if not assistant_id:
            insert_header(cursor, _answer_label(model), self.palette_colors)
            return
        from desktop.chat.speakers import speaker_heading

        name = self.speakers.get(assistant_id, translate("Transcript", "Deleted assistant"))
        new_paragraph(cursor, top_margin=14)
        summary = assistant_id == self.summarizer_id
        cursor.insertHtml(
            speaker_heading(
                name,
                assistant_id,
                model,
                self.palette_colors,
                summary=summary,
                roster=self.roster,
            )
        )

    def _highlight_pending(self) -> bool:
        """Whether code of a fast stream still waits to be highlighted (for tests)."""
        return self._pending_highlights > 0

    def _highlight(self, streaming: _Streaming, generation: int) -> None:
        """Replace the code a fast stream left plain with highlighted code, last first (so
        the positions of the others stay valid)."""
        self._pending_highlights -= 1
        if generation != self._generation:
            return  # the thread on screen changed meanwhile
        document = self.document()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        for start, end, block in reversed(streaming.plain_code):
            kept = document.findBlock(start).blockFormat()
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            cursor.setBlockFormat(kept)
            insert_block(cursor, block, self.palette_colors, link_key=streaming.key)
        cursor.endEditBlock()
        streaming.plain_code.clear()

    @property
    def streaming(self) -> bool:
        return self._streaming is not None

    def flush(self) -> None:
        """Render the blocks completed since the last frame, then the open tail."""
        streaming = self._streaming
        if streaming is None or not self._inbox.parts:
            return
        self._render(streaming, final=False)

    def _end_streaming(self) -> None:
        self._streaming = None
        self._inbox.open = False
        self._inbox.take()

    def _take_incoming(self, streaming: _Streaming) -> None:
        """Split the text that arrived since the last frame into blocks (the split does not
        depend on how the text was cut, so one piece per frame is as good as one per token)."""
        incoming = self._inbox.take()
        if incoming:
            streaming.tokens_in_frame += len(incoming)
            streaming.pending.extend(streaming.splitter.feed("".join(incoming)))

    def _render(self, streaming: _Streaming, *, final: bool) -> None:
        began = self.last_frame_at = time.perf_counter()
        self._take_incoming(streaming)
        fast = streaming.tokens_in_frame > FAST_TOKENS
        cursor = self._end()
        cursor.beginEditBlock()
        remove_tail(cursor, streaming.open_start)
        for block in merge_text_runs(streaming.pending):
            self._remember_code(streaming.key, block)
            start = cursor.position()
            # In a fast stream, code is highlighted after the answer ends, not frame by frame.
            plain = fast and block.kind == "code"
            insert_block(
                cursor,
                block,
                self.palette_colors,
                streaming.citations,
                link_key=streaming.key,
                plain=plain,
            )
            if plain:
                streaming.plain_code.append((start, cursor.position(), block))
        streaming.pending.clear()
        streaming.open_start = cursor.position()
        if not final:
            # Text pouring in faster than anyone reads: show whole blocks as they complete
            # and skip re-rendering the unfinished one each frame.
            flood = streaming.tokens_in_frame > FLOOD_TOKENS
            self._render_open(cursor, streaming, caret_only=flood)
        cursor.endEditBlock()
        self._scroll_if(self.following)
        # A costly frame (a big open block, a full screen of text to paint) makes the next one
        # wait longer, so drawing never crowds out reading the stream.
        cost_ms = (time.perf_counter() - began) * 1000 + self._paint_ms
        share = FAST_FRAME_SHARE if fast else FRAME_SHARE
        interval = min(max(FRAME_MS, cost_ms * share), SLOWEST_FRAME_MS)
        if streaming.tokens_in_frame > FLOOD_TOKENS:
            interval = FLOOD_FRAME_MS
        self._timer.setInterval(int(interval))
        streaming.tokens_in_frame = 0

    def _render_open(
        self, cursor: QTextCursor, streaming: _Streaming, *, caret_only: bool = False
    ) -> None:
        tail = None if caret_only else streaming.splitter.open_block()
        self.renders += 1
        if tail is None:
            new_paragraph(cursor)
            caret = f'<span style="color:{self.palette_colors.muted}">▍</span>'  # i18n: not UI
            cursor.insertHtml(caret)
            return
        if tail.kind == "code":
            self._open_code = (f"{streaming.key}.{tail.code_id}", tail.code)
        insert_block(
            cursor,
            tail,
            self.palette_colors,
            streaming.citations,
            caret=True,
            link_key=streaming.key,
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        # A view showing the end keeps showing it when it gets shorter (the actions under an
        # answer appear as it finishes) or narrower (its text wraps onto more lines).
        bar = self.verticalScrollBar()
        at_end = bar.value() >= bar.maximum() - 4
        super().resizeEvent(event)
        if at_end:
            self._scroll_to_end()

    def paintEvent(self, event: QPaintEvent) -> None:
        began = time.perf_counter()
        super().paintEvent(event)
        self._paint_ms = (time.perf_counter() - began) * 1000

    # --- pieces ----------------------------------------------------------------------------

    def _new_key(self, passages: Sequence[SourcePassage]) -> str:
        self._keys += 1
        key = f"m{self._keys}"
        if passages:
            self._passages[key] = {p.number: p for p in passages}
            self.passages_shown.emit(list(passages))
        return key

    def _last_key(self) -> str:
        return f"m{self._keys}"

    def _remember_code(self, key: str, block: Block) -> None:
        if block.kind == "code":
            code_key = f"{key}.{block.code_id}"
            self._codes[code_key] = self._codes.get(code_key, "") + block.code

    def code_text(self, code_key: str) -> str:
        """The whole code of a block (its open part too, while it streams)."""
        text = self._codes.get(code_key, "")
        if self._open_code[0] == code_key and self._streaming is not None:
            text += self._open_code[1]
        return text.removesuffix("\n")

    def _add_actions(self, message: MessageRecord, versions: Sequence[str]) -> None:
        """The links under a message; the streaming hot path never comes here."""
        if message.role not in ("user", "assistant"):
            return
        self._contents[message.id] = message.content
        colour, link = self.palette_colors.muted, self.palette_colors.link

        def action(name: str, label: str, target: str = message.id) -> str:
            return f'<a href="msg:{name}/{target}" style="color:{link}">{label}</a>'  # i18n: not UI

        parts = [action("copy", html.escape(translate("Transcript", "Copy")))]
        if message.role == "user":
            parts.append(action("edit", html.escape(translate("Transcript", "Edit"))))
        elif message.parent_id and message.state != "streaming":
            parts.append(action("regenerate", html.escape(translate("Transcript", "Regenerate"))))
        if len(versions) > 1 and message.id in versions:
            at = list(versions).index(message.id)
            back = action("branch", "‹", versions[at - 1]) if at > 0 else "‹"
            ahead = action("branch", "›", versions[at + 1]) if at + 1 < len(versions) else "›"
            parts.append(f"{back} {at + 1}/{len(versions)} {ahead}")
        cursor = self._end()
        new_paragraph(cursor, top_margin=2)
        small = f"font-size:small; color:{colour}"  # i18n: not UI
        cursor.insertHtml(f'<span style="{small}">{" · ".join(parts)}</span>')  # i18n: not UI

    def message_text(self, message_id: str) -> str:
        """The text of a message on screen (what Copy puts on the clipboard)."""
        return self._contents.get(message_id, "")

    def _on_link(self, url: QUrl) -> None:
        scheme = url.scheme()
        if scheme == "msg":
            name, _slash, message_id = url.path().partition("/")
            if name == "copy":
                QGuiApplication.clipboard().setText(self.message_text(message_id))
            else:
                self.message_action.emit(name, message_id)
        elif scheme == "source":
            found = self._passages.get(url.fragment(), {}).get(_int(url.path()))
            if found is not None:
                self.source_clicked.emit(found)
        elif scheme == "copy":
            code = self.code_text(url.path())
            QGuiApplication.clipboard().setText(code)
            self.code_copied.emit(code)
        elif scheme in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)

    def _end(self) -> QTextCursor:
        # setPosition, not movePosition(End): moving lays out text to keep the cursor's x.
        document = self.document()
        cursor = QTextCursor(document)
        cursor.setPosition(document.characterCount() - 1)
        return cursor

    def _user_scrolled(self, _action: int) -> None:
        # Called before the slider moves: look at where it ends up once it has.
        QTimer.singleShot(0, self._check_following)

    def _check_following(self) -> None:
        bar = self.verticalScrollBar()
        self.following = bar.value() >= bar.maximum() - 4

    def _scroll_if(self, at_end: bool) -> None:
        if at_end:
            self._scroll_to_end()

    def _scroll_to_end(self) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())


def _colours_for(palette: QPalette) -> Palette:
    """The transcript's colours for a widget palette (dark: a dark base to write on)."""
    return Palette.for_theme(dark=palette.color(QPalette.ColorRole.Base).lightness() < 128)


def _answer_label(model: str | None) -> str:
    if model:
        return translate("Transcript", "Assistant · {model}").format(model=model)
    return translate("Transcript", "Assistant")


def _int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        return -1
