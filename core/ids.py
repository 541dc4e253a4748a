"""Row ids: UUIDv7 made on the device, and deterministic ids for natural keys."""

from __future__ import annotations

import uuid

import uuid_utils

# A fixed namespace so that every device derives the same id from the same natural key.
NATURAL_KEY_NAMESPACE = uuid.UUID("6f1c2b1e-3d7a-4c55-9a43-2f0b8e6d9c10")


def new_id() -> str:
    """A new time-ordered UUIDv7 as text (sorts by creation time)."""
    return str(uuid_utils.uuid7())


def natural_id(*parts: str) -> str:
    """A UUIDv5 from natural-key parts, so two devices offline make the same row id."""
    return str(uuid.uuid5(NATURAL_KEY_NAMESPACE, "\x1f".join(parts)))
