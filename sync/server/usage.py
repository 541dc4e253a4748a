"""Usage figures per workspace and per user, from what the server holds.

Messages and documents are the rows alive in a workspace (not trashed, not purged); tokens and
cost come from the messages' ``metrics`` (input_tokens, output_tokens, cost_usd) as the device
measured them. A row counts for the user whose device created it (its first change in the log;
rows compacted before they were attributed count for the workspace only). Changes by day are
the mutations the server accepted, by the day (UTC) it received them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sync.server.admin import ACTIVE_DAYS, DAY_MS, storage_bytes
from sync.server.config import ServerConfig
from sync.server.db import Database
from sync.server.models import (
    Blob,
    ChangeLogEntry,
    DeviceSession,
    EntityStateRow,
    Member,
    SeenMutation,
    User,
    Workspace,
)
from sync.server.schemas import DayCount, Usage, UsageReport, UserUsage, WorkspaceUsage

COUNTED = ("message", "document")


def day_of(day_number: int) -> str:
    return datetime.fromtimestamp(day_number * 86400, UTC).strftime("%Y-%m-%d")


@dataclass
class _Tally:
    messages: int = 0
    documents: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float = 0.0
    blobs: set[tuple[str, str]] = field(default_factory=set)  # (workspace, sha256)

    def add(self, workspace_id: str, entity: str, fields: dict[str, Any]) -> None:
        if entity == "message":
            self.messages += 1
            metrics = fields.get("metrics") or {}
            if isinstance(metrics, dict):
                self.input_tokens += _number(metrics.get("input_tokens"))
                self.output_tokens += _number(metrics.get("output_tokens"))
                self.cost_usd += float(_number(metrics.get("cost_usd"), float))
        else:
            self.documents += 1
            sha = fields.get("file_sha256")
            if isinstance(sha, str):
                self.blobs.add((workspace_id, sha))


def _number(value: object, kind: type = int) -> Any:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return kind(0)
    return kind(value)


class UsageReports:
    """Builds the usage figures the admin console charts."""

    def __init__(self, db: Database, config: ServerConfig) -> None:
        self.db = db
        self.config = config

    def report(self, days: int, workspace_id: str | None = None) -> UsageReport:
        now = self.config.clock_ms()
        first_day = now // DAY_MS - days + 1
        with self.db.read() as session:
            workspaces = list(
                session.execute(
                    select(Workspace.id, Workspace.name)
                    .where(*([Workspace.id == workspace_id] if workspace_id else []))
                    .order_by(Workspace.name)
                )
            )
            ids = [w for w, _ in workspaces]
            devices = _devices_by_user(session)
            owner_of_device = {d: u for u, ds in devices.items() for d in ds}
            creators = _creators(session, ids)
            by_workspace: dict[str, _Tally] = defaultdict(_Tally)
            by_user: dict[str, _Tally] = defaultdict(_Tally)
            for ws, entity, entity_id, fields in _alive_rows(session, ids):
                by_workspace[ws].add(ws, entity, fields)
                user = owner_of_device.get(creators.get((ws, entity, entity_id), ""))
                if user is not None:
                    by_user[user].add(ws, entity, fields)
            ws_days = _changes_by_day(session, ids, first_day, SeenMutation.workspace_id)
            device_days = _changes_by_day(session, ids, first_day, SeenMutation.device_id)
            active = _active_devices(session, now - ACTIVE_DAYS * DAY_MS)
            members = _members(session, ids)
            blob_sizes = _blob_sizes(session, {b for t in by_user.values() for b in t.blobs})
            users = list(
                session.execute(
                    select(User.id, User.email)
                    .where(User.erased_at_ms.is_(None))
                    .order_by(User.email)
                )
            )
            ws_usage = [
                WorkspaceUsage(
                    workspace_id=ws,
                    name=name,
                    **_usage(
                        by_workspace[ws],
                        storage_bytes(session, ws),
                        len({d for u in members.get(ws, ()) for d in active.get(u, ())}),
                        ws_days.get(ws, {}),
                        first_day,
                        days,
                    ),
                )
                for ws, name in workspaces
            ]
        user_usage = []
        for user_id, email in users:
            if workspace_id is not None and user_id not in members.get(workspace_id, ()):
                continue
            day_counts: dict[int, int] = defaultdict(int)
            for device in devices.get(user_id, ()):
                for day, count in device_days.get(device, {}).items():
                    day_counts[day] += count
            tally = by_user[user_id]
            user_usage.append(
                UserUsage(
                    user_id=user_id,
                    email=email,
                    **_usage(
                        tally,
                        sum(blob_sizes.get(b, 0) for b in tally.blobs),
                        len(active.get(user_id, ())),
                        day_counts,
                        first_day,
                        days,
                    ),
                )
            )
        return UsageReport(
            days=days, since_day=day_of(first_day), workspaces=ws_usage, users=user_usage
        )


def _usage(
    tally: _Tally,
    storage: int,
    active_devices: int,
    day_counts: dict[int, int],
    first_day: int,
    days: int,
) -> dict[str, Any]:
    return Usage(
        messages=tally.messages,
        documents=tally.documents,
        storage_bytes=storage,
        active_devices=active_devices,
        input_tokens=tally.input_tokens,
        output_tokens=tally.output_tokens,
        cost_usd=round(tally.cost_usd, 6),
        changes_by_day=[
            DayCount(day=day_of(first_day + i), changes=day_counts.get(first_day + i, 0))
            for i in range(days)
        ],
    ).model_dump()


def _devices_by_user(session: Session) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for user_id, device_id in session.execute(
        select(DeviceSession.user_id, DeviceSession.device_id).distinct()
    ):
        found[user_id].add(device_id)
    return found


def _active_devices(session: Session, since_ms: int) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for user_id, device_id in session.execute(
        select(DeviceSession.user_id, DeviceSession.device_id).where(
            DeviceSession.revoked.is_(False), DeviceSession.last_seen_at_ms >= since_ms
        )
    ):
        found[user_id].add(device_id)
    return found


def _members(session: Session, workspace_ids: list[str]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for ws, user_id in session.execute(
        select(Member.workspace_id, Member.user_id).where(Member.workspace_id.in_(workspace_ids))
    ):
        found[ws].add(user_id)
    return found


def _creators(session: Session, workspace_ids: list[str]) -> dict[tuple[str, str, str], str]:
    """The device of each counted row's first logged change."""
    first = (
        select(
            ChangeLogEntry.workspace_id,
            ChangeLogEntry.entity,
            ChangeLogEntry.entity_id,
            func.min(ChangeLogEntry.seq).label("seq"),
        )
        .where(
            ChangeLogEntry.workspace_id.in_(workspace_ids),
            ChangeLogEntry.entity.in_(COUNTED),
        )
        .group_by(ChangeLogEntry.workspace_id, ChangeLogEntry.entity, ChangeLogEntry.entity_id)
        .subquery()
    )
    rows = session.execute(
        select(
            first.c.workspace_id, first.c.entity, first.c.entity_id, ChangeLogEntry.device_id
        ).join(
            ChangeLogEntry,
            (ChangeLogEntry.workspace_id == first.c.workspace_id)
            & (ChangeLogEntry.seq == first.c.seq),
        )
    )
    return {(ws, entity, entity_id): device for ws, entity, entity_id, device in rows if device}


