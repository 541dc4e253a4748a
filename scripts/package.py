"""``python3 scripts/dev.py package [--test]``: build the desktop bundle and report its size.

PyInstaller (from the dev lock) builds the one-folder bundle from
``installers/pyinstaller/convosphere.spec`` into ``build/bundle/dist/convosphere``; this prints
its unpacked size against the budget and what takes the space, and on Linux packs
``dist/convosphere-<version>-linux-<arch>.tar.gz`` with the menu entry, icon and install
scripts. ``--test`` then runs ``installers/pyinstaller/test_bundle.py`` against the bundle (no
Python on PATH: ``--smoke``, import a PDF, search, ask a fake OpenAI-compatible server).
Windows and macOS installers are built on their own runners (``.github/workflows/release.yml``).
Standard library only: it runs before anything is installed.
"""

from __future__ import annotations

import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installers" / "pyinstaller" / "convosphere.spec"
BUILD = ROOT / "build" / "bundle"
BUNDLE = BUILD / "dist" / "convosphere"
DIST = ROOT / "dist"
BUDGET_MB = 250.0
MB = 1_000_000


def tree_size(path: Path) -> int:
    if path.is_file() or path.is_symlink():
        return path.lstat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def size_report(bundle: Path, top: int = 15) -> tuple[int, list[str]]:
    """The bundle's size and lines naming its largest parts (Python packages, libraries)."""
    total = tree_size(bundle)
    internal = bundle / "_internal"
    parts = [(tree_size(p), p.name) for p in internal.iterdir()] if internal.is_dir() else []
    parts.sort(reverse=True)
    lines = [f"  {size / MB:7.1f} MB  {name}" for size, name in parts[:top]]
    rest = sum(size for size, _ in parts[top:])
    lines.append(f"  {rest / MB:7.1f} MB  ({len(parts) - top} smaller parts)")
    return total, lines


def version() -> str:
    text = (ROOT / "core" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    return found.group(1) if found else "0"


def linux_tarball(bundle: Path) -> Path:
    """The bundle plus the menu entry, its icon and the per-user install scripts."""
    arch = platform.machine().lower() or "unknown"
    target = DIST / f"convosphere-{version()}-linux-{arch}.tar.gz"
    DIST.mkdir(exist_ok=True)
    extras = {
        "convosphere.desktop": ROOT / "installers" / "linux" / "convosphere.desktop",
        "convosphere.png": ROOT / "installers" / "icons" / "convosphere-256.png",
        "install.sh": ROOT / "installers" / "linux" / "install.sh",
        "uninstall.sh": ROOT / "installers" / "linux" / "uninstall.sh",
    }
    with tarfile.open(target, "w:gz", compresslevel=6) as archive:
        archive.add(bundle, arcname="convosphere")
        for name, source in extras.items():
            archive.add(source, arcname=f"convosphere/{name}")
    return target


def strip_libraries(bundle: Path) -> int:
    """Strip debug symbols from the bundle's shared libraries (Linux), except those that
    auditwheel repaired (``*.libs/``: stripping breaks their page alignment); bytes saved."""
    if not sys.platform.startswith("linux") or shutil.which("strip") is None:
        return 0
    saved = 0
    for path in bundle.rglob("*.so*"):
        if not path.is_file() or path.is_symlink() or any(p.endswith(".libs") for p in path.parts):
            continue
        before = path.stat().st_size
        done = subprocess.run(["strip", "--strip-unneeded", str(path)], capture_output=True)
        if done.returncode == 0:
            saved += before - path.stat().st_size
    return saved


def build(python: Path) -> Path:
    command = [
        str(python), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(BUILD / "dist"), "--workpath", str(BUILD / "work"), str(SPEC),
    ]  # fmt: skip
    print("$ pyinstaller " + " ".join(command[4:]), flush=True)
    subprocess.run(command, cwd=ROOT, check=True)
    executable = BUNDLE / ("convosphere.exe" if os.name == "nt" else "convosphere")
    if not executable.is_file():
        raise SystemExit(f"PyInstaller finished but {executable} is missing")
    return executable


def main(python: Path, argv: list[str]) -> int:
    unknown = [a for a in argv if a != "--test"]
    if unknown:
        print(f"package: unknown argument {unknown[0]!r} (only --test)", file=sys.stderr)
        return 2
    executable = build(python)
    saved = strip_libraries(BUNDLE)
    if saved:
        print(f"Stripped debug symbols: {saved / MB:.1f} MB saved.")
    total, lines = size_report(BUNDLE)
    verdict = "within budget" if total <= BUDGET_MB * MB else "OVER BUDGET"
    print(f"\nBundle: {BUNDLE.relative_to(ROOT)} — {total / MB:.1f} MB unpacked "
          f"(budget {BUDGET_MB:.0f} MB: {verdict}). Largest parts:")  # fmt: skip
    print("\n".join(lines))
    if sys.platform.startswith("linux"):
        tarball = linux_tarball(BUNDLE)
        print(f"Linux tarball: {tarball.relative_to(ROOT)} ({tarball.stat().st_size / MB:.1f} MB)")
    if "--test" not in argv:
        return 0
    env = dict(os.environ, CONVOSPHERE_BUNDLE=str(executable), PYTHONDONTWRITEBYTECODE="1")
    test = ROOT / "installers" / "pyinstaller" / "test_bundle.py"
    return subprocess.run(
        [str(python), "-m", "pytest", "-p", "no:cacheprovider", str(test)], cwd=ROOT, env=env
    ).returncode
