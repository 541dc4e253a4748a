"""Vectors in an embedded Chroma store: one collection per workspace and embedding model.

A vector's id is ``<file sha256>:<chunker version>:<ordinal>``, so the same chunk of the same
file always has the same id: writing it again is harmless (a resumed import), and two data
dirs that imported the same files hold the same ids. We always pass our own vectors: Chroma's
default embedding function would try to download a model. Telemetry is off.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Collection, Iterator, Sequence
from pathlib import Path
from typing import Any

from core.knowledge.embedder import Vectors

COLLECTION_PREFIX = "kb-"
_MAX_BATCH = 5000
_FILES_PER_DELETE = 500
_CLIENTS: dict[Path, Any] = {}
_CLIENTS_LOCK = threading.Lock()


def vector_id(file_sha256: str, chunker_version: int, ordinal: int) -> str:
    return f"{file_sha256}:{chunker_version}:{ordinal}"


def parse_vector_id(value: str) -> tuple[str, int, int]:
    """``(file sha256, chunker version, ordinal)`` from a vector id."""
    sha, version, ordinal = value.split(":")
    return sha, int(version), int(ordinal)


def collection_name(workspace_id: str, model_id: str) -> str:
    slug = re.sub(r"[^a-zA-Z0-9_-]+", "-", model_id).strip("-")[:120]
    return f"{COLLECTION_PREFIX}{workspace_id}-{slug}"


def chroma_client(directory: Path) -> Any:
    """The process's Chroma ``PersistentClient`` for ``directory``, telemetry off."""
    with _CLIENTS_LOCK:
        client = _CLIENTS.get(directory)
        if client is None:
            os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
            import chromadb
            from chromadb.config import Settings

            directory.mkdir(parents=True, exist_ok=True)
            client = chromadb.PersistentClient(
                path=str(directory), settings=Settings(anonymized_telemetry=False)
            )
            _CLIENTS[directory] = client
        return client


def forget_client(directory: Path) -> None:
    """Drop the cached client (tests that delete their data dir)."""
    with _CLIENTS_LOCK:
        _CLIENTS.pop(directory, None)


class VectorStore:
    """The vectors of one workspace for one embedding model (blocking; thread-safe)."""

    def __init__(self, directory: Path, workspace_id: str, model_id: str) -> None:
        self.directory = directory
        self.name = collection_name(workspace_id, model_id)
        self.workspace_id = workspace_id
        self._collection: Any = None
        self._lock = threading.Lock()

    @property
    def collection(self) -> Any:
        with self._lock:
            if self._collection is None:
                self._collection = chroma_client(self.directory).get_or_create_collection(
                    self.name,
                    embedding_function=None,
                    configuration={"hnsw": {"space": "cosine"}},
                )
            return self._collection

    def count(self) -> int:
        return int(self.collection.count())

    def upsert(self, ids: Sequence[str], vectors: Vectors, files: Sequence[str]) -> None:
        """Store vectors (replacing any with the same ids); ``files`` is each one's sha256."""
        for start in range(0, len(ids), _MAX_BATCH):
            end = start + _MAX_BATCH
            self.collection.upsert(
                ids=list(ids[start:end]),
                embeddings=vectors[start:end],
                metadatas=[{"file_sha256": sha} for sha in files[start:end]],
            )

    def existing(self, ids: Sequence[str]) -> set[str]:
        """Which of ``ids`` are stored."""
        found: set[str] = set()
        for start in range(0, len(ids), _MAX_BATCH):
            got = self.collection.get(ids=list(ids[start : start + _MAX_BATCH]), include=[])
            found.update(got["ids"])
        return found

    def ids_of_file(self, file_sha256: str) -> set[str]:
        got = self.collection.get(where={"file_sha256": file_sha256}, include=[])
        return set(got["ids"])

    def all_ids(self, page: int = 10_000) -> Iterator[str]:
        offset = 0
        while True:
            got = self.collection.get(include=[], limit=page, offset=offset)
            yield from got["ids"]
            if len(got["ids"]) < page:
                return
            offset += page

    def delete(self, ids: Collection[str]) -> None:
        listed = list(ids)
        for start in range(0, len(listed), _MAX_BATCH):
            self.collection.delete(ids=listed[start : start + _MAX_BATCH])

    def delete_file(self, file_sha256: str) -> None:
        self.collection.delete(where={"file_sha256": file_sha256})

    def query(
        self, vector: Vectors, limit: int, files: Collection[str] | None = None
    ) -> list[tuple[str, float]]:
        """The nearest ``limit`` vectors as ``(id, cosine distance)``, optionally only of files."""
        if files is not None and not files:
            return []
        where = None if files is None else {"file_sha256": {"$in": sorted(files)}}
        result = self.collection.query(
            query_embeddings=vector.reshape(1, -1),
            n_results=limit,
            where=where,
            include=["distances"],
        )
        return list(zip(result["ids"][0], result["distances"][0], strict=True))


def delete_file_everywhere(directory: Path, *file_sha256: str) -> None:
    """Remove files' vectors from every knowledge collection (every workspace and model).

    One ``$in`` delete per collection and batch: a per-file call costs ~7 ms, which made
    emptying a trash of 10,000 documents take minutes.
    """
    shas = sorted(set(file_sha256))
    if not shas:
        return
    client = chroma_client(directory)
    for collection in client.list_collections():
        name = str(getattr(collection, "name", collection))
        if not name.startswith(COLLECTION_PREFIX):
            continue
        store = client.get_collection(name, embedding_function=None)
        for start in range(0, len(shas), _FILES_PER_DELETE):
            batch = shas[start : start + _FILES_PER_DELETE]
            store.delete(where={"file_sha256": {"$in": batch}})
