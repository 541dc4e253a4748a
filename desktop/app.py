"""The GUI's assembly: builds the window, then opens the core root (``core.root``, where every
service is built and wired) and hands each page the parts it shows.

Startup order is the point of this module. The window is painted from what is cheap to load
(Qt, the device settings file, the style sheet) while a thread checks the database schema with
plain ``sqlite3``. Only after the first paint are asyncio/qasync, SQLAlchemy and the services
loaded, off the GUI thread. ``--smoke`` goes on until the chat page accepts a question (its
session is attached to the chat service), prints its timings as JSON and quits the usual way.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeGuard

from PySide6.QtCore import QObject, QProcess, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from shiboken6 import isValid

from core import i18n
from core.i18n import number, translate
from core.paths import AppPaths, resolve_paths
from core.settings import PROVIDERS, SETTINGS, DeviceSettings
from desktop import language
from desktop.shell.main_window import MainWindow, PageEntry
from desktop.theme import ThemeController

if TYPE_CHECKING:
    from core.chat.local_servers import LocalServer
    from core.chat.service import ChatService
    from core.chat.tool_loop import ToolUse
    from core.db.migrate import MigrationResult
    from core.jobs import JobInfo, JobRunner
    from core.knowledge.suggestions import Suggestion
    from core.root import Root
    from core.sources import SourcePassage
    from desktop.chat.page import ChatPage
    from desktop.jobs.model import JobListModel
    from desktop.knowledge.cited_files import CitedFiles
    from desktop.knowledge.viewer import DocumentViewer
    from desktop.operations import Operations
    from desktop.shell.quick_switcher import QuickSwitcher
    from desktop.sync.workspaces import CarriedDraft
    from sync.client.client import SyncClient, SyncStatus
    from sync.client.live import LiveState

STARTED = time.perf_counter()
KNOWLEDGE_WARM_DELAY_MS = 1500
MODEL_SERVER_CHECK_MS = 30_000
PAGE_PRELOAD_DELAY_MS = 4000
log = logging.getLogger(__name__)
_LOOP: Any = None  # the process's qasync loop, made after the first paint


def elapsed_ms() -> float:
    return round((time.perf_counter() - STARTED) * 1000, 1)


class SchemaCheck(QObject):
    """Makes sure app.db has this build's schema; creating or upgrading it runs in a thread.

    The usual case, a current database, is one read of ``alembic_version`` with ``sqlite3``
    (a few ms), answered at once; only a new or older database needs the thread.
    """

    finished = Signal(object)  # MigrationResult, or the exception that stopped it

    def start(self, paths: AppPaths) -> None:
        from core.db.migrate import DatabaseError, MigrationResult, current_revision, head_revision

        head = head_revision()
        try:
            current = paths.database.is_file() and current_revision(paths.database) == head
        except DatabaseError:
            current = False  # the thread meets the same error and reports it
        if current and paths.files_dir.is_dir():
            result = MigrationResult(head, head, None)
            QTimer.singleShot(0, lambda: self.finished.emit(result))
            return
        threading.Thread(target=self._run, args=(paths,), daemon=True, name="schema").start()

    def _run(self, paths: AppPaths) -> None:
        from core.db.migrate import ensure_schema

        try:
            paths.create()
            self.finished.emit(ensure_schema(paths.database))
        except Exception as error:  # reported to the user by DesktopApp
            self.finished.emit(error)


class DesktopApp(QObject):
    """Owns the window, the pages and, once open, the services."""

    quit_ready = Signal()  # wound down after the window closed: the app can quit now
    sync_state = Signal(object)  # a LiveState, emitted from the sync thread

    def __init__(
        self,
        app: QApplication,
        paths: AppPaths,
        *,
        smoke: bool,
        extensions: Sequence[Callable[[Root], None]] = (),
    ) -> None:
        super().__init__(app)
        self.app, self.paths, self.smoke = app, paths, smoke
        self.extensions = tuple(extensions)
        self.device = DeviceSettings(paths.device_settings)
        self.language = language.start(self.device.get("appearance.language")).language
        self._qt_translator = language.install_qt_translations(app, self.language)
        self.restart_requested = False  # the user chose "Restart now" (a new language)
        self.theme = ThemeController(
            app,
            self.device.get("appearance.theme"),
            touch=bool(self.device.get("appearance.touch_mode")),
        )
        self.theme.apply()
        self.services: Root | None = None
        self.ops: Operations | None = None
        self.runner: JobRunner | None = None
        self.chat: ChatService | None = None
        self._shut_down = False
        self._winding_down = False
        self._jobs_model: JobListModel | None = None
        self._painted_ms: float | None = None
        self._ready_ms: float | None = None
        self.sync_client: SyncClient | None = None
        self._chat_built_ms: float | None = None
        self._loaded_at_paint: list[str] = []
        self._smoke_done = False
        self._schema: Any = None
        self.open_at_start: tuple[str, int | None] | None = None  # `docs show ID --page N`
        self._cited: CitedFiles | None = None  # files of cited documents, found beforehand
        self._source_pane: DocumentViewer | None = None  # the split pane, made once, reused
        # How the app starts again in another workspace (tests replace it: no second process).
        self.restart: Callable[[], None] = self._restart_process
        self.window = MainWindow(
            [
                PageEntry("chat", translate("App", "Chat"), "chat", self._build_chat),
                PageEntry(
                    "knowledge",
                    translate("App", "Knowledge"),
                    "knowledge",
                    self._build_knowledge,
                ),
                PageEntry("tools", translate("App", "Tools"), "tools", self._build_tools),
                PageEntry("jobs", translate("App", "Jobs"), "jobs", self._build_jobs),
                PageEntry("usage", translate("App", "Usage"), "usage", self._build_usage),
                PageEntry(
                    "admin", translate("App", "Admin"), "admin", lambda: self.console.build()
                ),
                PageEntry(
                    "settings", translate("App", "Settings"), "settings", self._build_settings
                ),
            ]
        )
        from desktop.admin.access import ConsoleAccess

        self.console = ConsoleAccess(self.window, self)  # shows "Admin" to admins only
        self.window.restore_geometry_text(self.device.get("ui.window_geometry"))
        self.window.first_painted.connect(self._on_painted)
        self.window.closing.connect(self._save_window_state)
        self._add_shortcuts()
        self.window.statusBar().showMessage(translate("App", "Opening your data…"))
        self._warm_timer = QTimer(self, singleShot=True)
        self._warm_timer.timeout.connect(self._warm_knowledge)
        self._schema_check = SchemaCheck(self)
        self._schema_check.finished.connect(self._on_schema)
        if smoke:  # the chat page may be built after the services are open
            self.window.page_created.connect(lambda *_: self._check_chat_accepts_questions())

    def _build_chat(self) -> ChatPage:
        from desktop.chat.page import ChatPage

        page = ChatPage()
        self._chat_built_ms = elapsed_ms()
        page.setup_provider_requested.connect(lambda: self.show_provider_setup(False))
        page.source_clicked.connect(self.open_source)
        page.passages_shown.connect(self._passages_shown)
        page.use_local_server.connect(self._use_local_server)
        if self.chat is not None and self.ops is not None and self.services is not None:
            page.attach(self.chat, self.services.knowledge, self.services.library, self.ops)
            page.header.conflicts = self.services.conflicts
            self._wire_tools(page, self.services)
        return page

    def _build_tools(self) -> QWidget:
        from desktop.tools.page import ToolsPage

        page = ToolsPage()
        if self.services is not None and self.ops is not None:
            page.attach(self.services.tools, self.ops)
        return page

    def _wire_tools(self, page: ChatPage, services: Root) -> None:
        """Let the chat's answers use tools, asking in the chat page when a call needs it."""

        def choice() -> tuple[bool, int]:
            return bool(services.settings.get("tools.in_chat")), services.tools.runner.max_steps

        async def tool_use() -> ToolUse | None:
            import asyncio

            from core.chat.tool_loop import ToolUse

            on, steps = await asyncio.get_running_loop().run_in_executor(None, choice)
            return ToolUse(services.tools.runner, page.tool_approval.ask, steps) if on else None

        page.session.tools = tool_use

    def _build_settings(self) -> QWidget:
        from desktop.settings.account import AccountSection
        from desktop.settings.page import SettingsPage

        page = SettingsPage()
        page.changed.connect(self._setting_changed)
        self.account = AccountSection()
        self.account.signed_in.connect(self._signed_in)
        self.account.sync_requested.connect(self._sync_now)
        self.sync_state.connect(self.account.show_state)
        page.add_section(self.account)
        from desktop.settings.privacy import PrivacySection

        self.privacy = PrivacySection()
        self.privacy.erase_confirmed.connect(self._erase_local_data)
        self.account.signed_in.connect(lambda _notes: self.console.check())
        self.account.signed_out.connect(self.console.check)
        self.account.signed_in.connect(lambda _notes: self.privacy.refresh_account())
        self.account.signed_out.connect(self.privacy.refresh_account)
        self.privacy.server_account_erased.connect(self._server_account_erased)
        page.add_section(self.privacy, at_end=True)
        if self.services is not None and self.ops is not None:
            page.attach(self.services, self.ops)
        if self.sync_client is not None and self.ops is not None:
            self.account.attach(self.sync_client, self.ops)
        if self.services is not None and self.ops is not None:
            self.privacy.attach(self.services, self.ops)
            if self.sync_client is not None:
                self.privacy.attach_sync(self.sync_client)
        return page

    def _build_knowledge(self) -> QWidget:
        from desktop.knowledge.page import KnowledgePage

        page = KnowledgePage()
        page.imports.read.connect(self._job_read)
        if self.services is not None and self.ops is not None:
            page.attach(self.services, self.ops)
        return page

    @property
    def jobs_model(self) -> JobListModel:
        """The jobs every view shows; made on first use, after the first paint."""
        if self._jobs_model is None:
            from desktop.jobs.model import JobListModel

            self._jobs_model = JobListModel()
        return self._jobs_model

    def _build_usage(self) -> QWidget:
        from core.dashboard import DashboardReader
        from desktop.usage.page import UsagePage

        page = UsagePage()
        if self.services is not None and self.ops is not None:
            page.attach(self.services.usage, self.ops, DashboardReader.of(self.services))
        return page

    def _erase_local_data(self) -> None:
        """Settings → Delete all local data, confirmed: close everything, erase the data dir's
        content, and start again at the first run."""
        from desktop.settings.privacy import erase_local_data

        if self.services is None or self.ops is None:
            return
        self.window.setEnabled(False)
        self.window.statusBar().showMessage(translate("App", "Deleting all local data…"))
        stop = [getattr(self, "watcher", None), getattr(self, "_server_timer", None)]
        services, self.services = self.services, None

        def erased(_report: object) -> None:
            QMessageBox.information(
                self.window,
                translate("App", "Local data deleted"),
                translate(
                    "App",
                    "Everything ConvoSphere kept on this device is deleted. It starts afresh now.",
                ),
            )
            self.restart()

        def failed(error: BaseException) -> None:
            from desktop.errors import describe_error

            QMessageBox.warning(
                self.window, translate("App", "Could not delete"), describe_error(error)
            )
            self.restart()  # whatever was stopped starts again

        coro = erase_local_data(services, self.sync_client, self._wind_down, stop)
        what = translate("App", "Deleting all local data")
        self.ops.spawn(what, coro, on_done=erased, on_error=failed)

    def _server_account_erased(self) -> None:
        """The account is gone from the server and this device signed out: say so everywhere."""
        self.console.check()
        if self.sync_client is not None and self.ops is not None:
            show = self.account.show_status
            what = translate("App", "Reading the sync account")
            self.ops.run(what, self.sync_client.status, on_done=show)

    def _build_jobs(self) -> QWidget:
        from desktop.jobs.page import JobsPage

        page = JobsPage(self.jobs_model)
        if self.services is not None and self.ops is not None:
            page.attach(self.services, self.ops)
        return page

    def start(self) -> None:
        self._schema_check.start(self.paths)
        # The chat page's modules load in a thread while Qt shows and paints the frame (mostly
        # C++, the GIL free), so the page that takes the first question is built right after.
        threading.Thread(target=_preload, args=("desktop.chat.page",), daemon=True).start()
        self.window.show()

    def _add_shortcuts(self) -> None:
        window = self.window
        window.add_shortcut("Ctrl+N", self.new_chat)
        window.add_shortcut("Ctrl+,", lambda: window.go_to("settings"))
        window.add_shortcut("Ctrl+B", window.toggle_sidebar)
        window.set_sidebar_collapsed(bool(self.device.get("ui.sidebar_collapsed")))
        window.sidebar_toggled.connect(self._remember_sidebar)
        commands = {
            translate("App", "New chat"): self.new_chat,
            translate("App", "Go to Chat"): lambda: window.go_to("chat"),
            translate("App", "Go to Knowledge"): lambda: window.go_to("knowledge"),
            translate("App", "Go to Tools"): lambda: window.go_to("tools"),
            translate("App", "Go to Jobs"): lambda: window.go_to("jobs"),
            translate("App", "Go to Usage"): lambda: window.go_to("usage"),
            translate("App", "Go to Settings"): lambda: window.go_to("settings"),
            translate("App", "Set up a model provider"): lambda: self.show_provider_setup(False),
            translate("App", "Edit assistants"): self.edit_assistants,
            translate("App", "Collapse or expand the sidebar (Ctrl+B)"): window.toggle_sidebar,
            translate("App", "Show the conversations' trash"): self.show_conversation_trash,
            translate("App", "Switch workspace…"): self.show_workspaces,
            translate("App", "Search history and saved searches…"): self.show_search_history,
        }
        window.workspace_clicked.connect(self.show_workspaces)
        self.switcher: QuickSwitcher | None = None

        def open_switcher() -> None:
            if self.switcher is None:
                from desktop.shell.quick_switcher import QuickSwitcher

                self.switcher = QuickSwitcher(commands, window)
                self.switcher.suggest.connect(self._suggest_in_switcher)
            self.switcher.popup(window)
            self._fill_switcher()

        window.add_shortcut("Ctrl+K", open_switcher)

    def _fill_switcher(self) -> None:
        """Offer the conversations, documents, assistants and settings in Ctrl+K (read in a
        worker; the commands are there at once)."""
        from desktop.shell.quick_switcher import SwitcherEntry

        services, switcher = self.services, self.switcher
        settings = [
            SwitcherEntry(
                translate("App", "Setting"),
                translate("Settings", spec.label),
                functools.partial(self.show_setting, spec.key),
            )
            for spec in SETTINGS
            if not spec.hidden
        ]
        if switcher is None:
            return
        if services is None or self.ops is None:
            switcher.set_found(settings)
            return

        untitled = translate("App", "New conversation")

        def read() -> list[tuple[str, str, str]]:
            chat, catalog = services.chat, services.library.catalog
            found = [
                ("conversation", c.title or untitled, c.id) for c in chat.conversations.search("")
            ]
            found += [
                ("archived", c.title or untitled, c.id)
                for c in chat.conversations.search("", archived=True)
            ]
            found += [("document", d.title, d.id) for d in catalog.page(limit=2000)]
            found += [("assistant", a.name, a.id) for a in chat.assistants.all()]
            client = self.sync_client
            if client is not None:
                found += [
                    ("workspace", w.name, w.id) for w in client.status().workspaces if not w.current
                ]
            found += [
                ("version", f"{v.item_name} — {v.field_label}", f"{v.entity}:{v.entity_id}")
                for v in services.conflicts.all()
            ]
            return found

        def show(found: list[tuple[str, str, str]]) -> None:
            actions = {
                "document": self.open_document,
                "assistant": self.chat_with_assistant,
                "workspace": self.switch_to_workspace,
                "version": self.compare_versions,
            }
            kinds = {
                "conversation": translate("App", "Conversation"),
                "archived": translate("App", "Archived conversation"),
                "document": translate("App", "Document"),
                "assistant": translate("App", "Assistant"),
                "workspace": translate("App", "Workspace"),
                "version": translate("App", "Other version"),
            }
            entries = [
                SwitcherEntry(
                    kinds[kind],
                    name,
                    functools.partial(actions.get(kind, self.open_conversation), item_id),
                )
                for kind, name, item_id in found
            ]
            switcher.set_found([*entries, *settings])

        switcher.set_found(settings)
        self.ops.run(translate("App", "Finding what Ctrl+K offers"), read, on_done=show)

    def _suggest_in_switcher(self, typed: str) -> None:
        """Search suggestions for what Ctrl+K has typed (read in a worker; stale ones dropped)."""
        from desktop.shell.quick_switcher import search_entries

        services, switcher = self.services, self.switcher
        if services is None or switcher is None or self.ops is None:
            return
        if len(typed.strip()) < 2:
            switcher.set_suggestions(typed, [])
            return

        def show(found: list[Suggestion]) -> None:
            switcher.set_suggestions(typed, search_entries(typed, found, self.search_knowledge))

        suggest = services.search.suggester.suggest
        self.ops.run(translate("App", "Suggesting searches"), suggest, typed, on_done=show)

    def show_search_history(self) -> None:
        from desktop.knowledge.page import KnowledgePage

        page = self.window.go_to("knowledge")
        if isinstance(page, KnowledgePage):
            page.show_search_history()

    def search_knowledge(self, query: str) -> None:
        """Show the Knowledge page searching for ``query`` (from Ctrl+K), and remember it."""
        from desktop.knowledge.page import KnowledgePage

        page = self.window.go_to("knowledge")
        if isinstance(page, KnowledgePage):
            page.run_query(query, "palette")

    def _remember_sidebar(self, collapsed: bool) -> None:
        with contextlib.suppress(OSError):  # not worth a dialog: the window still works
            self.device.set("ui.sidebar_collapsed", collapsed)

    def show_conversation_trash(self) -> None:
        page = self.window.go_to("chat")
        if _is_chat_page(page):
            page.show_conversations()
            page.panel.trash_button.setChecked(True)

    def open_conversation(self, conversation_id: str) -> None:
        page = self.window.go_to("chat")
        if _is_chat_page(page):
            page.open_conversation(conversation_id)

    def open_document(self, document_id: str) -> None:
        from desktop.knowledge.page import KnowledgePage

        page = self.window.go_to("knowledge")
        if isinstance(page, KnowledgePage):
            page.open_document(document_id)

    def chat_with_assistant(self, assistant_id: str) -> None:
        """A new chat with this assistant."""
        page = self.window.go_to("chat")
        if _is_chat_page(page):
            page.new_chat()
            page.session.new_assistant_id = assistant_id
            page.header.show_conversation(None)

    def show_setting(self, key: str) -> None:
        from desktop.settings.page import SettingsPage

        page = self.window.go_to("settings")
        if isinstance(page, SettingsPage):
            page.focus_setting(key)

    def edit_assistants(self) -> None:
        page = self.window.go_to("chat")
        if _is_chat_page(page):
            page.header.edit_assistants()

    def new_chat(self) -> None:
        page = self.window.go_to("chat")
        if _is_chat_page(page):
            page.new_chat()

    # --- startup, in order -------------------------------------------------------------

    def _on_painted(self) -> None:
        self._painted_ms = elapsed_ms()
        if self.smoke:  # what the first paint waited for (tests check no heavy library did)
            self._loaded_at_paint = sorted({name.partition(".")[0] for name in sys.modules})
        self._continue_when_ready()

    def _on_schema(self, result: object) -> None:
        self._schema = result
        self._continue_when_ready()

    def _continue_when_ready(self) -> None:
        if self._painted_ms is None or self._schema is None:
            return
        self._ready_ms = elapsed_ms()
        if isinstance(self._schema, BaseException):
            self._fail_to_open(self._schema)
        else:
            # Let this paint reach the screen before loading the heavier modules.
            QTimer.singleShot(0, self._open_services)

    def _check_chat_accepts_questions(self) -> None:
        """``--smoke`` ends once the chat page is attached: Enter would send a question."""
        if not self.smoke or self._smoke_done or self.chat is None:
            return
        page = self.window.built_pages().get("chat")
        if page is None:  # opened on another page (--page): build the chat page too
            self.window.go_to("chat")  # page_created calls back here
        elif _is_chat_page(page) and page.session.ready:
            self._finish_smoke()

    def _finish_smoke(self) -> None:
        self._smoke_done = True
        result: MigrationResult = self._schema
        report = {
            "painted_ms": self._painted_ms,
            "ready_ms": self._ready_ms,
            # Enter is taken from the chat page's first paint (a question typed before the
            # chat service is open waits in the box and goes then: ChatPage._send).
            "accepts_question_ms": max(self._painted_ms or 0.0, self._chat_built_ms or 0.0),
            "chat_ready_ms": elapsed_ms(),
            "schema": result.after,
            "upgraded": result.upgraded,
            "database": str(self.paths.database),
            "loaded_at_paint": self._loaded_at_paint,
            "language": self.language,
            "pages": [entry.title for entry in self.window._entries],  # as the sidebar reads
        }
        print(json.dumps(report), flush=True)
        # Quit as a closed window does; run_app connects quit_ready to QApplication.quit.
        self.quit_when_idle()

    def _fail_to_open(self, error: BaseException) -> None:
        from desktop.errors import describe_error

        message = describe_error(error)
        if self.smoke:
            print(f"convosphere: {message}", file=sys.stderr, flush=True)  # i18n: not UI
            self.app.exit(1)
            return
        QMessageBox.critical(
            self.window, translate("App", "ConvoSphere cannot open your data"), message
        )
        self.app.exit(1)

    def _open_services(self) -> None:
        import asyncio
        from concurrent.futures import ThreadPoolExecutor

        import qasync

        from desktop.operations import Operations

        global _LOOP
        if _LOOP is None:
            # One asyncio loop per process, running inside Qt's own event loop.
            _LOOP = qasync.QEventLoop(self.app, already_running=True)
            # Plain threads for the loop's own blocking calls (getaddrinfo when a model server
            # is contacted): qasync's default QThreads abort the process if alive at exit.
            _LOOP.set_default_executor(ThreadPoolExecutor(thread_name_prefix="asyncio-default"))
            asyncio.set_event_loop(_LOOP)
        loop = _LOOP
        self.ops = Operations(loop, self)
        self.ops.failed.connect(self._show_failure)
        self.ops.run(
            translate("App", "Opening your data"),
            functools.partial(_open_root, self.paths, self.device, self.extensions),
            on_done=self._services_ready,
            on_error=self._fail_to_open,
        )

    def _services_ready(self, services: Root) -> None:
        from desktop.shell.connectivity import ConnectivityMonitor

        assert self.ops is not None
        self.services = services
        migration = services.migration
        note = translate("App", "Ready")
        if migration.upgraded and migration.backup is not None:
            note = translate("App", "Your data was upgraded; a backup is at {path}").format(
                path=migration.backup
            )
        self.window.statusBar().showMessage(note, 8000)
        from desktop.jobs.page import JobsPage
        from desktop.knowledge.page import KnowledgePage
        from desktop.settings.page import SettingsPage
        from desktop.tools.page import ToolsPage

        for page in self.window.built_pages().values():
            if isinstance(page, SettingsPage | JobsPage | KnowledgePage):
                page.attach(services, self.ops)
            elif isinstance(page, ToolsPage):
                page.attach(services.tools, self.ops)
        # Imported once its page was built; a preload thread may be importing it right now
        # (no UsagePage yet: then no page is one).
        usage = getattr(sys.modules.get("desktop.usage.page"), "UsagePage", None)
        for page in self.window.built_pages().values():
            if usage is not None and isinstance(page, usage):
                from core.dashboard import DashboardReader

                page.attach(services.usage, self.ops, DashboardReader.of(services))
        privacy = getattr(self, "privacy", None)
        if privacy is not None:
            privacy.attach(services, self.ops)
        from desktop.knowledge.qt_rasterizer import QtPdfRasterizer

        services.sources.recognizer.fallback = QtPdfRasterizer()  # where poppler is missing
        self._start_jobs(services)
        if not self.smoke:  # smoke quits once the chat is ready: no background work to start
            self._warm_timer.start(KNOWLEDGE_WARM_DELAY_MS)
            # The usage page's chart library (~0.4 s to import) loads in a thread, not on the
            # click that opens the page.
            preload = functools.partial(_preload_in_thread, "desktop.usage.page")
            QTimer.singleShot(PAGE_PRELOAD_DELAY_MS, self, preload)
        self._chat_ready(services.chat)
        if self._winding_down:  # smoke is done, or the window was closed while opening
            return
        self._watch_data(services)
        self._start_sync(services)
        self._restore_carried_draft(services)
        from desktop.shell.updates import UpdateNotice

        self.update_notice = UpdateNotice(self.window, self.ops, self.device)
        self.update_notice.start()  # only if the user turned update checks on
        self.monitor = ConnectivityMonitor(parent=self)
        self.monitor.changed.connect(self._show_online)
        self.monitor.start()
        self._server_timer = QTimer(self, interval=MODEL_SERVER_CHECK_MS)
        self._server_timer.timeout.connect(self.check_model_server)
        self._server_timer.start()
        self.check_model_server()
        self.ops.run(
            translate("App", "Reading settings"),
            services.settings.get,
            "chat.provider",
            on_done=self._show_provider,
        )
        if not self.smoke and not self.device.get("ui.first_run_done"):
            QTimer.singleShot(0, lambda: self.show_provider_setup(True))
        if self.open_at_start is not None:
            self.show_document(*self.open_at_start)

    def _show_online(self, online: bool, detail: str) -> None:
        if isValid(self.window):  # not a state that arrived as the window closed
            self.window.status.show_online(online, detail)

    def check_model_server(self) -> None:
        """Show whether the model server the settings name answers; nothing else is asked."""
        chat = self.chat
        if chat is None or self.ops is None or self._winding_down:
            return

        none_set_up = translate(
            "App", "Set up OpenAI, Anthropic or a local server in Settings → Chat."
        )

        def check() -> tuple[bool | None, str, str]:
            from core.chat.model_catalog import is_reachable

            server = chat.model_server()
            if server is None:
                return None, "", none_set_up
            reachable, detail = is_reachable(server)
            return reachable, server.label, detail

        self.ops.run(
            translate("App", "Checking the model server"),
            check,
            on_done=lambda state: self.window.status.show_model_server(*state),
            on_error=lambda error: log.warning("Could not check the model server: %s", error),
        )

    def _warm_knowledge(self) -> None:
        """Load the embedding model and the vector index in the background, not on first search."""

        if self.services is None or self.ops is None:
            return
        self.ops.run(
            translate("App", "Preparing the knowledge base"),
            self.services.knowledge.warm,
            on_error=lambda error: log.warning("Could not prepare the knowledge base: %s", error),
        )

    def _chat_ready(self, chat: ChatService) -> None:
        assert self.ops is not None
        self.chat = chat
        if self._shut_down:  # opened just as the app closed
            chat.close()
            return
        page = self.window.built_pages().get("chat")
        if _is_chat_page(page) and self.services is not None:
            page.attach(chat, self.services.knowledge, self.services.library, self.ops)
            page.header.conflicts = self.services.conflicts
            self._wire_tools(page, self.services)
        self._check_chat_accepts_questions()

    def _start_sync(self, services: Root) -> None:
        """Open the sync client (its modules load off the GUI thread) and start the loop."""
        from sync.client.client import open_sync_client

        assert self.ops is not None
        what = translate("App", "Opening sync")
        self.ops.run(what, open_sync_client, services, on_done=self._sync_ready)

    def _sync_ready(self, client: SyncClient) -> None:
        from desktop.sync.indicator import SyncIndicator
        from sync.client.live import LiveSync

        if self._winding_down or self.ops is None:
            return
        self.sync_client = client
        self.sync_label = SyncIndicator()
        self.sync_label.server_url = client.server_url
        self.window.statusBar().addPermanentWidget(self.sync_label)

        def show(state: LiveState) -> None:
            if not isValid(self.sync_label):  # a state that arrived as the window closed
                return
            self.sync_label.server_url = client.server_url
            self.sync_label.show_state(state)

        self.sync_state.connect(show)
        account = getattr(self, "account", None)
        if account is not None:
            account.attach(client, self.ops)
        self.console.attach(client, self.ops)
        if getattr(self, "privacy", None) is not None:
            self.privacy.attach_sync(client)
        what = translate("App", "Reading the workspace")
        self.ops.run(what, client.status, on_done=self._show_workspace)
        self.live_sync = LiveSync(client, self.sync_state.emit)
        self.live_sync.start()

    def _sync_now(self) -> None:
        live = getattr(self, "live_sync", None)
        if live is not None:
            live.nudge()

    def _signed_in(self, _notes: list[str]) -> None:
        """Signed in: sync at once; a device that joined its account's workspace restarts into
        it (every page shows one workspace)."""
        self._sync_now()
        services = self.services
        if services is None:
            return
        chosen = self.device.get("workspace.current")
        if chosen and chosen != services.workspace_id:
            QMessageBox.information(
                self.window,
                translate("App", "Opening your synced workspace"),
                translate(
                    "App",
                    "ConvoSphere restarts now to open the workspace your account syncs. What was "
                    "on this device stays in its own workspace.",
                ),
            )
            self._restart_into(None)

    def _restart_process(self) -> None:
        """Start this app again (it opens ``workspace.current``) and close this window."""
        from PySide6.QtCore import QProcess

        QProcess.startDetached(sys.executable, [*sys.orig_argv[1:]])
        self.window.close()

    # --- workspaces (desktop.sync.workspaces) ----------------------------------------------

    def _show_workspace(self, status: SyncStatus) -> None:
        current = next((w for w in status.workspaces if w.current), None)
        if current is not None and isValid(self.window):
            self.window.show_workspace(current.name)

    def show_workspaces(self) -> None:
        """The workspace switcher: open one of this device's, or join one of the server's."""
        from desktop.sync.workspaces import WorkspaceSwitcher

        if self.sync_client is None or self.ops is None:
            self.window.statusBar().showMessage(
                translate("App", "Your data is still opening…"), 4000
            )
            return
        dialog = WorkspaceSwitcher(self.sync_client, self.ops, self.window, sync_now=self._sync_now)
        dialog.open_requested.connect(self.switch_workspace)
        self.workspace_switcher = dialog
        dialog.open()

    def compare_versions(self, item: str) -> None:
        """The compare view of an item's kept versions (``entity:id``, from Ctrl+K)."""
        from desktop.sync.conflicts import CompareDialog

        if self.services is None or self.ops is None:
            return
        entity, _, entity_id = item.partition(":")
        dialog = CompareDialog(self.services.conflicts, self.ops, entity, entity_id, self.window)
        self.compare_dialog = dialog
        dialog.open()

    def switch_to_workspace(self, workspace_id: str) -> None:
        self.switch_workspace(workspace_id, "")

    def switch_workspace(self, workspace_id: str, name: str) -> None:
        """Open another workspace: keep the composer's text for the next start, choose the
        workspace (``workspace.current``) and restart into it, as signing in does."""
        services = self.services
        if services is None or workspace_id == services.workspace_id:
            return
        opening = translate("App", "Opening “{workspace}”…").format(workspace=name or workspace_id)
        self.window.statusBar().showMessage(opening)
        self._restart_into(workspace_id)

    def _restart_into(self, workspace_id: str | None) -> None:
        """Keep the composer's unsent text for the next start, choose ``workspace_id`` (None:
        it is chosen already), then restart; the file is written before the window closes."""
        from desktop.sync.workspaces import save_draft

        services, ops = self.services, self.ops
        if services is None or ops is None:
            return
        chat = self.window.built_pages().get("chat")
        text = chat.composer.text() if _is_chat_page(chat) else ""
        here = self.window.workspace_name

        def prepare() -> None:
            if text.strip():
                save_draft(services.paths.config_dir, text, here)
            if workspace_id is not None:
                services.settings.set("workspace.current", workspace_id)

        what = translate("App", "Switching workspace")
        ops.run(what, prepare, on_done=lambda _none: self.restart())

    def _restore_carried_draft(self, services: Root) -> None:
        """Text typed before a workspace switch goes back into the composer, once."""
        from desktop.sync.workspaces import clear_draft, read_draft

        assert self.ops is not None
        config = services.paths.config_dir

        def show(draft: CarriedDraft | None) -> None:
            chat = self.window.built_pages().get("chat")
            if draft is None or self.ops is None:
                return
            if not _is_chat_page(chat):
                chat = self.window.go_to("chat")
            if _is_chat_page(chat):
                typed = chat.composer.text().rstrip()
                chat.composer.set_text(f"{typed}\n\n{draft.text}" if typed else draft.text)
                source = draft.from_workspace
                note = (
                    translate(
                        "App", "The text you were typing in “{workspace}” is here, not sent yet."
                    ).format(workspace=source)
                    if source
                    else translate("App", "The text you were typing is here, not sent yet.")
                )
                chat.composer.show_note(note)
                self.ops.run(translate("App", "Clearing the carried text"), clear_draft, config)

        what = translate("App", "Reading text carried from the last workspace")
        self.ops.run(what, read_draft, config, on_done=show)

    def _watch_data(self, services: Root) -> None:
        """Show what other processes change (``convosphere import`` in a terminal), and take
        over the data dir's background work once the process that owned it ends."""
        from desktop.data_watch import DataWatcher

        assert self.ops is not None
        self.watcher = DataWatcher(services, self.ops, parent=self)
        self.watcher.jobs_changed.connect(self._jobs_changed_elsewhere)
        self.watcher.conversations_changed.connect(self._conversations_changed_elsewhere)
        self.watcher.documents_changed.connect(self._documents_changed_elsewhere)
        self.watcher.start()

    def _jobs_changed_elsewhere(self, jobs: list[JobInfo]) -> None:
        for job in jobs:
            self._job_changed(job)

    def _conversations_changed_elsewhere(self) -> None:
        page = self.window.built_pages().get("chat")
        if _is_chat_page(page):
            page.panel.reload()

    def _documents_changed_elsewhere(self) -> None:
        from desktop.knowledge.page import KnowledgePage

        if self._cited is not None:
            self._cited.forget()

        page = self.window.built_pages().get("knowledge")
        if isinstance(page, KnowledgePage):
            page.refresh()
        chat = self.window.built_pages().get("chat")
        if _is_chat_page(chat):
            chat.refresh_knowledge_choices()

    def _passages_shown(self, passages: list[SourcePassage]) -> None:
        """An answer with citations is shown: find their files now (off the GUI thread) and
        make the split pane (hidden) once, so a click paints the page with nothing between."""
        if self.services is None or self.ops is None:
            return
        if self._cited is None:
            from desktop.knowledge.cited_files import CitedFiles

            self._cited = CitedFiles(self.services.sources, self.ops)
        self._cited.resolve(passages)
        if self._source_pane is None or not isValid(self._source_pane):
            QTimer.singleShot(0, self._make_source_pane)

    def _make_source_pane(self) -> DocumentViewer | None:
        from desktop.knowledge.viewer import DocumentViewer
        from desktop.sync.conflicts import watch_viewer

        if self.services is None or self.ops is None:
            return None
        if self._source_pane is None or not isValid(self._source_pane):
            export = self.services.library.bulk.export  # the viewer's "Export as .zip"
            viewer = DocumentViewer(self.services.sources, self.ops, export_zip=export)
            watch_viewer(viewer, self.services.conflicts, self.ops)
            self._source_pane = viewer
        return self._source_pane

    def open_source(self, passage: SourcePassage) -> None:
        """A citation was clicked: show it; where its file was not found beforehand, find the
        passage on this device first (the answer may have come from another by sync)."""
        if self.services is None or self.ops is None:
            return
        if self._cited is not None and self._cited.get(passage.document_id) is not None:
            self._show_source(passage)
            return
        self.ops.run(
            translate("App", "Finding the cited passage"),
            self.services.knowledge.local_passage,
            passage,
            on_done=self._show_source,
        )

    def _show_source(self, passage: SourcePassage) -> None:
        """The cited page beside the answer (the split view), with the passage highlighted."""
        from desktop.knowledge.viewer import ViewerTarget

        if self.services is None or self.ops is None:
            return
        chat = self.window.built_pages().get("chat")
        target = ViewerTarget.of_passage(passage)
        if not _is_chat_page(chat) or not chat.has_room_beside():
            self.show_document(passage.document_id, passage.page_start, target)
            return
        viewer = self._make_source_pane()
        assert viewer is not None
        chat.show_beside(viewer)
        known = self._cited.get(passage.document_id) if self._cited is not None else None
        viewer.open(target, known)

    def show_document(
        self, document_id: str, page: int | None = None, target: object = None
    ) -> None:
        """Open a document in a viewer window of its own, at ``page`` if given."""
        from desktop.knowledge.viewer import ViewerTarget, open_viewer_window
        from desktop.sync.conflicts import watch_viewer

        if self.services is None or self.ops is None:
            return
        chosen = target if isinstance(target, ViewerTarget) else ViewerTarget(document_id, page)
        export = self.services.library.bulk.export
        window = open_viewer_window(
            self.window, self.services.sources, self.ops, chosen, export_zip=export
        )
        watch_viewer(window.viewer, self.services.conflicts, self.ops)

    def _start_jobs(self, services: Root) -> None:
        assert self.ops is not None
        self.runner = services.job_runner()
        self.runner.subscribe(self._job_changed)
        self.ops.run(
            translate("App", "Reading background jobs"),
            services.jobs.list,
            on_done=self._jobs_loaded,
        )

    def _jobs_loaded(self, jobs: list[JobInfo]) -> None:
        assert self.ops is not None
        self.jobs_model.reset(jobs)
        self._show_job_progress()
        if self.runner is None or self._winding_down or self.smoke:
            return  # quitting (wind-down took the runner), or a smoke run: leave the jobs queued
        # Started after the list is shown, so resumed jobs' first events update known rows.
        self.ops.spawn(translate("App", "Running background jobs"), self.runner.start())

    def _job_changed(self, job: JobInfo) -> None:
        """The one channel of job progress: every change, from this process's runner or from
        another process (seen in app.db), reaches every view of jobs from here."""
        from desktop.jobs.model import newer_state
        from desktop.knowledge.page import KnowledgePage

        job = newer_state(self.jobs_model.find(job.id), job)  # a late, older event is dropped
        self.jobs_model.upsert(job)
        privacy = getattr(self, "privacy", None)
        if privacy is not None:
            privacy.job_changed(job)
        pages = self.window.built_pages()
        chat, knowledge = pages.get("chat"), pages.get("knowledge")
        if _is_chat_page(chat):
            chat.job_changed(job)
        if isinstance(knowledge, KnowledgePage):
            knowledge.job_changed(job)
        self._show_job_progress()

    def _job_read(self, job: JobInfo) -> None:
        """A view read a job's state from app.db: where it is ahead of the last event, every
        view shows it, so all say the same count."""
        from desktop.jobs.model import newer_state

        known = self.jobs_model.find(job.id)
        if known is None or newer_state(known, job) is not known:
            self._job_changed(job)

    def _show_job_progress(self) -> None:
        from desktop.jobs.model import count_text, format_duration

        active = self.jobs_model.active()
        if not active:
            self.window.status.show_job(None, 0, 0)
            return
        done = sum(j.done + j.failed for j in active)
        total = sum(j.total for j in active)
        if len(active) == 1:
            job = active[0]
            left = format_duration(job.eta_s)
            text = translate("App", "{title} — {count}").format(
                title=job.title, count=count_text(job.done + job.failed, job)
            )
            if left:
                text += translate("App", " · {duration} left").format(duration=left)
        else:
            text = translate("App", "%n background job(s) — {done} of {total}", None, len(active))
            text = text.format(done=number(done), total=number(total))
        self.window.status.show_job(text, done, total)

    def quit_when_idle(self) -> None:
        """Wind down, then say ``quit_ready``: a streaming answer is stopped and saved with all
        that arrived, and the job runner stops (items in flight resume at the next start)."""
        if self._winding_down:
            return
        self._winding_down = True
        if self.ops is None:
            self.quit_ready.emit()
            return
        self.ops.spawn(
            translate("App", "Finishing up"),
            self._wind_down(),
            on_done=lambda _result: self.quit_ready.emit(),
            on_error=lambda _error: self.quit_ready.emit(),
        )

    async def _wind_down(self) -> None:
        import asyncio

        live = getattr(self, "live_sync", None)
        if live is not None:  # in a thread: its last round may be waiting on the network
            await asyncio.get_running_loop().run_in_executor(None, live.stop)
        chat = self.window.built_pages().get("chat")
        if _is_chat_page(chat):
            await chat.session.stop_and_wait()
        runner, self.runner = self.runner, None
        if runner is not None:
            await runner.stop()

    # --- reactions -----------------------------------------------------------------------

    def show_provider_setup(self, welcome: bool) -> None:
        from desktop.settings.first_run import ProviderSetupDialog

        if self.services is None or self.ops is None:
            return
        dialog = ProviderSetupDialog(self.window, welcome=welcome, ops=self.ops)
        accepted = dialog.exec() == ProviderSetupDialog.DialogCode.Accepted
        if welcome:
            what = translate("App", "Saving settings")
            self.ops.run(what, self.device.set, "ui.first_run_done", True)
        if not accepted:
            return
        choice = dialog.choice()
        from core.chat.resolution import configure_provider

        self.ops.run(
            translate("App", "Saving the model provider"),
            configure_provider,
            self.services.settings,
            self.services.secrets,
            choice.provider,
            choice.model,
            choice.base_url,
            choice.api_key,
            on_done=lambda where: self._provider_saved(choice.provider, where),
        )

    def _provider_saved(self, provider: str, where: str) -> None:
        self._show_provider(provider)
        self.check_model_server()
        saved = translate("App", "Model provider saved. {where}").format(where=where)
        self.window.statusBar().showMessage(saved, 8000)

    def _show_provider(self, provider: str) -> None:
        chat = self.window.built_pages().get("chat")
        if _is_chat_page(chat):
            named = dict(PROVIDERS).get(provider, provider)
            label = None if provider == "none" else translate("Settings", named)
            chat.show_provider(label)
            if provider == "none" and self.ops is not None:
                from core.chat.local_servers import detect_local_servers

                # Loopback preset ports only: a user without a cloud key can chat offline.
                self.ops.run(
                    translate("App", "Looking for model servers on this computer"),
                    detect_local_servers,
                    on_done=chat.offer_local_servers,
                )

    def _use_local_server(self, server: LocalServer) -> None:
        from core.chat.resolution import configure_provider

        if self.services is None or self.ops is None:
            return
        self.ops.run(
            translate("App", "Saving the model provider"),
            configure_provider,
            self.services.settings,
            self.services.secrets,
            "openai_compatible",
            server.models[0] if server.models else "",
            server.base_url,
            "",
            on_done=lambda where: self._provider_saved("openai_compatible", where),
        )

    def _setting_changed(self, key: str, value: object) -> None:
        if key == "appearance.theme":
            self.theme.set_preference(str(value))
        elif key == "appearance.language":
            self._offer_restart(str(value))
        elif key == "appearance.touch_mode":
            self.theme.set_touch(bool(value))
        elif key == "chat.provider":
            self._show_provider(str(value))
        if key.startswith("chat."):
            self.check_model_server()

    def _offer_restart(self, setting: str) -> None:
        """A new language shows after a restart: offer one now (the window closes as usual)."""
        chosen_language = i18n.resolve(setting, language.system_language())
        if chosen_language == self.language or self.smoke:
            return
        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("App", "Language"),
            translate("App", "ConvoSphere will be in {language} after it restarts.").format(
                language=i18n.LANGUAGES[chosen_language]
            ),
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        restart = box.addButton(translate("App", "Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("App", "Later"), QMessageBox.ButtonRole.RejectRole)
        box.setObjectName("restartBox")

        def chosen() -> None:
            if box.clickedButton() is restart:
                self.restart_requested = True
                self.window.close()  # saves and winds down like any close, then run_app relaunches

        box.finished.connect(chosen)
        box.open()

    def _show_failure(self, what: str, message: str) -> None:
        if self.smoke:  # no dialog to wait on: say it and fail
            failure = f"convosphere: {what} failed: {message}"  # i18n: not UI (--smoke)
            print(failure, file=sys.stderr, flush=True)
            self.app.exit(1)
            return
        QMessageBox.warning(
            self.window, translate("App", "{what} failed").format(what=what), message
        )

    def _save_window_state(self) -> None:
        # Losing the window position is not worth a dialog at quit.
        with contextlib.suppress(OSError):
            self.device.set("ui.window_geometry", self.window.geometry_text())

    def shutdown(self) -> None:
        """Release what this app holds; jobs still in flight resume at the next start."""
        self._shut_down = True
        self._warm_timer.stop()
        if self.runner is not None and _LOOP is not None:
            _LOOP.create_task(self.runner.stop())
            self.runner = None
        if self.ops is not None:
            self.ops.shutdown()
        watcher = getattr(self, "watcher", None)
        if watcher is not None:
            watcher.stop()
        monitor = getattr(self, "monitor", None)
        if monitor is not None:
            monitor.stop()
        live = getattr(self, "live_sync", None)
        if live is not None:
            live.stop()
        if self.chat is not None and _LOOP is not None:
            _LOOP.create_task(self.chat.aclose())  # the model servers' connections
        if self.services is not None:
            self.services.close()  # lets a save of an answer in progress finish
        if self._qt_translator is not None:
            self.app.removeTranslator(self._qt_translator)


def relaunch() -> None:
    """Start ConvoSphere again with the same arguments (after this one has shut down)."""
    if getattr(sys, "frozen", False):
        QProcess.startDetached(sys.executable, sys.argv[1:])
    else:
        QProcess.startDetached(sys.executable, ["-m", "desktop", *sys.argv[1:]])


def _open_root(
    paths: AppPaths, device: DeviceSettings, extensions: Sequence[Callable[[Root], None]]
) -> Root:
    """In a worker thread: importing the core (SQLAlchemy, the models, the services) takes a
    few hundred ms, which the GUI thread must not wait for."""
    from core.logs import configure_logging
    from core.root import open_root

    configure_logging(paths.logs_dir)
    return open_root(paths, device, extensions=extensions)


def _preload_in_thread(module: str) -> None:
    threading.Thread(target=_preload, args=(module,), daemon=True, name="preload").start()


def _preload(module: str) -> None:
    """Import ``module`` ahead of its first use (in a thread; a failure shows at that use)."""
    import importlib

    with contextlib.suppress(Exception):
        importlib.import_module(module)


def keep_none_alive() -> None:
    """Work around PySide6 6.12 on Python 3.11: calls of void methods drop a reference to None
    they never took, and ``Signal.emit`` one to True or False (its stable-ABI build assumes
    3.12's immortal singletons), so a long session would free them and crash. Give each a
    reference count no session can use up, as 3.12 does.
    """
    if sys.version_info >= (3, 12) or getattr(keep_none_alive, "done", False):
        return
    import ctypes

    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))
        before = sys.getrefcount(singleton)
        if abs(count.value - before) <= 2:  # the layout is the one expected: ob_refcnt first
            count.value += 1 << 40
    keep_none_alive.done = True  # type: ignore[attr-defined]