def _alive_rows(
    session: Session, workspace_ids: list[str]
) -> Iterable[tuple[str, str, str, dict[str, Any]]]:
    rows = session.execute(
        select(
            EntityStateRow.workspace_id,
            EntityStateRow.entity,
            EntityStateRow.entity_id,
            EntityStateRow.fields,
        ).where(
            EntityStateRow.workspace_id.in_(workspace_ids),
            EntityStateRow.entity.in_(COUNTED),
            EntityStateRow.purged.is_(False),
        )
    )
    for ws, entity, entity_id, fields in rows:
        if not (fields or {}).get("deleted"):
            yield ws, entity, entity_id, fields or {}


def _changes_by_day(
    session: Session, workspace_ids: list[str], first_day: int, key: Any
) -> dict[str, dict[int, int]]:
    day = (SeenMutation.seen_at_ms // DAY_MS).label("day")
    found: dict[str, dict[int, int]] = defaultdict(dict)
    for k, d, count in session.execute(
        select(key, day, func.count())
        .where(
            SeenMutation.workspace_id.in_(workspace_ids),
            SeenMutation.seen_at_ms >= first_day * DAY_MS,
        )
        .group_by(key, day)
    ):
        found[k][int(d)] = found[k].get(int(d), 0) + count
    return found


def _blob_sizes(session: Session, blobs: set[tuple[str, str]]) -> dict[tuple[str, str], int]:
    sizes: dict[tuple[str, str], int] = {}
    workspace_ids = {ws for ws, _ in blobs}
    if not workspace_ids:
        return sizes
    for ws, sha, size in session.execute(
        select(Blob.workspace_id, Blob.sha256, Blob.size).where(
            Blob.workspace_id.in_(workspace_ids), Blob.complete.is_(True)
        )
    ):
        if (ws, sha) in blobs:
            sizes[ws, sha] = size or 0
    return sizes
