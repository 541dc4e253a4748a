"""The audit log: written with the change, append-only in the database, hash-chained, signed at
checkpoints, and verified entry by entry (on SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from sync.server.audit import GENESIS_HASH, AuditEvent, AuditLog, chain_hash, verify
from sync.server.checkpoints import CheckpointSigner
from sync.server.db import Database
from sync.server.models import AuditCheckpoint, AuditEntry, AuditHead, User
from sync.server.services import Services
from tests.sync.server.api import PASSWORD


def tamper(db: Database, *statements: str, **params: object) -> None:
    """Run statements as someone with direct database access, the append-only guard off."""
    with db.engine.begin() as connection:
        if db.is_sqlite:
            for table in ("audit_log", "audit_checkpoints"):
                for event in ("update", "delete"):
                    connection.execute(text(f"DROP TRIGGER IF EXISTS {table}_no_{event}"))
        else:
            for table in ("audit_log", "audit_checkpoints"):
                connection.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER USER"))
        for statement in statements:
            connection.execute(text(statement), params)


def entries(services: Services) -> list[AuditEntry]:
    with services.db.read() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.seq)))


def test_each_entry_hashes_its_stored_text_after_the_previous_hash(services: Services) -> None:
    services.accounts.create_user("ada@example.org", PASSWORD)
    services.workspaces.create_team("Research", "ada@example.org")
    rows = entries(services)
    assert [r.action for r in rows] == ["user.create", "workspace.create"]
    previous = GENESIS_HASH
    for row in rows:
        assert row.hash == chain_hash(previous, row.text)
        assert json.loads(row.text)["seq"] == row.seq
        previous = row.hash
    assert "ada@example.org" not in "".join(r.text for r in rows)  # ids, never emails
    report = verify(services.db, services.audit.signer)
    assert report.ok and report.entries == 2


def test_no_audit_entry_means_no_change(services: Services) -> None:
    tamper(services.db, "DELETE FROM audit_head")  # appending now fails
    with pytest.raises(RuntimeError, match="no head row"):
        services.accounts.create_user("ada@example.org", PASSWORD)
    with services.db.read() as session:
        assert session.scalar(select(User.id)) is None, "the user was not created either"
        assert session.scalar(select(AuditEntry.seq)) is None


def test_the_database_refuses_to_change_or_remove_entries(services: Services) -> None:
    services.accounts.create_user("ada@example.org", PASSWORD)
    statements = ["UPDATE audit_log SET action = 'x'", "DELETE FROM audit_log"]
    if not services.db.is_sqlite:  # SQLite has no TRUNCATE
        statements += ["TRUNCATE audit_log", "TRUNCATE audit_checkpoints"]
    for statement in statements:
        with (
            pytest.raises((DBAPIError, IntegrityError), match="append-only"),
            services.db.engine.begin() as connection,
        ):
            connection.execute(text(statement))
    assert [r.action for r in entries(services)] == ["user.create"]


def test_verify_names_the_first_entry_whose_text_was_edited(services: Services) -> None:
    for n in range(5):
        services.accounts.create_user(f"user{n}@example.org", PASSWORD)
    third = entries(services)[2]
    forged = third.text.replace('"user.create"', '"user.enable"')
    tamper(
        services.db,
        "UPDATE audit_log SET text = :forged, action = 'user.enable' WHERE seq = 3",
        forged=forged,
    )
    report = verify(services.db, services.audit.signer)
    assert not report.ok
    assert report.bad_seq == 3
    assert "hash" in (report.problem or "")


def test_verify_names_an_entry_whose_column_disagrees_with_its_text(services: Services) -> None:
    for n in range(3):
        services.accounts.create_user(f"user{n}@example.org", PASSWORD)
    tamper(services.db, "UPDATE audit_log SET actor_id = 'someone-else' WHERE seq = 2")
    report = verify(services.db, services.audit.signer)
    assert (report.bad_seq, report.ok) == (2, False)
    assert "actor_id" in (report.problem or "")


def test_a_removed_entry_in_the_middle_is_named(services: Services) -> None:
    for n in range(4):
        services.accounts.create_user(f"user{n}@example.org", PASSWORD)
    tamper(services.db, "DELETE FROM audit_log WHERE seq = 2")
    report = verify(services.db, services.audit.signer)
    assert report.bad_seq == 2 and "missing" in (report.problem or "")


def test_cutting_entries_off_the_end_shows_through_a_signed_checkpoint(
    services: Services,
) -> None:
    audit = AuditLog(services.db, services.config.clock_ms, services.audit.signer, 3)
    for n in range(7):
        audit.record(AuditEvent("admin.test", details={"n": n}))
    with services.db.read() as session:
        assert list(session.scalars(select(AuditCheckpoint.seq))) == [3, 6]
        third = session.get(AuditEntry, 4)
        assert third is not None
    # Someone cuts entries 5…7 and rewinds the head so the chain itself looks whole.
    tamper(
        services.db,
        "DELETE FROM audit_log WHERE seq > 4",
        f"UPDATE audit_head SET last_seq = 4, last_hash = '{third.hash}'",
    )
    report = verify(services.db, services.audit.signer)
    assert not report.ok
    assert report.bad_seq == 5
    assert "cut off" in (report.problem or "")


def test_a_checkpoint_signed_by_another_key_is_refused(services: Services) -> None:
    stranger = CheckpointSigner(Ed25519PrivateKey.generate())
    forger = AuditLog(services.db, services.config.clock_ms, stranger, 2)
    forger.record(AuditEvent("admin.test"))
    forger.record(AuditEvent("admin.test"))
    report = verify(services.db, services.audit.signer)
    assert (report.ok, report.bad_seq) == (False, 2)
    assert services.audit.signer.key_id in (report.problem or "")


def test_the_signing_key_is_kept_private_in_the_data_dir(services: Services) -> None:
    path = services.config.audit_key_path
    assert path.exists()
    assert path.stat().st_mode & 0o777 == 0o600
    again = CheckpointSigner.load(path)
    assert again.key_id == services.audit.signer.key_id


def test_a_signing_key_that_is_not_a_key_fails_with_its_file_named(tmp_path: Path) -> None:
    bad = tmp_path / "audit-signing-key.pem"
    bad.write_text("not a key")
    with pytest.raises(RuntimeError, match=str(bad)):
        CheckpointSigner.load(bad)


def test_concurrent_writers_chain_every_entry_exactly_once(services: Services) -> None:
    errors: list[BaseException] = []

    def write(worker: int) -> None:
        try:
            for n in range(10):
                services.audit.record(AuditEvent("admin.test", details={"w": worker, "n": n}))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(w,)) for w in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    report = verify(services.db, services.audit.signer)
    assert report.ok, report.problem
    assert report.entries == 80
    with services.db.read() as session:
        head = session.get(AuditHead, "default")
        assert head is not None and head.last_seq == 80
        assert session.scalar(select(AuditCheckpoint.seq)) == 64
