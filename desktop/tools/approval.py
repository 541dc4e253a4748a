"""The chat page's prompt for a tool call that waits for the user: allow once, always allow
its server, or deny. One question at a time; the answer resolves the turn's waiting future."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.i18n import translate

if TYPE_CHECKING:
    import asyncio

    from core.tools.runner import Approval, ApprovalRequest


class ToolApprovalBar(QFrame):
    """Shown above the composer while a tool call waits for approval."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ToolApprovalBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setObjectName("ToolApprovalQuestion")
        self.arguments = QLabel()
        self.arguments.setWordWrap(True)
        self.arguments.setObjectName("ToolApprovalArguments")
        buttons = QHBoxLayout()
        self.allow_button = QPushButton(translate("ToolApproval", "Allow once"))
        self.allow_button.setDefault(True)
        self.always_button = QPushButton(translate("ToolApproval", "Always allow this server"))
        self.deny_button = QPushButton(translate("ToolApproval", "Deny"))
        buttons.addWidget(self.allow_button)
        buttons.addWidget(self.always_button)
        buttons.addStretch(1)
        buttons.addWidget(self.deny_button)
        layout.addWidget(self.question)
        layout.addWidget(self.arguments)
        layout.addLayout(buttons)
        self._waiting: asyncio.Future[Approval] | None = None
        self.allow_button.clicked.connect(lambda: self._answer("once"))
        self.always_button.clicked.connect(lambda: self._answer("always"))
        self.deny_button.clicked.connect(lambda: self._answer("deny"))
        self.hide()

    async def ask(self, request: ApprovalRequest) -> Approval:
        """Show the question and wait for the answer (a Stop cancels the wait)."""
        from core.tools.model import BUILTIN_SERVER

        spec = request.spec
        where = (
            translate("ToolApproval", "built in")
            if spec.server == BUILTIN_SERVER
            else translate("ToolApproval", "server “{name}”").format(name=_escape(spec.server))
        )
        self.question.setText(
            translate("ToolApproval", "<b>Run {tool}?</b> ({where}; {risk}) {description}").format(
                tool=_escape(spec.tool),
                where=where,
                risk=spec.risk.label,
                description=_escape(spec.shown_description[:160]),
            )
        )
        arguments = _escape(json.dumps(request.arguments, ensure_ascii=False)[:400])
        self.arguments.setText(f"<code>{arguments}</code>")  # i18n: not UI
        self.always_button.setVisible(spec.server != BUILTIN_SERVER)
        self.always_button.setText(
            translate("ToolApproval", "Always allow “{name}”").format(name=spec.server)
        )
        import asyncio  # not at module level: the chat page is built before the first paint

        future: asyncio.Future[Approval] = asyncio.get_running_loop().create_future()
        self._waiting = future
        self.show()
        self.allow_button.setFocus()
        try:
            return await future
        finally:
            self._waiting = None
            self.hide()

    @property
    def waiting(self) -> bool:
        return self._waiting is not None and not self._waiting.done()

    def _answer(self, value: str) -> None:
        from core.tools.runner import Approval

        if self._waiting is not None and not self._waiting.done():
            self._waiting.set_result(Approval(value))


def _escape(text: str) -> str:
    import html

    return html.escape(text)
