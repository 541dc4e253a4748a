"""The sync model test: random edits on several devices, random syncs, faults on the wire.

It drives the real code on both sides: each device is a data dir opened by the composition
root (real SQLite files), with the real ``SyncClient``; the server is the real app, reached
through ``httpx.ASGITransport`` wrapped in a transport that injects faults (a request lost, a
response lost after the server committed, a request sent twice). After every device has
synced twice without faults (quiesce):

- every device holds the same rows (convergence);
- each document and conversation field holds the value of the latest-clocked write anyone
  made (no lost update), and a device's own writes were never hidden by older values;
- nothing deleted for good came back (no resurrection), and no two live tags share a name;
- every pushed change was applied exactly once (the outbox is empty, nothing doubled).

Each example starts from copies of a server database and three data dirs signed in to it
(each device its own: its id, its key, its workspace from before it signed in), made once per
run; the server's routes are built once per run too, over each example's own database.

``CONVOSPHERE_SYNC_EXAMPLES`` (SQLite, 240 by default: about 2.5 minutes) and
``CONVOSPHERE_SYNC_PG_EXAMPLES`` (PostgreSQL, 60: about 45 seconds) set the number of examples
(e.g. 3000 for a nightly run); the defaults, 300 in all, keep CI under its 25 minutes.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)
from sqlalchemy import select

from core.db.models import Conversation, Document, Message, OutboxEntry, Tag, TagLink, Tombstone
from core.paths import AppPaths
from core.root import Root, open_root
from sync.client.api import ServerUnreachable
from sync.client.client import SyncClient
from sync.server import ServerConfig, create_app
from sync.server.app import services_of
from sync.server.services import build_services

PASSWORD = "correct horse battery staple"
EMAIL = "ada@example.com"
DEVICES = 3
EXAMPLES = int(os.environ.get("CONVOSPHERE_SYNC_EXAMPLES", "240"))
WORDS = st.sampled_from(["alpha", "beta", "gamma", "delta", "Alpha", "BETA"])


class Faults(httpx.AsyncBaseTransport):
    """Passes requests to the server, except the one it is told to spoil."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.plan: str | None = None  # "drop_request" | "drop_response" | "duplicate"
        self.on_path = ""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        plan, self.plan = self.plan, None
        if plan is None or self.on_path not in request.url.path:
            if plan is not None:
                self.plan = plan  # not the request it was meant for: wait for that one
            return await self.inner.handle_async_request(request)
        if plan == "drop_request":
            raise httpx.ConnectError("dropped before it reached the server", request=request)
        response = await self.inner.handle_async_request(request)
        await response.aread()
        if plan == "drop_response":
            raise httpx.ReadError("dropped after the server answered", request=request)
        # duplicate: the server sees it twice; the client keeps the second answer
        again = httpx.Request(request.method, request.url, headers=request.headers,
                              content=request.content)  # fmt: skip
        second = await self.inner.handle_async_request(again)
        await second.aread()
        return second


