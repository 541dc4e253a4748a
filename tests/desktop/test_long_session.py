"""A long session does not crash: PySide6 6.12 on Python 3.11 leaks references to None."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MANY_VOID_CALLS = """
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
widget = QWidget()
for _ in range(400_000):
    widget.setEnabled(True)
print("still alive")
"""


def run(prelude: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", prelude + MANY_VOID_CALLS],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_the_app_survives_hundreds_of_thousands_of_qt_calls() -> None:
    done = run("from desktop.app import keep_none_alive\nkeep_none_alive()\n")
    assert done.returncode == 0, done.stderr[-500:]
    assert "still alive" in done.stdout


def test_without_the_guard_this_python_would_crash() -> None:
    # Proves the guard is needed where it is applied; on Python 3.12+ None is immortal.
    done = run("")
    if sys.version_info >= (3, 12):
        assert done.returncode == 0
    else:
        assert done.returncode != 0 and "none_dealloc" in done.stderr
