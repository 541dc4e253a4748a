"""The layers: core and the sync server never import Qt or the desktop app."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = {
    "core": ("PySide6", "shiboken6", "qasync", "desktop", "sync"),
    "sync": ("PySide6", "shiboken6", "qasync", "desktop"),
}


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_no_module_of_the_package_names_a_forbidden_import(package: str) -> None:
    offenders = []
    for path in sorted((ROOT / package).rglob("*.py")):
        for name in imports_of(path):
            if name.split(".")[0] in FORBIDDEN[package]:
                offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []


def test_importing_every_core_and_sync_module_loads_no_qt() -> None:
    script = """
import importlib, json, pkgutil, sys
import core, sync
for package in (core, sync):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if ".migrations" not in info.name:
            importlib.import_module(info.name)
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in
      {"PySide6", "shiboken6", "qasync", "desktop"})))
"""
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert json.loads(out.stdout) == []


# Feature services are built by the composition root alone (core/root.py); everything else —
# the GUI, each CLI command, the benchmarks — takes them from the root it opened.
FEATURE_SERVICES = {
    "BulkActions",
    "ChatService",
    "DocumentCatalog",
    "DocumentSources",
    "FileStore",
    "HandlerRegistry",
    "JobService",
    "KnowledgeBase",
    "KnowledgeRetriever",
    "McpHub",
    "SecretStore",
    "ServerStore",
    "TagAnalytics",
    "TagService",
    "TextRecognizer",
    "ToolLog",
    "ToolRunner",
}
BUILT_ELSEWHERE_ON_PURPOSE = {
    # A job runner runs on the caller's event loop: the root makes it (Root.job_runner).
    ("core/root.py", "JobRunner"),
}


def calls_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            names.add(name)
    return names


def test_only_the_composition_root_builds_feature_services() -> None:
    offenders = []
    for package in ("core", "desktop", "sync", "bench"):
        for path in sorted((ROOT / package).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if relative == "core/root.py":
                continue
            built = calls_of(path) & (FEATURE_SERVICES | {"JobRunner"})
            for name in sorted(built):
                if (relative, name) not in BUILT_ELSEWHERE_ON_PURPOSE:
                    offenders.append(f"{relative} builds {name}")
    assert offenders == []


def test_every_cli_command_opens_the_data_dir_through_the_root_and_imports_no_qt() -> None:
    from desktop.cli import COMMAND_MODULES, run_command

    source = Path(run_command.__code__.co_filename).read_text(encoding="utf-8")
    assert "open_root(" in source, "the CLI opens each command's data dir with open_root"
    for name in COMMAND_MODULES:
        path = ROOT / "desktop" / "commands" / f"{name}.py"
        imported = imports_of(path)
        assert not {n for n in imported if n.split(".")[0] in ("PySide6", "shiboken6", "qasync")}
        assert "core.services" not in imported and "sqlalchemy" not in imported, path.name


def test_the_gui_opens_no_database_session_and_no_vector_store() -> None:
    offenders = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        for name in imports_of(path):
            if name.split(".")[0] in ("sqlalchemy", "chromadb", "sqlite3"):
                offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []
