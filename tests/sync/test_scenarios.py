"""Named sync scenarios, one test each: what a person would notice if replication got it wrong."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from core.db.models import ConflictVersion, Document, Message, Tag, TagLink
from core.hlc import HybridLogicalClock
from core.library.bulk import BulkContext, purge_documents
from tests.sync.harness import Device, World, in_thread

EMAIL = "ada@example.com"


@pytest.fixture
def world(tmp_path: Path, server_database_url: str) -> Iterator[World]:
    """Devices and a server, once on SQLite and once on PostgreSQL."""
    made = World(tmp_path, database_url=server_database_url)
    made.user(EMAIL)
    yield made
    made.close()


def add_document(device: Device, title: str, tmp: Path) -> str:
    source = tmp / f"{title}.txt"
    source.write_text(f"{title}\n", encoding="utf-8")
    stored = device.root.files.put(source)
    with device.write() as session:
        row = device.root.recorder.create(
            session, Document, workspace_id=device.root.workspace_id, title=title,
            doc_type="text", file_sha256=stored.sha256, size_bytes=stored.size,
            source_name=source.name, state="ready",
        )  # fmt: skip
        return row.id


def document(device: Device, document_id: str) -> Document | None:
    with device.read() as session:
        return session.get(Document, document_id)


def update(device: Device, model: type, row_id: str, **fields: object) -> None:
    with device.write() as session:
        row = session.get(model, row_id)
        assert row is not None
        device.root.recorder.update(session, row, **fields)


def settle(*devices: Device) -> None:
    for _ in range(2):
        for device in devices:
            device.sync()


def test_the_same_field_edited_offline_on_two_devices_keeps_the_later_edit(
    world: World, tmp_path: Path
) -> None:
    a, b = world.device(EMAIL), world.device(EMAIL)
    doc = add_document(a, "Report", tmp_path)
    settle(a, b)
    update(a, Document, doc, title="Report (Ada's)")
    time.sleep(0.002)
    update(b, Document, doc, title="Report (Bob's)")  # later: it wins everywhere
    settle(a, b)
    assert document(a, doc).title == document(b, doc).title == "Report (Bob's)"


def test_different_fields_edited_on_two_devices_both_survive(world: World, tmp_path: Path) -> None:
    a, b = world.device(EMAIL), world.device(EMAIL)
    doc = add_document(a, "Minutes", tmp_path)
    settle(a, b)
    update(a, Document, doc, title="Minutes, March")
    update(b, Document, doc, author="Bob")
    settle(a, b)
    for device in (a, b):
        row = document(device, doc)
        assert row is not None and (row.title, row.author) == ("Minutes, March", "Bob")


def test_an_edit_and_a_trash_on_two_devices_both_hold(world: World, tmp_path: Path) -> None:
    a, b = world.device(EMAIL), world.device(EMAIL)
    doc = add_document(a, "Draft", tmp_path)
    settle(a, b)
    update(a, Document, doc, title="Draft 2")
    update(b, Document, doc, deleted=True)
    settle(a, b)
    for device in (a, b):
        row = document(device, doc)
        assert row is not None and row.title == "Draft 2" and row.deleted, "restorable, renamed"


def test_an_edit_after_a_purge_elsewhere_does_not_bring_the_document_back(
    world: World, tmp_path: Path
) -> None:
    a, b = world.device(EMAIL), world.device(EMAIL)
    doc = add_document(a, "Old notes", tmp_path)
    settle(a, b)
    with a.write() as session:
        context = BulkContext(a.root.recorder, a.root.workspace_id, a.root.files)
        purge_documents(session, context, [doc], [], trashed_only=False)
    update(b, Document, doc, title="Old notes, edited offline")
    settle(a, b)
    assert document(a, doc) is None and document(b, doc) is None


def test_the_same_tag_made_on_two_devices_is_one_tag_with_both_documents(
    world: World, tmp_path: Path
) -> None:
    a, b = world.device(EMAIL), world.device(EMAIL)
    first, second = add_document(a, "One", tmp_path), add_document(b, "Two", tmp_path)
    settle(a, b)
    a.root.library.tags.tag_documents([first], ["Urgent"])
    b.root.library.tags.tag_documents([second], ["urgent"])
    settle(a, b)
    for device in (a, b):
        tags = device.root.library.tags.list_tags()
        assert [t.name.casefold() for t in tags] == ["urgent"]
        tagged = device.root.library.catalog.page()
        assert {r.title: [t.name.casefold() for t in r.tags] for r in tagged} == {
            "One": ["urgent"],
            "Two": ["urgent"],
        }


def test_a_tag_renamed_on_one_device_while_another_tags_with_its_old_name(
    world: World, tmp_path: Path
) -> None:
    a, b = world.device(EMAIL), world.device(EMAIL)
    first, second = add_document(a, "One", tmp_path), add_document(a, "Two", tmp_path)
    a.root.library.tags.tag_documents([first], ["Coast"])
    settle(a, b)
    a.root.library.tags.rename("Coast", "Shore")
    b.root.library.tags.tag_documents([second], ["Coast"])  # the old name, offline
    settle(a, b)
    for device in (a, b):
        with device.read() as session:
            live = {
                (link.document_id, session.get(Tag, link.tag_id).name)
                for link in session.scalars(select(TagLink).where(TagLink.deleted.is_(False)))
            }
        assert live == {(first, "Shore"), (second, "Shore")}, "one tag, renamed, on both"


def test_messages_appended_on_two_devices_at_once_all_survive_in_one_order(
    world: World,
) -> None:
    a, b = world.device(EMAIL), world.device(EMAIL)
    conversation = a.root.chat.conversations.create(title="Plans").id
    settle(a, b)
    for device, text in ((a, "from the laptop"), (b, "from the phone")):
        with device.write() as session:
            device.root.recorder.create(
                session, Message, workspace_id=device.root.workspace_id,
                conversation_id=conversation, role="user", content=text, state="complete",
            )  # fmt: skip
    settle(a, b)
    threads = [
        [m.content for m in d.root.chat.conversations.messages(conversation)] for d in (a, b)
    ]
    assert threads[0] == threads[1] and sorted(threads[0]) == ["from the laptop", "from the phone"]


def test_a_device_clock_an_hour_behind_still_syncs_and_its_later_edits_win_by_clock(
    world: World, tmp_path: Path
) -> None:
    hour_ms = 3_600_000
    slow = world.device(EMAIL, clock_ms=lambda: time.time_ns() // 1_000_000 - hour_ms)
    normal = world.device(EMAIL)
    doc = add_document(normal, "Agenda", tmp_path)
    settle(normal, slow)  # pulls must not stall on "future" clocks
    assert document(slow, doc) is not None
    update(slow, Document, doc, title="Agenda (slow clock, later)")  # HLC moves past what it saw
    settle(normal, slow)
    assert document(normal, doc).title == "Agenda (slow clock, later)"


def test_a_device_clock_ahead_of_the_server_is_refused_and_told(world: World) -> None:
    ahead = world.device(EMAIL, clock_ms=lambda: time.time_ns() // 1_000_000 + 3_600_000)
    ahead.root.chat.conversations.create(title="From the future")
    reports = ahead.sync()
    assert any("clock is ahead" in why for r in reports for why in r.rejected)


def test_a_stale_cursor_after_compaction_resyncs_and_loses_nothing(
    world: World, tmp_path: Path
) -> None:
    a, b = world.device(EMAIL), world.device(EMAIL)
    doc = add_document(a, "Ledger", tmp_path)
    settle(a, b)
    for n in range(3):
        update(a, Document, doc, title=f"Ledger v{n}")
    a.sync()
    world.server.changes.compact(a.root.workspace_id)
    b.sync()
    assert document(b, doc).title == "Ledger v2"


def test_a_field_of_a_newer_version_is_kept_by_an_older_one(world: World, tmp_path: Path) -> None:
    a, b = world.device(EMAIL), world.device(EMAIL)
    doc = add_document(a, "Spec", tmp_path)
    settle(a, b)
    clock = HybridLogicalClock("newer-app")
    from sync.protocol import Mutation, PushRequest

    mutation = Mutation(
        mutation_id="m-future-1", entity="document", entity_id=doc,
        fields={"reading_level": "expert"}, clocks={"reading_level": str(clock.now())},
    )  # fmt: skip
    world.server.changes.push(
        a.root.workspace_id, PushRequest(device_id="newer-app", mutations=[mutation]), True
    )
    b.sync()
    row = document(b, doc)
    assert row is not None and row.extra.get("reading_level") == "expert"


def test_long_text_that_loses_a_conflict_is_kept_as_a_version(world: World) -> None:
    a, b = world.device(EMAIL), world.device(EMAIL)
    assistant = a.root.chat.assistants.all()[0]
    settle(a, b)
    from core.db.models import Assistant

    update(a, Assistant, assistant.id, instructions="Answer like a pirate.")
    time.sleep(0.002)
    update(b, Assistant, assistant.id, instructions="Answer in haiku.")
    settle(a, b)
    for device in (a, b):
        assert device.root.chat.assistants.get(assistant.id).instructions == "Answer in haiku."
    with a.read() as session:
        kept = [v.value for v in session.scalars(select(ConflictVersion))]
    assert "Answer like a pirate." in kept, "the losing text is kept, never dropped"


def test_another_devices_answer_in_flight_is_not_marked_interrupted(world: World) -> None:
    a, b = world.device(EMAIL), world.device(EMAIL)
    turn = a.root.chat.ask("Long question")  # a's answer is streaming
    a.sync()
    b.sync()
    assert b.root.chat.recover_if_allowed(None)
    assert b.root.chat.conversations.message(turn.answer_id).state == "streaming"


def test_conversations_order_their_messages_alike_on_every_device(world: World) -> None:
    a, b = world.device(EMAIL), world.device(EMAIL)
    conversation = a.root.chat.conversations.create(title="Ordered").id
    for text in ("one", "two", "three"):
        with a.write() as session:
            a.root.recorder.create(
                session, Message, workspace_id=a.root.workspace_id, conversation_id=conversation,
                role="user", content=text, state="complete",
            )  # fmt: skip
    settle(a, b)
    with a.read() as first, b.read() as second:
        mine = [(m.content, m.created_at_ms) for m in first.scalars(select(Message))]
        theirs = [(m.content, m.created_at_ms) for m in second.scalars(select(Message))]
    assert sorted(mine) == sorted(theirs)


def test_a_viewers_change_is_refused_and_undone_on_that_device(
    world: World, tmp_path: Path
) -> None:
    world.user("bob@example.com")
    team = world.server.workspaces.create_team("Research", EMAIL)
    world.server.workspaces.add_member("Research", "bob@example.com", "viewer")
    owner, viewer = world.device(EMAIL), world.device("bob@example.com")
    for device in (owner, viewer):
        in_thread(device.client.join("Research"))
    owner, viewer = world.use(owner, team), world.use(viewer, team)
    doc = add_document(owner, "Findings", tmp_path)
    settle(owner, viewer)
    assert document(viewer, doc).title == "Findings"
    update(viewer, Document, doc, title="Findings (edited by a viewer)")
    reports = viewer.sync()
    assert any("only read" in why for r in reports for why in r.rejected)
    assert document(viewer, doc).title == "Findings", "the refused edit is undone here"
    owner.sync()
    assert document(owner, doc).title == "Findings"


def test_an_upload_cut_off_midway_resumes_where_it_stopped(world: World, tmp_path: Path) -> None:
    import httpx

    from sync.protocol import BLOB_PART_BYTES

    class CutAfterOnePart(httpx.AsyncBaseTransport):
        def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
            self.inner, self.parts, self.cut = inner, 0, True

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            if request.method == "PUT" and "/blobs/" in request.url.path:
                self.parts += 1
                if self.cut and self.parts == 2:
                    raise httpx.WriteError("connection lost", request=request)
            return await self.inner.handle_async_request(request)

    cutter: list[CutAfterOnePart] = []

    def wrap(inner: httpx.AsyncBaseTransport) -> httpx.AsyncBaseTransport:
        cutter.append(CutAfterOnePart(inner))
        return cutter[0]

    a, b = world.device(EMAIL, wrap=wrap), world.device(EMAIL)
    big = tmp_path / "big.bin"
    big.write_bytes(bytes(range(256)) * (BLOB_PART_BYTES * 2 // 256 + 1000))
    stored = a.root.files.put(big)
    with a.write() as session:
        a.root.recorder.create(
            session, Document, workspace_id=a.root.workspace_id, title="Big", doc_type="text",
            file_sha256=stored.sha256, size_bytes=stored.size, source_name="big.bin",
            state="ready",
        )  # fmt: skip
    from sync.client.api import ServerUnreachable

    with pytest.raises(ServerUnreachable):
        a.sync()
    status = world.server.blobs.status(a.root.workspace_id, stored.sha256)  # type: ignore[attr-defined]
    assert status.received == BLOB_PART_BYTES, "the first part stayed on the server"
    cutter[0].cut = False
    sent_before = cutter[0].parts
    a.sync()
    assert cutter[0].parts - sent_before == 2, "only the parts that were missing went again"
    b.sync()
    assert b.root.files.path_for(stored.sha256).read_bytes() == big.read_bytes()


def test_a_file_damaged_on_the_way_down_is_fetched_again_and_never_kept_damaged(
    world: World, tmp_path: Path
) -> None:
    import httpx

    class DamageBatches(httpx.AsyncBaseTransport):
        """Flips the last byte of every batch of small files the server sends."""

        def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
            self.inner, self.damaged = inner, 0

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            response = await self.inner.handle_async_request(request)
            if not request.url.path.endswith("/blobs/batch/fetch"):
                return response
            body = bytearray(await response.aread())
            body[-1] ^= 0xFF
            self.damaged += 1
            return httpx.Response(response.status_code, stream=httpx.ByteStream(bytes(body)))

    damage: list[DamageBatches] = []

    def wrap(inner: httpx.AsyncBaseTransport) -> httpx.AsyncBaseTransport:
        damage.append(DamageBatches(inner))
        return damage[0]

    a, b = world.device(EMAIL), world.device(EMAIL, wrap=wrap)
    titles = [f"Note {n}" for n in range(5)]
    ids = [add_document(a, title, tmp_path) for title in titles]
    a.sync()
    b.sync()
    assert damage[0].damaged >= 1
    for document_id, title in zip(ids, titles, strict=True):
        row = document(b, document_id)
        assert row is not None
        assert b.root.files.path_for(row.file_sha256).read_text() == f"{title}\n"


def test_a_member_removed_from_a_team_workspace_stops_syncing_it_and_is_told(
    world: World, tmp_path: Path
) -> None:
    bob_id = world.user("bob@example.com")
    team = world.server.workspaces.create_team("Research", EMAIL)
    world.server.workspaces.add_member("Research", "bob@example.com", "editor")
    ada, bob = world.device(EMAIL), world.device("bob@example.com")
    for device in (ada, bob):
        in_thread(device.client.join("Research"))
    ada = world.use(ada, team)
    plan = add_document(ada, "Field plan", tmp_path)
    ada.sync()
    bob.sync()
    assert document(bob, plan) is not None

    world.server.members.remove(team, bob_id, actor_id=None, actor_role="owner")
    reports = {r.workspace_id: r for r in bob.sync()}
    assert "no longer a member of “Research”" in reports[team].notices[0]
    assert [r.notices for w, r in reports.items() if w != team] == [[]], "personal still syncs"
    assert team not in bob.client.synced_workspaces()
    assert document(bob, plan) is not None, "nothing on the device is deleted"
    assert team not in {r.workspace_id for r in bob.sync()}, "and it is not tried again"


def test_an_erased_members_content_goes_where_the_workspace_says_and_stays_elsewhere(
    world: World, tmp_path: Path
) -> None:
    from sync.server.schemas import WorkspaceSettings

    bob_id = world.user("bob@example.com")
    for name in ("Research", "Archive"):
        world.server.workspaces.create_team(name, EMAIL)
        world.server.workspaces.add_member(name, "bob@example.com", "editor")
    ada, bob = world.device(EMAIL), world.device("bob@example.com")
    made: dict[str, tuple[str, str]] = {}
    for name in ("Research", "Archive"):
        team = in_thread(ada.client.join(name)).id
        in_thread(bob.client.join(name))
        bob = world.use(bob, team)
        ada = world.use(ada, team)
        made[name] = (add_document(bob, f"Bob's {name} notes", tmp_path),
                      add_document(ada, f"Ada's {name} notes", tmp_path))  # fmt: skip
        settle(bob, ada)
    teams = {w.name: w.id for w in in_thread(ada.client.remote_workspaces())}
    world.server.members.set_settings(
        teams["Research"], WorkspaceSettings(erase_content="delete"), None
    )

    world.server.personal_data.erase(bob_id, "bob@example.com")
    ada.sync()
    assert document(ada, made["Research"][0]) is None, "deleted where the workspace says so"
    assert document(ada, made["Research"][1]) is not None, "the others' content stays"
    assert document(ada, made["Archive"][0]) is not None, "kept (anonymised) elsewhere"


def test_a_copied_data_dir_is_a_new_device(tmp_path: Path) -> None:
    import shutil

    from core.paths import AppPaths
    from core.root import open_root

    original = AppPaths(tmp_path / "laptop", tmp_path / "laptop" / "config")
    first = open_root(original)
    device_id = first.device_id
    first.close()
    shutil.copytree(tmp_path / "laptop", tmp_path / "copy")
    copy = open_root(AppPaths(tmp_path / "copy", tmp_path / "copy" / "config"))
    again = open_root(original)
    try:
        assert again.device_id == device_id, "the original keeps its identity"
        assert copy.device_id != device_id, "a copy would share clocks and mutation ids"
    finally:
        copy.close()
        again.close()


def test_two_processes_on_one_data_dir_never_issue_the_same_clock(tmp_path: Path) -> None:
    from core.paths import AppPaths
    from core.root import open_root

    paths = AppPaths(tmp_path / "data", tmp_path / "data" / "config")
    app, cli = open_root(paths), open_root(paths)  # two processes' clocks, one device
    try:
        frozen = 1_800_000_000_000
        for root in (app, cli):
            root.recorder.clock._wall = lambda: frozen  # the same millisecond in both
        for n in range(20):
            (app if n % 2 else cli).chat.conversations.create(title=f"c{n}")
        from core.db.models import OutboxEntry

        per_mutation: dict[str, str] = {}
        with app.database.read() as session:
            for entry in session.scalars(select(OutboxEntry).order_by(OutboxEntry.id)):
                per_mutation[entry.mutation_id] = max(entry.clocks.values())
        ordered = list(per_mutation.values())
        assert len(set(ordered)) == len(ordered), "no two changes share a clock"
        assert ordered == sorted(ordered), "clocks rise in commit order across both processes"
    finally:
        app.close()
        cli.close()


def test_a_documents_index_state_stays_on_its_device(world: World, tmp_path: Path) -> None:
    a, b = world.device(EMAIL), world.device(EMAIL)
    doc = add_document(a, "Manual", tmp_path)  # indexed here: "ready"
    with a.read() as session:
        from core.db.models import OutboxEntry

        sent = [e.fields for e in session.scalars(select(OutboxEntry)) if e.entity_id == doc]
    assert sent and all("state" not in fields for fields in sent)
    settle(a, b)
    assert document(b, doc).state == "pending", "b indexes it itself"
    assert document(a, doc).state == "ready"
