"""The chat page's header: the conversation's title, its assistant and model, and the way to
edit assistants. Choices for a conversation are saved through the chat service; for a new one
they wait in the session until the first message creates it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from core.i18n import translate
from desktop.shell.elide import ElidedLabel

if TYPE_CHECKING:
    from core.chat.records import AssistantRecord, ConversationRecord
    from core.chat.service import ChatService
    from core.conflicts import ConflictService
    from desktop.chat.session import ChatSession
    from desktop.operations import Operations


EDIT_ASSISTANTS = "edit-assistants"  # the assistant list's last entry: opens the editor
ROSTER = "several-assistants"  # the entry that opens the choice of several assistants


class ConversationHeader(QWidget):
    """Title, assistant and model in one row; the assistant list ends in "Edit assistants…"
    (a button of its own would take the room a long title needs)."""

    conversation_changed = Signal(object)  # the ConversationRecord after a choice was saved
    roster_changed = Signal()  # a new conversation's several assistants were chosen

    def __init__(self, session: ChatSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.chat: ChatService | None = None
        self.conflicts: ConflictService | None = None  # set by the app: sync's kept versions
        self.ops: Operations | None = None
        self.assistants: list[AssistantRecord] = []
        self.title = ElidedLabel(translate("ChatHeader", "New conversation"))
        self.assistant_box = QComboBox()
        self.assistant_box.setMinimumWidth(180)
        # As wide as its longest name (the names arrive after the first show), else elided.
        self.assistant_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.assistant_box.setToolTip(
            translate(
                "ChatHeader",
                "The assistant answering in this conversation (the list ends in Edit assistants…)",
            )
        )
        self.model_box = QComboBox(editable=True)
        self.model_box.setMinimumWidth(160)
        model_edit = self.model_box.lineEdit()
        assert model_edit is not None  # an editable combo box always has one
        model_edit.setPlaceholderText(translate("ChatHeader", "Default model"))
        self.model_box.setToolTip(
            translate("ChatHeader", "A model for this conversation only (empty: the default)")
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.title, 1)
        row.addWidget(self.assistant_box)
        row.addWidget(self.model_box)
        self._shown_index = 0  # the assistant shown before "Edit assistants…" was picked
        self.assistant_box.activated.connect(self._assistant_chosen)
        model_edit.editingFinished.connect(self._model_chosen)

    def attach(self, chat: ChatService, ops: Operations) -> None:
        self.chat, self.ops = chat, ops
        self._load_assistants()
        self.load_models()

    def load_models(self) -> None:
        """List the configured server's models in the model box (typing one stays possible)."""
        if self.chat is None or self.ops is None:
            return
        self.ops.run(
            translate("ChatHeader", "Listing the server's models"),
            self.chat.available_models,
            on_done=self._models_loaded,
            on_error=lambda _error: self._models_loaded([]),  # the box still takes a name
        )

    def _models_loaded(self, models: list[str]) -> None:
        box = self.model_box
        text = box.currentText()
        box.blockSignals(True)
        box.clear()
        box.addItems(models)
        box.setEditText(text)
        box.blockSignals(False)
        box.setToolTip(
            translate(
                "ChatHeader",
                "A model for this conversation only (empty: the default); %n offered by the server",
                None,
                len(models),
            )
            if models
            else translate(
                "ChatHeader",
                "A model for this conversation only (empty: the default); type its name",
            )
        )

    def _load_assistants(self) -> None:
        if self.chat is None or self.ops is None:
            return
        self.ops.run(
            translate("ChatHeader", "Listing assistants"),
            self.chat.assistants.all,
            on_done=self._assistants_loaded,
        )

    def _assistants_loaded(self, records: list[AssistantRecord]) -> None:
        self.assistants = records
        if self.session.new_assistant_id is None and records:
            general = next((r for r in records if r.name == "General assistant"), records[0])
            self.session.new_assistant_id = general.id
        self.show_conversation(self.session.conversation)
        self.roster_changed.emit()  # the names the round and its answers are labelled with

    def show_conversation(self, conversation: ConversationRecord | None) -> None:
        """Show a conversation's title, assistant and model (None: a new conversation)."""
        self.title.setText(
            conversation.title if conversation else translate("ChatHeader", "New conversation")
        )
        chosen = conversation.assistant_id if conversation else self.session.new_assistant_id
        box = self.assistant_box
        box.blockSignals(True)
        box.clear()
        box.addItem(translate("ChatHeader", "No assistant"), None)
        for record in self.assistants:
            box.addItem(record.name, record.id)
        box.insertSeparator(box.count())
        roster = conversation.assistant_ids if conversation else self.session.new_assistants
        several = (
            translate("ChatHeader", "Several assistants ({count})…").format(count=len(roster))
            if roster
            else translate("ChatHeader", "Several assistants…")
        )
        box.addItem(several, ROSTER)
        box.addItem(translate("ChatHeader", "Edit assistants…"), EDIT_ASSISTANTS)
        self._shown_index = max(box.findData(ROSTER if roster else chosen), 0)
        box.setCurrentIndex(self._shown_index)
        box.blockSignals(False)
        model = (conversation.model if conversation else None) or ""
        if self.model_box.currentText() != model:
            self.model_box.setEditText(model)

    def _assistant_chosen(self, _index: int) -> None:
        assistant_id = self.assistant_box.currentData()
        if assistant_id == EDIT_ASSISTANTS:
            self.assistant_box.setCurrentIndex(self._shown_index)
            self.edit_assistants()
            return
        if assistant_id == ROSTER:
            self.assistant_box.setCurrentIndex(self._shown_index)
            self.choose_several()
            return
        self._shown_index = self.assistant_box.currentIndex()
        conversation = self.session.conversation
        if conversation is None:
            self.session.new_assistant_id = assistant_id
            if self.session.new_assistants:  # one assistant again
                self.session.new_assistants, self.session.new_summarizer_id = (), None
                self.roster_changed.emit()
            return
        self._save_choice(conversation, assistant_id, conversation.model)

    def choose_several(self) -> None:
        """Choose the assistants that answer in rounds (a dialog), and save the choice."""
        from desktop.chat.roster import RosterDialog

        conversation = self.session.conversation
        roster = conversation.assistant_ids if conversation else self.session.new_assistants
        summarizer = conversation.summarizer_id if conversation else self.session.new_summarizer_id
        dialog = RosterDialog(self.assistants, roster, summarizer, self)
        if dialog.exec() != RosterDialog.DialogCode.Accepted:
            return
        ids, summarizer = dialog.chosen()
        if conversation is None:
            self.session.new_assistants, self.session.new_summarizer_id = tuple(ids), summarizer
            self.show_conversation(None)
            self.roster_changed.emit()
            return
        assert self.chat is not None and self.ops is not None
        self.ops.run(
            translate("ChatHeader", "Saving the conversation's assistants"),
            self.chat.set_assistants,
            conversation.id,
            ids,
            summarizer,
            on_done=self._saved_several,
        )

    def _saved_several(self, conversation: ConversationRecord) -> None:
        self.show_conversation(conversation)
        self.conversation_changed.emit(conversation)

    def _model_chosen(self) -> None:
        model = self.model_box.currentText().strip() or None
        conversation = self.session.conversation
        if conversation is None:
            self.session.new_model = model
        elif model != conversation.model:
            self._save_choice(conversation, conversation.assistant_id, model)

    def _save_choice(
        self, conversation: ConversationRecord, assistant_id: str | None, model: str | None
    ) -> None:
        assert self.chat is not None and self.ops is not None
        chat = self.chat

        def save() -> ConversationRecord:
            if conversation.several and assistant_id != conversation.assistant_id:
                chat.set_assistants(conversation.id, [])  # one assistant answers again
            return chat.conversations.set_model(
                conversation.id, assistant_id=assistant_id, provider=conversation.provider,
                model=model,
            )  # fmt: skip

        was_several = conversation.several
        self.ops.run(
            translate("ChatHeader", "Saving the conversation's model"),
            save,
            on_done=lambda saved: self._saved_choice(saved, was_several),
        )

    def _saved_choice(self, conversation: ConversationRecord, was_several: bool) -> None:
        if was_several:
            self.show_conversation(conversation)  # "Several assistants (n)" is gone
        self.conversation_changed.emit(conversation)

    def edit_assistants(self) -> None:
        if self.chat is None or self.ops is None:
            return
        from desktop.chat.assistants import AssistantsDialog

        dialog = AssistantsDialog(self.chat, self.ops, self, conflicts=self.conflicts)
        dialog.changed.connect(self._load_assistants)
        dialog.exec()