def in_thread(coroutine: Any) -> Any:
    """asyncio.run in a thread of its own (a GUI test may have left a loop on this one)."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


FAST = {"argon2_time_cost": 1, "argon2_memory_kib": 1024}


def device_paths(folder: Path) -> AppPaths:
    return AppPaths(folder, folder / "config")


def make_templates(folder: Path, server: ServerConfig) -> None:
    """The server's database with the user in it, and ``DEVICES`` data dirs signed in to it.
    Each example starts from copies of these: signing in was most of an example's cost."""
    app = create_app(server)
    try:
        services_of(app).accounts.create_user(EMAIL, PASSWORD)
        transport = httpx.ASGITransport(app=app)
        for n in range(DEVICES):
            device = open_root(device_paths(folder / f"device{n}"))
            try:
                client = SyncClient(device, transport=transport)
                in_thread(client.login("http://sync.test", EMAIL, PASSWORD))
            finally:
                device.close()
    finally:
        services_of(app).close()


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Templates for the examples on SQLite (the server's database is a file to copy)."""
    folder = tmp_path_factory.mktemp("templates")
    make_templates(folder, ServerConfig.for_data_dir(folder / "server", migrate_on_start=True,
                                                     **FAST))  # type: ignore[arg-type]  # fmt: skip
    return folder


class SyncModel(RuleBasedStateMachine):
    documents = Bundle("documents")
    conversations = Bundle("conversations")

    def __init__(self) -> None:
        super().__init__()
        self.roots: list[Root] = []
        self.clients: list[SyncClient] = []
        self.faults: list[Faults] = []
        self.purged: set[tuple[str, str]] = set()
        self.files = 0
        # (entity, id, field) -> the (clock, value) of the latest write any device made
        self.latest: dict[tuple[str, str, str], tuple[str, Any]] = {}

    @initialize()
    def start(self) -> None:
        base = Path(TEMPLATES[0])
        work = Path(WORK[0]) / f"example-{id(self)}"
        if BACKEND:  # PostgreSQL: a copy of the template database
            cluster, template = BACKEND
            url = cluster.new_database(template=template)
            config = ServerConfig(url, work / "server" / "blobs", **FAST)  # type: ignore[arg-type]
        else:  # SQLite: a copy of the template's data dir
            shutil.copytree(base / "server", work / "server")
            config = ServerConfig.for_data_dir(work / "server", **FAST)  # type: ignore[arg-type]
        if APP:  # the routes of the first example's app, over this example's server
            self.app = APP[0]
            self.app.state.services = build_services(config)
        else:
            self.app = create_app(config)
            APP.append(self.app)
        transport = httpx.ASGITransport(app=self.app)
        for n in range(DEVICES):
            shutil.copytree(base / f"device{n}", work / f"device{n}")
            root = open_root(device_paths(work / f"device{n}"))  # signed in, in the workspace
            assert n == 0 or root.workspace_id == self.roots[0].workspace_id
            faults = Faults(transport)
            self.roots.append(root)
            self.clients.append(SyncClient(root, transport=faults))
            self.faults.append(faults)
        self.work = work

    def teardown(self) -> None:
        for root in self.roots:
            root.close()
        if hasattr(self, "app"):
            services_of(self.app).close()
        if hasattr(self, "work"):
            shutil.rmtree(self.work, ignore_errors=True)

    # --- edits ----------------------------------------------------------------------------

    @rule(target=documents, device=st.integers(0, DEVICES - 1), title=WORDS)
    def create_document(self, device: int, title: str) -> str:
        root = self.roots[device]
        self.files += 1
        source = self.work / f"file{self.files}.txt"
        source.write_text(f"{title} {self.files}\n", encoding="utf-8")
        stored = root.files.put(source)
        with root.database.write() as session:
            row = root.recorder.create(
                session, Document, workspace_id=root.workspace_id, title=title, doc_type="text",
                file_sha256=stored.sha256, size_bytes=stored.size, source_name=source.name,
                state="ready",
            )  # fmt: skip
            self._note(row, "document", ("title", "deleted"))
            return row.id

    @rule(device=st.integers(0, DEVICES - 1), document=documents, title=WORDS)
    def retitle(self, device: int, document: str, title: str) -> None:
        root = self.roots[device]
        with root.database.write() as session:
            row = session.get(Document, document)
            if row is not None:
                root.recorder.update(session, row, title=title)
                self._note(row, "document", ("title", "deleted"))

    @rule(device=st.integers(0, DEVICES - 1), document=documents, trashed=st.booleans())
    def trash_or_restore(self, device: int, document: str, trashed: bool) -> None:
        root = self.roots[device]
        with root.database.write() as session:
            row = session.get(Document, document)
            if row is not None:
                root.recorder.update(session, row, deleted=trashed)
                self._note(row, "document", ("title", "deleted"))

    @rule(device=st.integers(0, DEVICES - 1), document=documents)
    def purge(self, device: int, document: str) -> None:
        from core.library.bulk import BulkContext, purge_documents

        root = self.roots[device]
        with root.database.write() as session:
            if session.get(Document, document) is None:
                return
            context = BulkContext(root.recorder, root.workspace_id, root.files)
            purge_documents(session, context, [document], [], trashed_only=False)
        self.purged.add(("document", document))

    @rule(device=st.integers(0, DEVICES - 1), document=documents, name=WORDS)
    def tag(self, device: int, document: str, name: str) -> None:
        root = self.roots[device]
        if self._live(root, document):
            root.library.tags.tag_documents([document], [name])

    @rule(device=st.integers(0, DEVICES - 1), document=documents, name=WORDS)
    def untag(self, device: int, document: str, name: str) -> None:
        from core.library.tags import TagError

        root = self.roots[device]
        if self._live(root, document):
            with contextlib.suppress(TagError):  # no tag of that name here
                root.library.tags.untag_documents([document], [name])

    @rule(device=st.integers(0, DEVICES - 1), old=WORDS, new=WORDS)
    def rename_tag(self, device: int, old: str, new: str) -> None:
        from core.library.tags import TagError

        with contextlib.suppress(TagError):  # no such tag here, or its name is taken here
            self.roots[device].library.tags.rename(old, new)

    @rule(target=conversations, device=st.integers(0, DEVICES - 1), title=WORDS)
    def start_conversation(self, device: int, title: str) -> str:
        root = self.roots[device]
        return root.chat.conversations.create(title=title).id

    @rule(device=st.integers(0, DEVICES - 1), conversation=conversations, text=WORDS)
    def append_message(self, device: int, conversation: str, text: str) -> None:
        root = self.roots[device]
        with root.database.write() as session:
            if session.get(Conversation, conversation) is None:
                return
            root.recorder.create(
                session, Message, workspace_id=root.workspace_id,
                conversation_id=conversation, role="user", content=text, state="complete",
            )  # fmt: skip

    @rule(device=st.integers(0, DEVICES - 1), conversation=conversations, title=WORDS)
    def rename_conversation(self, device: int, conversation: str, title: str) -> None:
        root = self.roots[device]
        with root.database.read() as session:
            here = session.get(Conversation, conversation) is not None
        if here:
            root.chat.conversations.rename(conversation, title)
            with root.database.read() as session:
                row = session.get(Conversation, conversation)
                assert row is not None
                self._note(row, "conversation", ("title",))

    # --- syncs, with faults ---------------------------------------------------------------

    @rule(
        device=st.integers(0, DEVICES - 1),
        fault=st.sampled_from([None, None, "drop_request", "drop_response", "duplicate"]),
        where=st.sampled_from(["/push", "/pull", "/blobs"]),
    )
    def sync(self, device: int, fault: str | None, where: str) -> None:
        faults = self.faults[device]
        faults.plan, faults.on_path = fault, where
        try:
            in_thread(self.clients[device].sync_now())
        except ServerUnreachable:
            assert fault in ("drop_request", "drop_response")
        finally:
            faults.plan = None

    # --- invariants -------------------------------------------------------------------------

    @invariant()
    def no_resurrection(self) -> None:
        for root in self.roots:
            with root.database.read() as session:
                for entity, entity_id in self.purged:
                    if session.get(Tombstone, (entity, entity_id)) is not None:
                        assert session.get(Document, entity_id) is None, "a purged row is back"

    @invariant()
    def live_tags_have_distinct_names(self) -> None:
        for root in self.roots:
            with root.database.read() as session:
                keys = list(session.scalars(select(Tag.name_key).where(Tag.deleted.is_(False))))
                live = [k for k in keys if "\x1f" not in k]
                assert len(live) == len(set(live))

    def quiesce(self) -> None:
        for _ in range(2):
            for client in self.clients:
                in_thread(client.sync_now())

    def teardown_check(self) -> None:
        self.quiesce()
        states = [snapshot(root) for root in self.roots]
        for state in states[1:]:
            assert state == states[0], "the devices did not converge"
        for root in self.roots:
            with root.database.read() as session:
                # (a device's own workspace from before it signed in stays local, unsynced)
                waiting = select(OutboxEntry.id).where(
                    OutboxEntry.workspace_id == root.workspace_id
                )
                assert session.scalars(waiting).first() is None
        for entity, entity_id in self.purged:
            assert (entity, entity_id) not in {(k[0], k[1]) for k in states[0]}, (
                "a row purged on one device lives on"
            )
        fields = {"document": ("title", "deleted"), "conversation": ("title",)}
        for (entity, entity_id, name), (_clock, value) in self.latest.items():
            row = states[0].get((entity, entity_id))
            if row is None:
                assert (entity, entity_id) in self.purged
                continue
            shown = row[fields[entity].index(name)]
            assert shown == value, f"lost update: {entity}.{name} is {shown!r}, not {value!r}"

    def _note(self, row: Any, entity: str, fields: tuple[str, ...]) -> None:
        for name in fields:
            clock = (row.field_clocks or {}).get(name, "")
            key = (entity, row.id, name)
            if clock and clock > self.latest.get(key, ("", None))[0]:
                self.latest[key] = (clock, getattr(row, name))

    @staticmethod
    def _live(root: Root, document: str) -> bool:
        with root.database.read() as session:
            row = session.get(Document, document)
            return row is not None and not row.deleted


def snapshot(root: Root) -> dict[tuple[str, str], tuple[Any, ...]]:
    """Every synced row of the documents, tags and conversations, as values (not clocks)."""
    rows: dict[tuple[str, str], tuple[Any, ...]] = {}
    with root.database.read() as session:
        for d in session.scalars(select(Document)):
            rows[("document", d.id)] = (d.title, d.deleted, d.file_sha256)
        for t in session.scalars(select(Tag)):
            rows[("tag", t.id)] = (t.name, t.name_key, t.deleted)
        for link in session.scalars(select(TagLink)):
            rows[("tag_link", link.id)] = (link.tag_id, link.document_id, link.deleted)
        for c in session.scalars(select(Conversation)):
            rows[("conversation", c.id)] = (c.title, c.deleted)
        for m in session.scalars(select(Message)):
            rows[("message", m.id)] = (m.conversation_id, m.content, m.created_at_ms)
    return rows


TEMPLATES: list[str] = []
WORK: list[str] = []
BACKEND: list[Any] = []  # the PostgreSQL cluster and template, when the run is on PostgreSQL
APP: list[Any] = []  # one app per run: building its routes' state again cost an example 6 %
PG_EXAMPLES = int(os.environ.get("CONVOSPHERE_SYNC_PG_EXAMPLES", "60"))


@pytest.mark.timeout(1800)
@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_devices_converge_whatever_the_order_and_faults(
    templates: Path, tmp_path: Path, backend: str, request: pytest.FixtureRequest
) -> None:
    TEMPLATES[:] = [str(templates)]
    WORK[:] = [str(tmp_path)]
    BACKEND[:] = []
    APP[:] = []
    if backend == "postgresql":
        cluster = request.getfixturevalue("postgres_cluster")
        url = cluster.new_database()
        folder = tmp_path / "templates"
        make_templates(folder, ServerConfig(url, folder / "server" / "blobs",
                                            migrate_on_start=True, **FAST))  # type: ignore[arg-type]  # fmt: skip
        TEMPLATES[:] = [str(folder)]
        BACKEND[:] = [cluster, url.rsplit("/", 1)[1]]

    class Checked(SyncModel):
        def teardown(self) -> None:
            try:
                if self.roots:
                    self.teardown_check()
            finally:
                super().teardown()

    Checked.TestCase.settings = settings(
        max_examples=PG_EXAMPLES if BACKEND else EXAMPLES,
        stateful_step_count=12,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    Checked.TestCase().runTest()


__all__ = ["precondition"]
