"""Team server under load, and the cost of the audit chain, on PostgreSQL.

1. Latency: a real ``convosphere-server serve`` process (uvicorn on 127.0.0.1) over a throwaway
   PostgreSQL cluster (as the tests start one: fsync off). --devices devices (default 50: ten
   users with five devices each, all members of one team workspace) work at once; each does
   --rounds rounds of "push --batch new rows, then pull everything new". Prints p50/p95/max of
   push and of pull, and the mutations per second the server took.
2. Audit cost: ``ChangeLog.push`` from --writers threads at once, each into its own workspace,
   each push carrying one purge so that every push appends an audit entry in its transaction
   (the entries of all workspaces share one hash chain, so appends serialize on its head row).
   The same pushes with the audit off; ``ratio`` = audited rate / unaudited rate
   (goal: >= 0.8).

    .venv/bin/python bench/server.py [--devices 50] [--rounds 10] [--batch 20]
                                     [--pushes 40] [--writers 8]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx

from sync.protocol import Mutation, PushRequest
from sync.server.config import ServerConfig
from sync.server.services import Services, build_services
from tests.sync.postgres import PostgresCluster, free_port, postgres_bin_dir

PASSWORD = "bench pass phrase"


def hlc(wall_ms: int, device: str, counter: int = 0) -> str:
    return f"{wall_ms:015d}.{counter:05d}.{device}"


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def rows(prefix: str, count: int, stamp: str) -> list[dict[str, object]]:
    return [
        {
            "mutation_id": f"{prefix}-{i}",
            "entity": "conversation",
            "entity_id": f"{prefix}-{i}",
            "fields": {"title": f"Conversation {prefix}-{i}", "pinned": False},
            "clocks": {"title": stamp, "pinned": stamp},
        }
        for i in range(count)
    ]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def fast_config(data_dir: Path, url: str) -> ServerConfig:
    return ServerConfig.for_data_dir(data_dir, url, argon2_time_cost=1, argon2_memory_kib=1024)


# --- 1. latency with many devices --------------------------------------------------------------


def serve(data_dir: Path, url: str, port: int) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "sync.server.cli",
            "--data-dir",
            str(data_dir),
            "--database-url",
            url,
            "serve",
            "--port",
            str(port),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("Listening on "):
            threading.Thread(target=process.stdout.read, daemon=True).start()
            return process
    raise RuntimeError(f"the server exited with {process.wait()} before listening")


async def device_load(
    base: str, email: str, device: str, workspace: str, rounds: int, batch: int
) -> tuple[list[float], list[float], int]:
    push_s: list[float] = []
    pull_s: list[float] = []
    pulled = 0
    async with httpx.AsyncClient(base_url=base, timeout=120) as http:
        tokens = (
            await http.post(
                "/auth/login",
                json={"email": email, "password": PASSWORD, "device_id": device},
            )
        ).json()
        http.headers["Authorization"] = f"Bearer {tokens['access_token']}"
        cursor = ""
        for n in range(rounds):
            body = {
                "device_id": device,
                "mutations": rows(f"{device}-{n}", batch, hlc(now_ms(), device)),
            }
            start = time.perf_counter()
            response = await http.post(f"/workspaces/{workspace}/push", json=body)
            push_s.append(time.perf_counter() - start)
            assert response.status_code == 200, response.text
            more = True
            while more:
                start = time.perf_counter()
                page = await http.get(f"/workspaces/{workspace}/pull", params={"cursor": cursor})
                pull_s.append(time.perf_counter() - start)
                assert page.status_code == 200, page.text
                body = page.json()
                cursor, more = body["cursor"], body["more"]
                pulled += len(body["changes"])
    return push_s, pull_s, pulled


def latency(cluster: PostgresCluster, devices: int, rounds: int, batch: int) -> None:
    url = cluster.new_database()
    with tempfile.TemporaryDirectory(prefix="bench-server-") as tmp:
        data_dir = Path(tmp)
        cli = [sys.executable, "-m", "sync.server.cli", "--data-dir", tmp, "--database-url", url]
        subprocess.run(
            [*cli, "migrate"],
            check=True,
            capture_output=True,
        )
        services = build_services(fast_config(data_dir, url))
        users = max(1, devices // 5)
        emails = [f"user{u}@bench.example" for u in range(users)]
        for email in emails:
            services.accounts.create_user(email, PASSWORD)
        workspace = services.workspaces.create_team("Load", emails[0])
        for email in emails[1:]:
            services.workspaces.add_member("Load", email, "editor")
        services.close()
        port = free_port()
        process = serve(data_dir, url, port)
        try:
            base = f"http://127.0.0.1:{port}/v1"

            async def everyone() -> list[tuple[list[float], list[float], int]]:
                return await asyncio.gather(
                    *(
                        device_load(base, emails[d % users], f"dev{d}", workspace, rounds, batch)
                        for d in range(devices)
                    )
                )

            start = time.perf_counter()
            results = asyncio.run(everyone())
            elapsed = time.perf_counter() - start
        finally:
            process.terminate()
            process.wait(timeout=30)
    pushes = [s for push, _, _ in results for s in push]
    pulls = [s for _, pull, _ in results for s in pull]
    changes = sum(n for _, _, n in results)
    print(f"PostgreSQL, {devices} devices at once, {rounds} rounds of push {batch} + pull:")
    for label, values in (("push", pushes), ("pull", pulls)):
        print(
            f"  {label}  p50 {statistics.median(values) * 1000:7.1f} ms  "
            f"p95 {percentile(values, 0.95) * 1000:7.1f} ms  "
            f"max {max(values) * 1000:7.1f} ms  ({len(values)} requests)"
        )
    print(
        f"  {devices * rounds * batch / elapsed:.0f} mutations/s taken in {elapsed:.1f} s; "
        f"{changes / len(pulls):.0f} changes per pull on average (every device pulls everyone's)"
    )


# --- 2. the cost of the audit chain ------------------------------------------------------------


def push_all(services: Services, workspaces: list[str], pushes: int, batch: int, tag: str) -> float:
    """Seconds for every writer to make its pushes, the writers running at once."""
    barrier = threading.Barrier(len(workspaces) + 1)
    errors: list[BaseException] = []

    def writer(workspace: str) -> None:
        try:
            barrier.wait()
            for n in range(pushes):
                stamp = hlc(now_ms() - 1000, "bench")
                mutations = [Mutation.model_validate(m) for m in rows(f"{tag}{n}", batch, stamp)]
                mutations.append(
                    Mutation(mutation_id=f"{tag}{n}-purge", entity="conversation",
                             entity_id=f"{tag}{n}-0", op="purge")
                )  # fmt: skip
                request = PushRequest(device_id="bench", mutations=mutations)
                services.changes.push(workspace, request, True, "bench-user")
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(w,)) for w in workspaces]
    for thread in threads:
        thread.start()
    barrier.wait()
    start = time.perf_counter()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - start
    if errors:
        raise errors[0]
    return elapsed


def audit_cost(cluster: PostgresCluster, pushes: int, batch: int, writers: int) -> None:
    url = cluster.new_database()
    with tempfile.TemporaryDirectory(prefix="bench-audit-") as tmp:
        services = build_services(ServerConfig.for_data_dir(Path(tmp), url, migrate_on_start=True))
        try:
            services.accounts.create_user("owner@bench.example", PASSWORD)
            workspaces = [
                services.workspaces.create_team(f"W{w}", "owner@bench.example")
                for w in range(writers)
            ]
            audit = services.changes.audit
            timings: dict[str, list[float]] = {"with": [], "without": []}
            for round_ in range(3):  # interleaved, so drift hits both alike
                for label in ("without", "with"):
                    services.changes.audit = audit if label == "with" else None
                    tag = f"{label}{round_}-"
                    timings[label].append(push_all(services, workspaces, pushes, batch, tag))
            services.changes.audit = audit
            entries = services.admin.health(0).audit.entries
        finally:
            services.close()
    total = writers * pushes * (batch + 1)
    rate = {label: total / statistics.median(s) for label, s in timings.items()}
    print(
        f"PostgreSQL, {writers} writers at once, {pushes} pushes each of {batch} rows + 1 purge "
        f"(median of 3):"
    )
    print(f"  without audit  {rate['without']:8.0f} mutations/s")
    print(f"  with audit     {rate['with']:8.0f} mutations/s  ({entries} audit entries chained)")
    print(f"  ratio {rate['with'] / rate['without']:.2f} (goal >= 0.8)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--devices", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--batch", type=int, default=20)
    parser.add_argument("--pushes", type=int, default=40)
    parser.add_argument("--writers", type=int, default=8)
    args = parser.parse_args()
    bin_dir = postgres_bin_dir()
    if bin_dir is None:
        sys.exit("PostgreSQL binaries (initdb, pg_ctl) not found: this benchmark needs them.")
    cluster = PostgresCluster(bin_dir)
    cluster.start()
    try:
        latency(cluster, args.devices, args.rounds, args.batch)
        audit_cost(cluster, args.pushes, args.batch, args.writers)
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
