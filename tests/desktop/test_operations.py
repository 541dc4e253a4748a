"""Background work after the app started quitting: refused quietly, never an error."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.app import DesktopApp


def test_work_asked_for_after_shutdown_is_refused_without_an_error(
    qtbot: QtBot, desktop_app: DesktopApp
) -> None:
    ops = desktop_app.ops
    assert ops is not None
    ran: list[str] = []
    ops.shutdown()
    future = ops.run("late refresh", lambda: ran.append("ran"), on_done=lambda _r: ran.append("x"))

    async def late() -> None:
        ran.append("coroutine")

    spawned = ops.spawn("late coroutine", late())
    qtbot.wait(100)
    assert future.cancelled() and spawned.cancelled()
    assert ran == []
