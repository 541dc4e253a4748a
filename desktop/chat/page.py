"""The Chat page: conversations on the left; the thread, its actions and the composer on the right.

It assembles the pieces and routes user actions to ``ChatSession``; it holds no chat state of its
own. Importing it stays cheap (startup builds it before the first paint): the chat service and
everything under it arrive later through ``attach``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.sources import KnowledgeScope
from desktop.chat.composer import Composer
from desktop.chat.conversations import ConversationPanel
from desktop.chat.header import ConversationHeader
from desktop.chat.knowledge_bar import KnowledgeBar
from desktop.chat.session import ChatSession
from desktop.chat.transcript import ChatTranscript
from desktop.shell.empty_state import EmptyState
from desktop.tools.approval import ToolApprovalBar

if TYPE_CHECKING:
    from core.chat.local_servers import LocalServer
    from core.chat.records import AssistantRecord, ConversationRecord, MessageRecord
    from core.chat.service import ChatService
    from core.chat.turns import Turn, TurnResult
    from core.jobs import JobInfo
    from core.knowledge.library import ImportStatus, KnowledgeBase
    from core.root import Library
    from desktop.operations import Operations

ONE_PROMPT = QT_TRANSLATE_NOOP("ChatPage", "Ask anything…  (Enter sends, Shift+Enter adds a line)")
ROUND_PROMPT = QT_TRANSLATE_NOOP(
    "ChatPage", "Ask the round…  (@Name asks one assistant alone; Enter sends)"
)
DRAWER_BELOW = 900  # window width under which the conversation list is a drawer
DRAWER_BELOW_BESIDE = 1500  # the same with a document open beside the conversation
PANE_MIN_WIDTH = 340  # a document beside the conversation: its title, page tools and a page
INTRO = QT_TRANSLATE_NOOP(
    "ChatPage",
    "Chat with OpenAI, Anthropic, or a model running on this computer (Ollama, LM Studio, "
    "llama.cpp, vLLM) that works without a network. Answers stream in and are saved as they "
    "arrive, so nothing is lost.<br><br>Type below and press <b>Enter</b>. <b>Ctrl+N</b> "
    "starts a new chat and <b>Ctrl+K</b> jumps anywhere.",
)


class ChatPage(QWidget):
    """Conversations with assistants."""

    setup_provider_requested = Signal()
    use_local_server = Signal(object)  # a LocalServer the user chose to chat with
    source_clicked = Signal(object)  # the SourcePassage behind a citation
    passages_shown = Signal(object)  # the SourcePassages an answer shown cites

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = ChatSession(self)
        self.chat: ChatService | None = None
        self.ops: Operations | None = None
        self._servers: list[LocalServer] = []
        self.panel = ConversationPanel()
        self.panel.setFixedWidth(250)
        self.transcript = ChatTranscript()
        self.composer = Composer()
        self.knowledge_bar = KnowledgeBar()
        self.tool_approval = ToolApprovalBar()  # a tool call waiting for the user's answer
        self.knowledge: KnowledgeBase | None = None
        self.library: Library | None = None
        self._attachments: dict[str, str] = {}  # import job id -> file names
        self._send_when_ready = False  # Enter was pressed before the chat service was open
        self.composer.last_activity = lambda: self.transcript.last_frame_at
        self.header = ConversationHeader(self.session)
        self.title = self.header.title
        # Several assistants: who answers a round, in order (hidden for one assistant).
        self.roster_strip = QLabel()
        self.roster_strip.setObjectName("RosterStrip")
        self.roster_strip.setTextFormat(Qt.TextFormat.RichText)
        self.roster_strip.setWordWrap(True)
        self.roster_strip.setToolTip(
            translate(
                "ChatPage",
                "Each assistant answers in turn, seeing the answers before its own. Start a "
                "question with @Name to ask one assistant alone.",
            )
        )
        self.roster_strip.hide()
        self.session.known_assistants = lambda: self.header.assistants
        self._build_empty_state()
        self._build_actions()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.transcript)
        self.drawer_button = QPushButton("☰")
        self.drawer_button.setToolTip(translate("ChatPage", "Conversations"))
        self.drawer_button.setCheckable(True)
        self.drawer_button.toggled.connect(self._toggle_drawer)
        self.drawer_button.hide()
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.drawer_button)
        top.addWidget(self.header, 1)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addLayout(top)
        right.addWidget(self.roster_strip)
        right.addWidget(self.stack, 1)
        right.addLayout(self.action_row)
        right.addWidget(self.tool_approval)
        right.addWidget(self.knowledge_bar)
        right.addWidget(self.composer)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(self.panel)
        conversation = QWidget()
        conversation.setLayout(right)
        # The split view: a cited page opens beside the answer (show_beside).
        self.source_split = QSplitter(Qt.Orientation.Horizontal)
        self.source_split.setChildrenCollapsible(False)
        self.source_split.addWidget(conversation)
        layout.addWidget(self.source_split, 1)
        self._layout = layout
        self._narrow = False
        self._connect()
        self._update_actions()

    # --- narrow windows: the conversation list as a drawer ---------------------------------

    def is_narrow(self) -> bool:
        """Whether the conversation list is a drawer (the window is under ~900 px)."""
        return self._narrow

    def show_conversations(self) -> None:
        """Make the conversation list visible: open the drawer if it is one."""
        if self._narrow:
            self.drawer_button.setChecked(True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._check_narrow()
        if self._narrow and self.panel.isVisible():
            self._place_drawer()

    def _check_narrow(self) -> None:
        """The list becomes a drawer in a narrow window, or beside a document (the two panes
        and the list did not fit: buttons and combo boxes were cut)."""
        if not isValid(self.source_split):
            return  # the page is being taken down (a pane destroyed with it)
        beside = self.source_pane() is not None
        narrow = self.window().width() < (DRAWER_BELOW_BESIDE if beside else DRAWER_BELOW)
        if narrow != self._narrow:
            self._set_narrow(narrow)

    def _room_beside(self) -> tuple[int, int]:
        """The width the conversation and a pane beside it would share (the list folds into
        the drawer for it), and the least the conversation needs."""
        room = self.source_split.width()
        if not self._narrow and self.panel.isVisible():
            room += self.panel.width() + self._layout.spacing()
        conversation = self.source_split.widget(0)
        least = conversation.minimumSizeHint().width() if conversation is not None else 0
        return room - self.source_split.handleWidth(), least

    def has_room_beside(self) -> bool:
        """Whether a document fits beside the conversation (else it opens in a window)."""
        room, least = self._room_beside()
        return room - least >= PANE_MIN_WIDTH

    def _set_narrow(self, narrow: bool) -> None:
        self._narrow = narrow
        self.drawer_button.setChecked(False)
        self.drawer_button.setVisible(narrow)
        self.panel.setProperty("drawer", narrow)
        self.panel.setAutoFillBackground(narrow)
        self.panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, narrow)  # QSS paints it
        self.panel.style().unpolish(self.panel)
        self.panel.style().polish(self.panel)
        if narrow:
            self._layout.removeWidget(self.panel)
            self.panel.hide()
        else:
            self.panel.setParent(self)
            self._layout.insertWidget(0, self.panel)
            self.panel.show()

    def _toggle_drawer(self, open_: bool) -> None:
        if not self._narrow:
            return
        if open_:
            self._place_drawer()
            self.panel.raise_()
            self.panel.show()
            self.panel.search.setFocus()
        else:
            self.panel.hide()

    def _place_drawer(self) -> None:
        self.panel.setGeometry(0, 0, min(280, self.width() - 40), self.height())

    def show_beside(self, pane: QWidget) -> None:
        """Show ``pane`` (the document viewer at a cited page) beside the conversation,
        replacing one shown before (or reusing it, if it is ``pane``); its ``close_requested``
        signal closes it."""
        for index in range(self.source_split.count() - 1, 0, -1):
            old = self.source_split.widget(index)
            if old is None or old is pane:
                continue
            old.hide()
            old.setParent(None)  # out of the splitter now, deleted at the next turn
            old.deleteLater()
        if self.source_split.indexOf(pane) >= 0:
            return  # the pane already beside, reused: its width stays as the user left it
        self.source_split.addWidget(pane)
        close = getattr(pane, "close_requested", None)
        if close is not None:
            close.connect(pane.deleteLater)
        pane.destroyed.connect(lambda _obj=None: QTimer.singleShot(0, self._check_narrow))
        self._check_narrow()
        self._layout.activate()
        room, least = self._room_beside()
        pane_width = max(PANE_MIN_WIDTH, min(room // 2, room - least))
        self.source_split.setSizes([room - pane_width, pane_width])

    def source_pane(self) -> QWidget | None:
        """The pane shown beside the conversation, if any."""
        count = self.source_split.count()
        return self.source_split.widget(count - 1) if count > 1 else None

    # --- building ------------------------------------------------------------------------

    def _build_empty_state(self) -> None:
        self.empty = EmptyState(
            "chat",
            translate("ChatPage", "No conversations yet"),
            translate("ChatPage", INTRO),
        )
        self.setup_button = self.empty.add_button(
            translate("ChatPage", "Set up a model provider…"), primary=True
        )
        self.local_button = self.empty.add_button("")
        self.local_button.hide()
        self.empty.finish()

    def _build_actions(self) -> None:
        self.retry_button = QPushButton(translate("ChatPage", "Retry"))
        self.continue_button = QPushButton(translate("ChatPage", "Continue"))
        self.regenerate_button = QPushButton(translate("ChatPage", "Regenerate"))
        self.edit_button = QPushButton(translate("ChatPage", "Edit last message"))
        self.fix_button = QPushButton(translate("ChatPage", "Set up the provider…"))
        self.action_row = QHBoxLayout()
        for button in (
            self.continue_button,
            self.retry_button,
            self.regenerate_button,
            self.edit_button,
            self.fix_button,
        ):
            self.action_row.addWidget(button)
        self.action_row.addStretch(1)
        self._editing: MessageRecord | None = None
        self._last_error_kind = ""

    def _connect(self) -> None:
        session = self.session
        self.setup_button.clicked.connect(self.setup_provider_requested)
        self.fix_button.clicked.connect(self.setup_provider_requested)
        self.local_button.clicked.connect(self._use_local_server)
        self.panel.conversation_chosen.connect(self.open_conversation)
        self.transcript.message_action.connect(self._message_action)
        self.panel.conversation_changed.connect(self._conversation_changed)
        self.panel.conversation_removed.connect(self._conversation_removed)
        # The list loads after the page shows: the empty state's words follow it.
        for changed in (self.panel.model.modelReset, self.panel.model.rowsRemoved):
            changed.connect(self._update_stack)
        self.composer.send_requested.connect(self._send)
        self.composer.stop_requested.connect(session.stop)
        self.composer.editor_focused.connect(self._warm_up)
        self.transcript.source_clicked.connect(self.source_clicked)
        self.transcript.passages_shown.connect(self.passages_shown)
        self.knowledge_bar.scope_changed.connect(self._scope_chosen)
        self.knowledge_bar.attach_requested.connect(self._attach)
        self.header.conversation_changed.connect(lambda _record: self._show_knowledge())
        self.transcript.colours_changed.connect(self._recolour)
        self.retry_button.clicked.connect(session.retry)
        self.regenerate_button.clicked.connect(session.retry)
        self.continue_button.clicked.connect(session.continue_answer)
        self.edit_button.clicked.connect(self._edit_last)
        self.header.conversation_changed.connect(self._conversation_changed)
        self.header.roster_changed.connect(self._roster_changed)
        session.thread_loaded.connect(self._show_thread)
        session.thread_truncated.connect(self.transcript.truncate)
        session.question_added.connect(self._question_added)
        session.answer_started.connect(self._answer_started)
        session.text_sink = self.transcript.append_answer
        session.answer_finished.connect(self._answer_finished)
        session.status_changed.connect(self.composer.show_status)
        session.busy_changed.connect(self._busy_changed)
        session.send_failed.connect(self._send_failed)
        session.conversations_changed.connect(self._conversations_changed)

    # --- wiring from the app -------------------------------------------------------------------

    def attach(
        self, chat: ChatService, knowledge: KnowledgeBase, library: Library, ops: Operations
    ) -> None:
        """Start working: the chat service is open."""
        self.chat, self.ops = chat, ops
        self.knowledge, self.library = knowledge, library
        self.session.attach(chat, ops)
        self.panel.attach(chat, ops)
        self.header.attach(chat, ops)
        self.refresh_knowledge_choices()
        if self._send_when_ready:
            self._send_when_ready = False
            self.composer.show_status("")
            self._send(self.composer.text())

    # --- knowledge: use my documents, scope, attach ----------------------------------------

    def refresh_knowledge_choices(self) -> None:
        """Read the tags and documents the scope menu offers (documents changed)."""
        library, ops = self.library, self.ops
        if library is None or ops is None:
            return

        def read() -> tuple[list[str], dict[str, str]]:
            tags = [tag.name for tag in library.tags.list_tags()]
            documents = {row.id: row.title for row in library.catalog.page(limit=2000)}
            return tags, documents

        ops.run(
            translate("ChatPage", "Reading your documents"),
            read,
            on_done=lambda c: self.knowledge_bar.set_choices(*c),
        )

    def _show_knowledge(self) -> None:
        """The bar shows the conversation's choice, or the next new conversation's."""
        conversation = self.session.conversation
        if conversation is not None:
            assistant_id, scope = conversation.assistant_id, conversation.knowledge
        else:
            assistant_id = self.session.new_assistant_id
            scope = self.session.new_knowledge or KnowledgeScope()
        assistant = next((a for a in self.assistants if a.id == assistant_id), None)
        self.knowledge_bar.show_scope(scope, assistant is not None and assistant.knowledge_enabled)

    def _scope_chosen(self, scope: KnowledgeScope) -> None:
        conversation = self.session.conversation
        if conversation is None:
            self.session.new_knowledge = scope
            return
        if self.chat is not None and self.ops is not None:
            self.ops.run(
                translate("ChatPage", "Saving the conversation's documents choice"),
                self.chat.conversations.set_knowledge,
                conversation.id,
                scope,
                on_done=self.session.refresh_conversation,
            )

    def _attach(self, paths: list[str]) -> None:
        """Import the files; once in, answers in this conversation come from them."""
        if self.knowledge is None or self.ops is None:
            return
        names = ", ".join(Path(p).name for p in paths)
        self.knowledge_bar.show_note(
            translate("ChatPage", "Importing {files}…").format(files=names)
        )
        self.ops.run(
            translate("ChatPage", "Attaching the file"),
            self.knowledge.import_paths,
            paths,
            on_done=lambda job_id: self._attachments.__setitem__(job_id, names),
        )

    def job_changed(self, job: JobInfo) -> None:
        """Every job change reaches the page here: an attached file's import settles."""
        names = self._attachments.get(job.id)
        if names is None or job.state in ("queued", "running") or self.knowledge is None:
            return
        del self._attachments[job.id]
        if job.state != "done" or job.failed:
            self.knowledge_bar.show_note(
                translate("ChatPage", "{files} could not be imported: see Jobs.").format(
                    files=names
                )
            )
            return
        assert self.ops is not None
        self.ops.run(
            translate("ChatPage", "Reading the attached file"),
            self.knowledge.import_status,
            job.id,
            on_done=lambda status: self._attached(status, names),
        )

    def _attached(self, status: ImportStatus, names: str) -> None:
        outcomes = status.snapshot.outcomes if status.snapshot is not None else ()
        ids = tuple(o.document_id for o in outcomes if o.document_id)
        if not ids:
            self.knowledge_bar.show_note(
                translate("ChatPage", "{files} has no text to search.").format(files=names)
            )
            return
        self.refresh_knowledge_choices()
        self.knowledge_bar.show_note(
            translate("ChatPage", "Answers come from {files}").format(files=names)
        )
        self.knowledge_bar.show_scope(
            replace(self.knowledge_bar.scope(), use=True, tags=(), document_ids=ids), True
        )
        self._scope_chosen(self.knowledge_bar.scope())

    @property
    def assistants(self) -> list[AssistantRecord]:
        return self.header.assistants

    def show_provider(self, provider_label: str | None) -> None:
        """Reflect whether a provider is set up, so the empty state asks for the right step."""
        self.header.load_models()
        if provider_label:
            # Without its examples in brackets ("(Ollama, LM Studio, …)"): the button is one
            # line under the intro, and the whole name is in its tooltip.
            short = re.sub(r"\s*\([^()]*\)$", "", provider_label) or provider_label
            self.setup_button.setText(
                translate("ChatPage", "Model provider: {provider} — change…").format(provider=short)
            )
            self.setup_button.setToolTip(provider_label if short != provider_label else "")
        else:
            self.setup_button.setText(translate("ChatPage", "Set up a model provider…"))
            self.setup_button.setToolTip("")

    def offer_local_servers(self, servers: list[LocalServer]) -> None:
        """Local model servers found on this computer: offer the first one."""
        self._servers = list(servers)
        if not servers:
            self.local_button.hide()
            return
        server = servers[0]
        if server.models:
            text = translate("ChatPage", "Chat offline with {server} ({model})").format(
                server=server.name, model=server.models[0]
            )
        else:
            text = translate("ChatPage", "Chat offline with {server}").format(server=server.name)
        self.local_button.setText(text)
        self.local_button.show()

    def open_conversation(self, conversation_id: str | None) -> None:
        if self._narrow:
            self.drawer_button.setChecked(False)  # the drawer closes on a choice
        if self._editing is not None:
            self._cancel_edit()
        self.session.open_conversation(conversation_id)
        self.panel.select(conversation_id)
        self.composer.editor.setFocus()

    def new_chat(self) -> None:
        self.open_conversation(None)

    # --- reactions -------------------------------------------------------------------------------

    def _send(self, text: str) -> None:
        if self._editing is not None:
            if self.session.edit_question(self._editing.id, text):
                self._cancel_edit()
                self.composer.editor.clear()
            return
        if not self.session.ready and text.strip():
            # Still opening (the first second after start): the question waits in the box and
            # goes as soon as the chat service is attached.
            self._send_when_ready = True
            self.composer.show_status(
                translate("ChatPage", "Opening your conversations… your question goes then"), True
            )
            return
        if self.session.send(text):
            self.composer.editor.clear()

    def _show_thread(self, conversation: ConversationRecord | None, thread: list[Any]) -> None:
        self._show_roster(conversation)
        self.transcript.show_thread(thread, self.session.versions())
        self.header.show_conversation(conversation)
        self._show_knowledge()
        self._last_error_kind = ""
        self._update_stack()
        self._update_actions()

    def _recolour(self) -> None:
        """The theme was switched: draw the thread on screen again in its colours (an answer
        streaming now keeps the old ones for what is shown; it is redrawn when reopened)."""
        if not self.session.busy:
            self.transcript.show_thread(self.session.messages)

    def _question_added(self, text: str) -> None:
        self.transcript.add_question(text)
        self._update_stack()

    def _answer_started(self, turn: Turn, streamed: str) -> None:
        self.title.setText(turn.conversation.title)
        self.panel.select(turn.conversation.id)
        model = turn.config.model if turn.config else None
        speaker = turn.assistant
        if speaker is not None:
            self.transcript.speakers[speaker.id] = speaker.name
        self.transcript.begin_answer(
            model,
            turn.passages,
            turn.prefix + streamed,
            assistant_id=speaker.id if speaker is not None else None,
        )
        self._update_stack()
        self._update_actions()

    def _answer_finished(self, result: TurnResult) -> None:
        self.transcript.finish_answer(result.answer)
        self._last_error_kind = result.error.kind if result.error is not None else ""
        self._update_actions()

    def _busy_changed(self, busy: bool) -> None:
        self.composer.set_busy(busy)
        self._update_actions()

    def _send_failed(self, message: str, text: str) -> None:
        self.composer.show_status("")
        self.composer.show_note(message)
        if text and not self.composer.text().strip():
            self.composer.set_text(text)

    def _conversations_changed(self) -> None:
        self.panel.reload()
        self.composer.show_note("")

    def _conversation_changed(self, record: ConversationRecord) -> None:
        self.session.refresh_conversation(record)
        if self.session.conversation is not None and self.session.conversation.id == record.id:
            self.title.setText(record.title)
            self._show_roster(record)

    def _roster_changed(self) -> None:
        """The assistants (or the new conversation's round) changed: labels are redrawn."""
        self._show_roster(self.session.conversation)
        labelled = any(m.assistant_id for m in self.session.messages)
        if labelled and not self.session.busy:
            self.transcript.show_thread(self.session.messages, self.session.versions())

    def _show_roster(self, conversation: ConversationRecord | None) -> None:
        """The round strip and the names answers are labelled with, for ``conversation``
        (None: the next new one)."""
        from desktop.chat.speakers import round_strip

        names = {a.id: a.name for a in self.header.assistants}
        self.transcript.speakers.update(names)
        if conversation is not None:
            roster, summarizer = conversation.assistant_ids, conversation.summarizer_id
        else:
            roster, summarizer = self.session.new_assistants, self.session.new_summarizer_id
        self.transcript.summarizer_id = summarizer
        self.transcript.roster = (*roster, *([summarizer] if summarizer else []))
        self.roster_strip.setVisible(bool(roster))
        if roster:
            self.roster_strip.setText(round_strip(roster, summarizer, names))
        prompt = translate("ChatPage", ROUND_PROMPT if roster else ONE_PROMPT)
        if self.composer.editor.placeholderText() != prompt:
            self.composer.editor.setPlaceholderText(prompt)
            self.composer.editor.viewport().update()  # an empty box repaints its hint

    def _conversation_removed(self, conversation_id: str) -> None:
        if (
            self.session.conversation is not None
            and self.session.conversation.id == conversation_id
        ):
            self.open_conversation(None)

    def _update_stack(self) -> None:
        empty = self.transcript.message_count == 0
        self.stack.setCurrentWidget(self.empty if empty else self.transcript)
        has_any = self.panel.model.rowCount() > 0
        title = self.empty.findChild(QLabel, "EmptyTitle")
        # While the list shows the trash (or a search), its rows say nothing of the rest.
        if title is not None and not self.panel.in_trash() and not self.panel.search.text():
            title.setText(
                translate("ChatPage", "Start a new conversation")
                if has_any
                else translate("ChatPage", "No conversations yet")
            )

    def _update_actions(self) -> None:
        busy = self.session.busy
        last = self.session.last_answer()
        question = self.session.last_question()
        state = last.state if last is not None else ""
        unanswered = question is not None and (last is None or state == "error")
        self.continue_button.setVisible(not busy and last is not None and last.resumable)
        self.retry_button.setVisible(
            not busy and (unanswered or (last is not None and last.ended_early))
        )
        self.regenerate_button.setVisible(not busy and state == "complete")
        self.edit_button.setVisible(not busy and question is not None)
        self.fix_button.setVisible(not busy and self._last_error_kind in ("setup", "auth"))

    def _warm_up(self) -> None:
        """The user is about to type: load the provider's SDK now, not on Enter."""
        chat, ops = self.chat, self.ops
        if chat is not None and ops is not None and not getattr(self, "_warmed", False):
            self._warmed = True
            what = translate("ChatPage", "Preparing the model client")
            ops.run(what, chat.warm_up, on_error=lambda _e: None)

    def _use_local_server(self) -> None:
        if self._servers:
            self.use_local_server.emit(self._servers[0])
            self.local_button.hide()

    def _edit_last(self) -> None:
        question = self.session.last_question()
        if question is not None:
            self._edit(question)

    def _edit(self, question: MessageRecord) -> None:
        if self._editing is not None:
            self._cancel_edit()
        shown_last = self.session.last_question()
        last = shown_last is not None and shown_last.id == question.id
        self._editing = question
        self.composer.set_text(question.content)
        self.composer.show_note(
            translate(
                "ChatPage",
                "Editing your last message: Enter sends it as a new version (the original "
                "stays, a ‹ › away). Esc cancels.",
            )
            if last
            else translate(
                "ChatPage",
                "Editing an earlier message: Enter sends it as a new version (the original "
                "stays, a ‹ › away). Esc cancels.",
            )
        )
        self.composer.editor.escape_pressed.connect(self._cancel_edit)

    def _message_action(self, action: str, message_id: str) -> None:
        """A link under a message: Edit (any question), Regenerate (any answer), ‹ ›."""
        if action == "regenerate":
            self.session.regenerate(message_id)
        elif action == "branch":
            self.session.show_branch(message_id)
        elif action == "edit":
            question = next((m for m in self.session.messages if m.id == message_id), None)
            if question is not None:
                self._edit(question)

    def _cancel_edit(self) -> None:
        if self._editing is None:
            return
        self._editing = None
        self.composer.show_note("")
        self.composer.editor.clear()
        self.composer.editor.escape_pressed.disconnect(self._cancel_edit)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        shown = self.session.conversation
        if (
            event.type() == QEvent.Type.PaletteChange
            and shown is not None
            and not self.session.busy
        ):
            self.session.open_conversation(shown.id)