def _is_chat_page(page: object) -> TypeGuard[ChatPage]:
    """Whether ``page`` is the chat page (imported only once the page exists)."""
    chat = sys.modules.get("desktop.chat.page")
    return chat is not None and isinstance(page, chat.ChatPage)


def run_app(
    data_dir: str | Path | None = None,
    *,
    smoke: bool = False,
    page: str | None = None,
    extensions: Sequence[Callable[[Root], None]] = (),
    document: tuple[str, int | None] | None = None,
) -> int:
    """Open the main window and run until it closes; returns the exit status."""
    keep_none_alive()
    paths = resolve_paths(data_dir)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("ConvoSphere")
    app.setOrganizationName("ConvoSphere")
    app.setDesktopFileName("convosphere")
    from desktop.garbage import MainThreadGarbageCollector

    MainThreadGarbageCollector(app)
    desktop = DesktopApp(app, paths, smoke=smoke, extensions=extensions)
    if page:
        desktop.window.go_to(page)
    desktop.open_at_start = document
    # Closing the window stops a streaming answer (saved) and background jobs before quitting.
    app.setQuitOnLastWindowClosed(False)
    desktop.window.closing.connect(desktop.quit_when_idle)
    desktop.quit_ready.connect(app.quit)
    desktop.start()
    try:
        return app.exec()
    finally:
        desktop.shutdown()
        if desktop.restart_requested:
            relaunch()
