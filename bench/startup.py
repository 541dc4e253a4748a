"""Startup benchmark: ``convosphere --smoke`` against a bare PySide6 window, in one run.

The floor is the least any Qt app can do: start Python, import QtWidgets, show a QMainWindow and
quit. Goal: the app's median is at most 2.0x the floor's. Runs alternate so both see the same
machine state. Also prints the first start on a new data dir (which creates the database) and
the app's own time-to-paint.

    .venv/bin/python bench/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""
GOAL = 2.0


def timed(command: list[str], env: dict[str, str]) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    return (time.perf_counter() - start) * 1000, done.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    runs = parser.parse_args().runs
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    app = [sys.executable, "-m", "desktop", "--smoke", "--data-dir"]
    work = Path(tempfile.mkdtemp(prefix="convosphere-bench-"))
    try:
        first = []
        for i in range(3):
            ms, _ = timed([*app, str(work / f"fresh{i}")], env)
            first.append(ms)
        data = str(work / "data")
        timed([*app, data], env)  # create and migrate once; then measure ordinary starts
        timed([sys.executable, "-c", BARE], env)  # warm the OS file cache for both
        bare, smoke, painted = [], [], []
        for _ in range(runs):
            bare.append(timed([sys.executable, "-c", BARE], env)[0])
            ms, out = timed([*app, data], env)
            smoke.append(ms)
            painted.append(json.loads(out.strip().splitlines()[-1])["painted_ms"])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    floor, ours = statistics.median(bare), statistics.median(smoke)
    ratio = ours / floor
    print(f"runs: {runs} each, alternating, QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']}")
    print(f"bare PySide6 window (floor)      median {floor:7.1f} ms")
    print(f"convosphere --smoke (migrated)   median {ours:7.1f} ms   p90 {p90(smoke):7.1f} ms")
    print(f"  time to first paint, in-app    median {statistics.median(painted):7.1f} ms")
    print(f"convosphere --smoke (first run)  median {statistics.median(first):7.1f} ms")
    verdict = "meets" if ratio <= GOAL else "MISSES"
    print(f"ratio smoke/floor: {ratio:.2f}  ({verdict} the goal of <= {GOAL})")
    return 0


def p90(values: list[float]) -> float:
    return sorted(values)[int(0.9 * (len(values) - 1))]


if __name__ == "__main__":
    sys.exit(main())
