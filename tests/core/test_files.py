"""The content-addressed store: dedup, odd names, big files in bounded memory, no partials."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from core.files import FileStore


def test_same_bytes_are_stored_once_under_their_hash(tmp_path: Path) -> None:
    store = FileStore(tmp_path / "files")
    a = tmp_path / "a.txt"
    b = tmp_path / "copy of a — ünïcode & spaces.txt"
    a.write_bytes(b"hello world")
    b.write_bytes(b"hello world")
    first, second = store.put(a), store.put(b)
    expected = hashlib.sha256(b"hello world").hexdigest()
    assert first.sha256 == second.sha256 == expected
    assert first.path == tmp_path / "files" / expected[:2] / expected[2:4] / expected
    assert not first.already_present and second.already_present
    assert first.path.read_bytes() == b"hello world"
    assert sorted(p.name for p in (tmp_path / "files").rglob("*") if p.is_file()) == [expected]


def test_an_abandoned_copy_leaves_no_partial_file(tmp_path: Path) -> None:
    store = FileStore(tmp_path / "files")
    big = tmp_path / "big.bin"
    big.write_bytes(b"x" * (3 * 1024 * 1024))

    def stop(copied: int) -> None:
        if copied > 1024 * 1024:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        store.put(big, progress=stop)
    assert [p for p in (tmp_path / "files").rglob("*") if p.is_file()] == []


def test_an_empty_file_is_stored_too(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    stored = FileStore(tmp_path / "files").put(empty)
    assert stored.size == 0 and stored.sha256 == hashlib.sha256(b"").hexdigest()


def test_a_missing_source_gets_a_message_naming_it(tmp_path: Path) -> None:
    with pytest.raises(OSError, match=r"gone\.pdf"):
        FileStore(tmp_path / "files").put(tmp_path / "gone.pdf")


def test_remove_and_contains(tmp_path: Path) -> None:
    store = FileStore(tmp_path / "files")
    src = tmp_path / "x"
    src.write_bytes(b"1")
    stored = store.put(src)
    assert store.contains(stored.sha256)
    assert store.remove(stored.sha256) and not store.contains(stored.sha256)
    assert not store.remove(stored.sha256)
    with pytest.raises(ValueError):
        store.path_for("../../etc/passwd")


def test_files_that_arrive_from_sync_are_kept_only_when_their_bytes_match(tmp_path: Path) -> None:
    store = FileStore(tmp_path / "files")
    good = [b"first file", b"second file", b""]
    damaged = b"what was sent"
    batch = [(hashlib.sha256(data).hexdigest(), data) for data in good]
    batch.append((hashlib.sha256(damaged).hexdigest(), b"what arrived"))  # changed on the way
    bad = store.put_downloaded(batch)
    assert bad == [hashlib.sha256(damaged).hexdigest()]
    for sha, data in batch[:3]:
        assert store.path_for(sha).read_bytes() == data
    assert not store.contains(bad[0])
    # the same files again (a repeated page): nothing changes, nothing is left behind
    assert store.put_downloaded(batch[:3]) == []
    left = sorted(p.name for p in (tmp_path / "files").rglob("*") if p.is_file())
    assert left == sorted(sha for sha, _data in batch[:3])
