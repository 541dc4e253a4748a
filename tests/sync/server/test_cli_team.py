# ruff: noqa: F811 - the tests take the imported fixtures as parameters
"""The team commands of ``convosphere-server`` in real processes, against a served server and
real desktop data dirs: roles, a viewer's refused change, ``audit verify`` and ``export``."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import psycopg

from core.db.models import Document
from core.paths import AppPaths
from core.root import Root, open_root
from sync.client.client import SyncClient
from sync.server import ServerConfig
from sync.server.services import build_services
from tests.sync.harness import in_thread

# The fixtures of test_cli.py (a CLI per database, a ``serve`` process) are used here too.
from tests.sync.server.test_cli import PASSWORD, Cli, Served, cli, served  # noqa: F401

ADMIN, VIEWER = "admin@example.org", "viewer@example.org"


def run(cli: Cli, *args: str, stdin: str = "") -> str:
    done = cli(*args, stdin=stdin)
    assert done.returncode == 0, (args, done.stderr)
    return done.stdout


def device(base: Path, name: str, url: str, email: str, workspace: str) -> Root:
    """A desktop data dir signed in to the served server, opening ``workspace``."""
    paths = AppPaths(base / name, base / name / "config")
    root = open_root(paths)
    in_thread(SyncClient(root).login(url, email, PASSWORD))
    info = in_thread(SyncClient(root).join(workspace))
    root.settings.set("workspace.current", info.id)
    root.close()
    return open_root(paths)


def title(root: Root, document_id: str) -> str:
    with root.database.read() as session:
        row = session.get(Document, document_id)
        assert row is not None
        return row.title


def edit_audit_entry(cli: Cli, data_dir: Path, seq: int) -> None:
    """What someone with direct database access might do: switch the guard off, edit a row."""
    statement = f"UPDATE audit_log SET target = 'nobody' WHERE seq = {seq}"
    if not cli.postgres:
        with sqlite3.connect(data_dir / "server.db") as connection:
            connection.execute("DROP TRIGGER audit_log_no_update")
            connection.execute(statement)
        return
    url = cli.args[cli.args.index("--database-url") + 1]
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("ALTER TABLE audit_log DISABLE TRIGGER USER")
        connection.execute(statement)


def test_a_viewers_change_is_refused_audited_and_verify_catches_an_edited_entry(
    cli: Cli, served: Served, tmp_path: Path
) -> None:
    run(cli, "users", "create", ADMIN, "--password-stdin", stdin=PASSWORD)
    run(cli, "users", "create", VIEWER, "--password-stdin", stdin=PASSWORD)
    assert "server role admin" in run(cli, "users", "set-role", ADMIN, "--role", "admin")
    run(cli, "workspaces", "create", "Research", "--owner", ADMIN)
    run(cli, "workspaces", "add-member", "Research", VIEWER, "--role", "viewer")
    url = served.url.removesuffix("/v1")
    owner = device(tmp_path, "owner", url, ADMIN, "Research")
    viewer = device(tmp_path, "viewer", url, VIEWER, "Research")
    try:
        with owner.database.write() as session:
            doc = owner.recorder.create(
                session, Document, workspace_id=owner.workspace_id, title="Findings",
                doc_type="text", file_sha256="0" * 64, size_bytes=1, source_name="f.txt",
                state="ready",
            ).id  # fmt: skip
        in_thread(SyncClient(owner).sync_now())
        in_thread(SyncClient(viewer).sync_now())
        assert title(viewer, doc) == "Findings"
        with viewer.database.write() as session:
            row = session.get(Document, doc)
            assert row is not None
            viewer.recorder.update(session, row, title="Findings (a viewer's edit)")

        reports = in_thread(SyncClient(viewer).sync_now())

        assert any("only read" in why for r in reports for why in r.rejected)
        assert title(viewer, doc) == "Findings", "the refused edit is undone on the device"
    finally:
        owner.close()
        viewer.close()

    exported = [json.loads(line) for line in run(cli, "audit", "export").splitlines()]
    refused = [e for e in exported if e["action"] == "sync.push_refused"]
    assert len(refused) == 1 and refused[0]["details"]["reasons"] == ["forbidden"]
    actions = [e["action"] for e in exported]
    assert actions.count("auth.login") == 2 and "user.role" in actions
    intact = run(cli, "audit", "verify")
    assert "intact" in intact and f"{len(exported)} entries" in intact

    edit_audit_entry(cli, Path(cli.args[cli.args.index("--data-dir") + 1]), 3)
    broken = cli("audit", "verify")

    assert broken.returncode != 0
    assert "broken at entry 3" in broken.stderr
    assert "target" in broken.stderr


def test_users_are_disabled_and_given_roles_and_invites_are_printed(
    cli: Cli, tmp_path: Path
) -> None:
    run(cli, "users", "create", ADMIN, "--password-stdin", stdin=PASSWORD)
    run(cli, "users", "create", VIEWER, "--password-stdin", stdin=PASSWORD)
    run(cli, "workspaces", "create", "Research", "--owner", ADMIN)

    assert "disabled: every session ended" in run(cli, "users", "disable", VIEWER)
    assert "enabled" in run(cli, "users", "enable", VIEWER)
    assert "server role auditor" in run(cli, "users", "set-role", VIEWER, "--role", "auditor")
    code = run(cli, "workspaces", "invite", "Research", "--role", "editor").strip()
    unknown = cli("users", "disable", "nobody@example.org")
    no_workspace = cli("workspaces", "invite", "Nope", "--role", "viewer")

    assert code.startswith("csinv-") and "\n" not in code
    assert unknown.returncode == 1 and "No user with the email nobody@example.org" in unknown.stderr
    assert no_workspace.returncode == 1 and "Nope" in no_workspace.stderr
    data_dir = Path(cli.args[cli.args.index("--data-dir") + 1])
    url = cli.args[cli.args.index("--database-url") + 1] if cli.postgres else None
    services = build_services(ServerConfig.for_data_dir(data_dir, url))
    try:
        with services.db.read() as session:
            viewer_id = services.accounts.user_id_by_email(session, VIEWER)
        joined = services.members.redeem(code, viewer_id)
        assert joined.name == "Research" and joined.role == "editor"
    finally:
        services.close()
    exported = [json.loads(line) for line in run(cli, "audit", "export").splitlines()]
    cli_actions = [e["action"] for e in exported if e["actor_id"] is None]
    assert {"user.disable", "user.enable", "user.role", "member.invite"} <= set(cli_actions)


def test_audit_export_takes_a_since_date_and_writes_csv(cli: Cli, tmp_path: Path) -> None:
    run(cli, "users", "create", ADMIN, "--password-stdin", stdin=PASSWORD)
    out = tmp_path / "audit.csv"

    run(cli, "audit", "export", "--since", "2000-01-01", "--format", "csv", "-o", str(out))
    future = run(cli, "audit", "export", "--since", "2999-01-01T00:00:00+00:00")
    bad = cli("audit", "export", "--since", "last tuesday")

    lines = out.read_text().splitlines()
    assert lines[0].startswith("seq,at_ms,action,actor_id")
    assert lines[1].startswith("1,") and ",user.create," in lines[1]
    assert [json.loads(line)["action"] for line in future.splitlines()] == []
    assert bad.returncode == 2 and "not a date" in bad.stderr
    checkpoint = run(cli, "audit", "checkpoint")
    assert "Signed checkpoint at entry" in checkpoint
    assert "1 signed checkpoints" in run(cli, "audit", "verify")
