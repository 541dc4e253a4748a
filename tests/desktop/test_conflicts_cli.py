"""``convosphere conflicts``: list, show and choose the versions sync kept, on a data dir where
two devices (real data dirs, the real server app) edited an assistant's instructions at once."""

from __future__ import annotations

import json
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from core.db.models import Assistant
from core.paths import AppPaths
from core.root import open_root
from desktop.__main__ import main
from tests.sync.harness import Device, World

EMAIL = "ada@example.com"


def cli(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    # In a thread of its own: a GUI test may have left a running qasync loop on this one.
    with ThreadPoolExecutor(max_workers=1) as pool:
        status = pool.submit(main, [*args, "--data-dir", str(data)]).result()
    out, err = capsys.readouterr()
    return status, out, err


def settle(*devices: Device) -> None:
    for _ in range(2):
        for device in devices:
            device.sync()


def edit(device: Device, assistant_id: str, text: str) -> None:
    with device.write() as session:
        row = session.get(Assistant, assistant_id)
        assert row is not None
        device.root.recorder.update(session, row, instructions=text)


def test_conflicts_are_listed_shown_and_chosen_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    world = World(tmp_path)
    world.user(EMAIL)
    a, b = world.device(EMAIL), world.device(EMAIL)
    assistant = a.root.chat.assistants.all()[0].id
    settle(a, b)
    edit(a, assistant, "Answer like a pirate.")
    time.sleep(0.002)
    edit(b, assistant, "Answer in haiku.")
    settle(a, b)
    data = a.root.paths.data_dir
    world.close()

    status, out, _ = cli(capsys, data, "conflicts", "list", "--json")
    assert status == 0
    (listed,) = json.loads(out)
    assert listed["value"] == "Answer like a pirate." and listed["current"] == "Answer in haiku."
    status, out, _ = cli(capsys, data, "conflicts", "show", listed["id"][:12])
    assert status == 0 and "--- kept version\nAnswer like a pirate." in out
    status, _, err = cli(capsys, data, "conflicts", "choose", "no-such-id")
    assert status == 2 and "no kept version no-such-id" in err
    status, out, _ = cli(capsys, data, "conflicts", "choose", listed["id"])
    assert status == 0 and "uses the kept version" in out
    status, out, _ = cli(capsys, data, "conflicts", "list")
    assert "No kept versions" in out
    root = open_root(AppPaths(data, data / "config"))
    try:
        chosen = root.chat.assistants.get(assistant)
        assert chosen is not None and chosen.instructions == "Answer like a pirate."
    finally:
        root.close()
