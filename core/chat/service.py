"""The chat service: a turn from the question to the saved answer, losing nothing on the way.

A turn has two halves. Preparing it (``ask``, ``reply_to``, ``continue_answer``,
``edit_question``) is blocking and runs off the GUI thread: it commits the question before any
request is made, resolves the provider, retrieves passages when the assistant uses knowledge,
and creates the answer in the ``streaming`` state. ``run`` is async: it streams the answer,
retrying with backoff only before the first token, commits drafts at a bounded interval, and
ends with one recorded save of the final text and state (``complete``, ``interrupted``,
``stopped`` when cancelled, or ``error``).
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy.orm import Session

from core.changes import now_ms
from core.chat.assistants import AssistantStore
from core.chat.conversations import ConversationNotFound, ConversationStore, title_from
from core.chat.drafts import DEFAULT_INTERVAL_S, DraftWriter
from core.chat.errors import ProviderError, ProviderNotConfigured
from core.chat.prompting import build_request, path_to
from core.chat.providers import (
    DEFAULT_TIMEOUT_S,
    ChatProvider,
    ProviderConfig,
    make_provider,
)
from core.chat.records import (
    AssistantRecord,
    ConversationRecord,
    MessageRecord,
    MessageState,
)
from core.chat.resolution import ProviderChoice, resolve_provider
from core.chat.turns import RetryPolicy, Turn, TurnEvent, TurnResult
from core.db.models import Conversation, Message
from core.i18n import translate
from core.sources import KnowledgeScope, PassageRetriever, SourcePassage

if TYPE_CHECKING:
    from core.changes import ChangeRecorder
    from core.chat.model_catalog import ModelServer
    from core.chat.tool_loop import ToolUse
    from core.db.session import Database
    from core.jobs.runner import RecoveryGate
    from core.secrets import SecretStore
    from core.settings import Settings

log = logging.getLogger(__name__)
T = TypeVar("T")
PASSAGE_LIMIT = 5


class ChatService:
    """Conversations, assistants and streaming turns over one data dir."""

    def __init__(
        self,
        database: Database,
        recorder: ChangeRecorder,
        workspace_id: str,
        settings: Settings,
        secrets: SecretStore,
        *,
        retriever: PassageRetriever | None = None,
        retry: RetryPolicy | None = None,
        draft_interval_s: float = DEFAULT_INTERVAL_S,
        request_timeout_s: float = DEFAULT_TIMEOUT_S,
        provider_factory: Callable[[ProviderConfig], ChatProvider] = make_provider,
    ) -> None:
        self._db = database
        self._recorder = recorder
        self._settings = settings
        self._secrets = secrets
        self.retriever = retriever
        self.retry = retry or RetryPolicy()
        self.draft_interval_s = draft_interval_s
        self.request_timeout_s = request_timeout_s
        self._provider_factory = provider_factory
        self._providers: dict[ProviderConfig, ChatProvider] = {}
        self._providers_lock = threading.Lock()
        self.conversations = ConversationStore(database, recorder, workspace_id)
        self.assistants = AssistantStore(database, recorder, workspace_id)
        self._workspace_id = workspace_id
        self._live: set[str] = set()  # answers this process is streaming now
        self._live_lock = threading.Lock()
        # One thread for every save of a streaming answer: drafts and the final save stay in
        # order, and no loop's default executor is used (qasync's runs QThreads).
        self._saver = ThreadPoolExecutor(max_workers=1, thread_name_prefix="chat-save")

    def start(self, gate: RecoveryGate | None = None) -> None:
        """The startup steps (blocking): the default assistants exist, and answers a dead
        process left ``streaming`` become ``interrupted`` if this process may recover them."""
        self.assistants.ensure_defaults()
        self.recover_if_allowed(gate)

    def recover_if_allowed(self, gate: RecoveryGate | None = None) -> bool:
        """Mark answers left ``streaming`` by a process that died as ``interrupted``: only in
        the process that owns the data dir, while no other is alive (``core.ownership``); never
        the answers this one is streaming. True once done (blocking)."""
        if gate is not None and not gate.may_recover():
            return False
        with self._live_lock:
            live = set(self._live)
        recovered = self.conversations.recover_interrupted(exclude=live)
        if recovered:
            log.info("Marked %d unfinished answer(s) as interrupted", recovered)
        return True

    # --- preparing turns (blocking) --------------------------------------------------------

    def ask(
        self,
        text: str,
        *,
        conversation_id: str | None = None,
        assistant_id: str | None = None,
        model: str | None = None,
        choice: ProviderChoice | None = None,
        knowledge: KnowledgeScope | None = None,
        after: str | None = None,
        answer_as: str | None = None,
        assistants: list[str] | None = None,
        summarizer_id: str | None = None,
    ) -> Turn:
        """Save a new question (in a new conversation unless one is given, with ``assistant_id``,
        ``model`` and ``knowledge`` as its own) and prepare its answer. The question is committed
        before anything else can fail. ``after``: the message it follows (the end of the
        branch on screen); else the end of the newest branch. ``answer_as``: the assistant
        that answers (an @mention, or the first of a round), labelled on its answer.
        ``assistants``/``summarizer_id``: set the conversation's round (see ``set_assistants``)."""
        text = text.strip()
        if not text:
            raise ValueError(translate("ChatErrors", "An empty message cannot be sent."))
        several: dict[str, object] = {}
        if assistants is not None:
            from core.chat.rounds import validated_assistants

            known = {a.id: a for a in self.assistants.all()}
            ordered, summarizer = validated_assistants(assistants, summarizer_id, known)
            several = {"assistant_ids": ordered, "summarizer_id": summarizer}
        parent = after or (self._last_message_id(conversation_id) if conversation_id else None)
        with self._db.write() as session:
            if conversation_id is None:
                conversation = self._recorder.create(
                    session,
                    Conversation,
                    workspace_id=self._workspace_id,
                    title=title_from(text),
                    assistant_id=assistant_id,
                    model=(model or "").strip() or None,
                    knowledge=(knowledge or KnowledgeScope()).to_json(),
                    **several,
                )
            else:
                conversation = _conversation(session, conversation_id)
                if not conversation.title:
                    self._recorder.update(session, conversation, title=title_from(text))
                if assistant_id is not None:
                    self._recorder.update(session, conversation, assistant_id=assistant_id)
                if knowledge is not None:
                    self._recorder.update(session, conversation, knowledge=knowledge.to_json())
                if several:
                    self._recorder.update(session, conversation, **several)
            question = self._add_message(session, conversation, "user", text, parent)
        return self._prepare(question.id, choice=choice, answer_as=answer_as)

    def reply_to(
        self,
        question_id: str,
        *,
        choice: ProviderChoice | None = None,
        assistant_id: str | None = None,
    ) -> Turn:
        """A new answer to a saved question (Retry, Regenerate); earlier answers stay stored.
        ``assistant_id``: the assistant that answers (Retry of a round's answer keeps its own)."""
        return self._prepare(question_id, choice=choice, answer_as=assistant_id)

    def reply_as(
        self, after_id: str, assistant_id: str, choice: ProviderChoice | None = None
    ) -> Turn:
        """The next answer of a round: ``assistant_id`` answers after message ``after_id``
        (the answer before it), seeing the round so far."""
        return self._prepare(after_id, answer_as=assistant_id, choice=choice)

    def set_assistants(
        self, conversation_id: str, assistant_ids: list[str], summarizer_id: str | None = None
    ) -> ConversationRecord:
        """The assistants that answer the conversation in rounds, in order, and the one that
        sums each round up (None: none). An empty list: one assistant answers, as before."""
        from core.chat.rounds import validated_assistants

        known = {a.id: a for a in self.assistants.all()}
        ordered, summarizer = validated_assistants(assistant_ids, summarizer_id, known)
        return self.conversations.set_assistants(conversation_id, ordered, summarizer)

    def continue_answer(self, answer_id: str, *, choice: ProviderChoice | None = None) -> Turn:
        """Extend an interrupted or stopped answer; the new text is appended to it."""
        answer = self.conversations.message(answer_id)
        if not answer.resumable:
            raise ValueError(
                "Only an interrupted or stopped answer with some text can be continued."
            )
        return self._prepare(
            answer.parent_id or "", choice=choice, continuing=answer, answer_as=answer.assistant_id
        )

    def edit_question(self, question_id: str, text: str, answer_as: str | None = None) -> Turn:
        """Send an edited version of a question as its sibling; the original stays stored.
        ``answer_as``: the assistant that answers it (the first of a round, an @mention)."""
        text = text.strip()
        if not text:
            raise ValueError(translate("ChatErrors", "An empty message cannot be sent."))
        old = self.conversations.message(question_id)
        with self._db.write() as session:
            conversation = _conversation(session, old.conversation_id)
            question = self._add_message(session, conversation, "user", text, old.parent_id)
        return self._prepare(question.id, answer_as=answer_as)

    def model_server(self) -> ModelServer | None:
        """The model server the Chat settings name (None: none set up). Blocking (keyring)."""
        from core.chat.model_catalog import configured_server

        return configured_server(self._settings, self._secrets)

    def available_models(self) -> list[str]:
        """The models the configured server lists; ``ModelListError`` if it cannot say."""
        from core.chat.model_catalog import fetch_models

        server = self.model_server()
        return fetch_models(server) if server is not None else []

    def warm_up(self) -> None:
        """Load the default provider's SDK ahead of the first question (blocking, ~1 s)."""
        try:
            config = self._resolve()
        except ProviderNotConfigured:
            return
        self._provider(config)

    def _resolve(
        self,
        conversation: ConversationRecord | None = None,
        assistant: AssistantRecord | None = None,
        choice: ProviderChoice | None = None,
    ) -> ProviderConfig:
        config = resolve_provider(self._settings, self._secrets, conversation, assistant, choice)
        return replace(config, timeout_s=self.request_timeout_s)

    def _last_message_id(self, conversation_id: str) -> str | None:
        """The id of the last message of the conversation's current thread (the new parent)."""
        thread = self.conversations.thread(conversation_id)
        return thread[-1].id if thread else None

    def _prepare(
        self,
        question_id: str,
        *,
        choice: ProviderChoice | None = None,
        continuing: MessageRecord | None = None,
        answer_as: str | None = None,
    ) -> Turn:
        question = self.conversations.message(question_id)
        conversation = self.conversations.get(question.conversation_id)
        messages = self.conversations.messages(conversation.id)
        labels: dict[str, str] | None = None
        assistant: AssistantRecord | None
        if answer_as is not None:
            assistant, labels = self._speaker(conversation, answer_as)
        else:
            assistant = (
                self.assistants.get(conversation.assistant_id)
                if conversation.assistant_id
                else None
            )
        setup_error: ProviderError | None = None
        config: ProviderConfig | None = None
        try:
            config = self._resolve(conversation, assistant, choice)
        except ProviderNotConfigured as error:
            setup_error = error
        if continuing is not None:
            passages = continuing.passages
        else:
            asked = question
            if question.role != "user":  # a later answer of a round: search for the question
                path = path_to(messages, question.id)
                asked = next((m for m in reversed(path) if m.role == "user"), question)
            passages = self._retrieve(asked.content, assistant, conversation.knowledge)
        anchor = continuing.id if continuing is not None else question.id
        request = build_request(
            path_to(messages, anchor),
            assistant,
            passages,
            continuing=continuing is not None,
            labels=labels,
            speaker_id=answer_as,
        )
        if continuing is not None:
            answer_id = continuing.id
            self._mark_streaming(answer_id)
        else:
            answer_id = self._create_answer(
                conversation.id, question.id, config, passages, answer_as
            )
        provider = None
        if config is not None:
            try:
                provider = self._provider(config)
            except Exception as error:  # an SDK that fails to load is a setup problem
                log.warning("Could not load the %s client: %s", config.kind, error)
                setup_error = ProviderNotConfigured(
                    translate(
                        "ChatErrors",
                        "The {label} client could not be loaded ({error}). "
                        "Reinstalling ConvoSphere may help.",
                    ).format(label=config.label, error=type(error).__name__)
                )
        return Turn(
            conversation=conversation,
            question=question,
            answer_id=answer_id,
            request=request,
            config=config,
            provider=provider,
            prefix=continuing.content if continuing is not None else "",
            passages=list(passages),
            setup_error=setup_error,
            assistant=assistant if answer_as is not None else None,
        )

    def _speaker(
        self, conversation: ConversationRecord, assistant_id: str
    ) -> tuple[AssistantRecord, dict[str, str]]:
        """The assistant that answers, its instructions told of the others (and, for the
        summariser, to sum the round up), and the names that label the others' answers."""
        from core.chat.rounds import RoundInvalid, speaker_prompt

        speaker = self.assistants.get(assistant_id)
        if speaker is None:
            raise RoundInvalid(
                translate(
                    "Rounds",
                    "The assistant that should answer is no longer there (it was deleted); "
                    "choose another in the conversation's assistants.",
                )
            )
        names = self.assistants.names()
        others = [
            names.get(a, "another assistant") for a in conversation.assistant_ids if a != speaker.id
        ]
        summarizing = conversation.summarizer_id == speaker.id
        instructions = speaker_prompt(speaker, summarizing, others, speaker.instructions)
        return replace(speaker, instructions=instructions), names

    def uses_knowledge(
        self, conversation: ConversationRecord | None, assistant: AssistantRecord | None
    ) -> bool:
        """Whether answers search the documents: the conversation's own choice, else its
        assistant's."""
        default = assistant is not None and assistant.knowledge_enabled
        scope = conversation.knowledge if conversation is not None else KnowledgeScope()
        return scope.enabled(default)

    def _retrieve(
        self, question: str, assistant: AssistantRecord | None, scope: KnowledgeScope
    ) -> list[SourcePassage]:
        default = assistant is not None and assistant.knowledge_enabled
        if self.retriever is None or not scope.enabled(default):
            return []
        try:
            found = self.retriever.retrieve(question, limit=PASSAGE_LIMIT, scope=scope)
        except Exception as error:
            # Answering without passages beats not answering; the log says why.
            log.warning("Knowledge search failed; answering without passages: %s", error)
            return []
        # Numbered by position so the prompt's [n] and the saved sources agree.
        return [_renumbered(passage, i) for i, passage in enumerate(found, start=1)]

    def _add_message(
        self, session: Session, conversation: Conversation, role: str, text: str, parent: str | None
    ) -> Message:
        stamp = now_ms()
        message = self._recorder.create(
            session,
            Message,
            workspace_id=self._workspace_id,
            conversation_id=conversation.id,
            parent_id=parent,
            role=role,
            content=text,
            state=MessageState.COMPLETE,
        )
        self._recorder.update(session, conversation, last_message_at_ms=stamp)
        return message

    def _create_answer(
        self,
        conversation_id: str,
        question_id: str,
        config: ProviderConfig | None,
        passages: list[SourcePassage],
        assistant_id: str | None = None,
    ) -> str:
        with self._db.write() as session:
            answer = self._recorder.create(
                session,
                Message,
                workspace_id=self._workspace_id,
                conversation_id=conversation_id,
                parent_id=question_id,
                role="assistant",
                content="",
                state=MessageState.STREAMING,
                provider=config.kind if config else None,
                model=config.model if config else None,
                sources=[p.to_json() for p in passages],
                assistant_id=assistant_id,
            )
            with self._live_lock:
                self._live.add(answer.id)
            return answer.id

    def _mark_streaming(self, answer_id: str) -> None:
        with self._live_lock:
            self._live.add(answer_id)
        with self._db.write() as session:
            found = self._recorder.write_draft(
                session, Message, answer_id, state=MessageState.STREAMING
            )
            assert found, f"no answer {answer_id}"  # i18n: not UI (an internal check)

    def _provider(self, config: ProviderConfig) -> ChatProvider:
        with self._providers_lock:
            provider = self._providers.get(config)
            if provider is None:
                provider = self._providers[config] = self._provider_factory(config)
            return provider

    # --- running turns (async) ---------------------------------------------------------------

    async def run(
        self,
        turn: Turn,
        on_event: Callable[[TurnEvent], None] | None = None,
        *,
        tools: ToolUse | None = None,
    ) -> TurnResult:
        """Stream the answer and save it; cancelling saves what arrived as ``stopped`` (and
        cancels a tool that runs). With ``tools`` the model may call them."""
        from core.chat.streaming import stream_turn

        return await stream_turn(self, turn, on_event, tools)

    def save_draft(self, answer_id: str, text: str) -> None:
        """Commit the text so far of a streaming answer (not synced; blocking)."""
        with self._db.write() as session:
            self._recorder.write_draft(session, Message, answer_id, content=text)

    def save_final(
        self,
        answer_id: str,
        text: str,
        state: str,
        error: ProviderError | None,
        metrics: dict[str, object],
    ) -> MessageRecord:
        """Record the finished answer once: this is what syncs (blocking)."""
        with self._db.write() as session:
            row = session.get(Message, answer_id)
            assert row is not None
            self._recorder.finish_draft(
                session,
                row,
                content=text,
                state=state,
                error=error.message if error is not None else None,
                metrics=metrics,
            )
            conversation = session.get(Conversation, row.conversation_id)
            if conversation is not None:
                self._recorder.update(session, conversation, last_message_at_ms=now_ms())
            record = MessageRecord.of(row)
        with self._live_lock:
            self._live.discard(answer_id)
        return record

    def settle_stopped(self, answer_id: str) -> MessageRecord:
        """The answer of a turn stopped before it began streaming (its question was still being
        saved, or the task had not taken a step): saved as ``stopped`` with the text it had
        (a continued answer's, or none). An answer already settled is returned as it is
        (blocking)."""
        answer = self.conversations.message(answer_id)
        if answer.state != MessageState.STREAMING:
            return answer
        return self.save_final(
            answer_id, answer.content, MessageState.STOPPED, None, answer.metrics
        )

    def draft_writer(self, answer_id: str, text: Callable[[], str]) -> DraftWriter:
        return DraftWriter(
            lambda value: self.save_draft(answer_id, value),
            text,
            self.in_worker,
            self.draft_interval_s,
        )

    def in_worker(self, fn: Callable[..., T], *args: object) -> asyncio.Future[T]:
        """Run a blocking save or read of this service off the event loop's thread."""
        return asyncio.get_running_loop().run_in_executor(self._saver, fn, *args)

    async def aclose(self) -> None:
        """Close the providers' connections."""
        with self._providers_lock:
            providers = list(self._providers.values())
            self._providers.clear()
        for provider in providers:
            await provider.aclose()

    def close(self) -> None:
        """Let the save thread finish what it has and end (blocking)."""
        self._saver.shutdown(wait=True)


def _conversation(session: Session, conversation_id: str) -> Conversation:
    row = session.get(Conversation, conversation_id)
    if row is None or row.deleted:
        raise ConversationNotFound(
            translate("Conversations", "There is no conversation {id}.").format(id=conversation_id)
        )
    return row


def _renumbered(passage: SourcePassage, number: int) -> SourcePassage:
    return passage if passage.number == number else replace(passage, number=number)
