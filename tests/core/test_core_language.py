"""Core's messages reach the user in the chosen language, through the real Qt catalogue.

The rest of the suite reads English (``CONVOSPHERE_LANGUAGE=en``); here the language is set to
German the way the app and the CLI set it (``desktop.language.start``), and back to English
afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from core import i18n
from core.chat.errors import FailureContext, classify_status
from core.knowledge.formats import EmptyDocument, check_importable
from core.root import Root
from desktop import language
from tests.knowledge_fixtures import files
from tests.knowledge_fixtures.running import run_job


@pytest.fixture
def german(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """German from the real catalogue (``resources/i18n/convosphere_de.qm``); English after."""
    previous = i18n._active.backend
    monkeypatch.delenv(i18n.LANGUAGE_ENV, raising=False)  # the suite forces English
    backend = language.start("de")
    assert backend.translator is not None, "convosphere_de.qm is missing: scripts/i18n.py release"
    try:
        yield
    finally:
        language.start("en")
        assert i18n.language() == "en"
        i18n.install(previous)


def test_bad_files_are_refused_in_german_with_their_names_intact(
    services: Root, tmp_path: Path, german: None
) -> None:
    folder = tmp_path / "Eingang"
    folder.mkdir()
    good = files.pdf(folder / "Turbine.pdf", files.TURBINE_PAGES[:1])
    corrupt = files.corrupt_pdf(folder / "Bericht (März) 2024.pdf", good)
    empty = folder / "Leere Notizen.md"
    empty.write_bytes(b"")
    huge = folder / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(2 * 1024**3)  # sparse: 2 GB that takes no disk or time

    job = services.knowledge.import_paths([good, corrupt, empty, huge])
    info = run_job(services, job)

    errors = {Path(e.key).name: e.error for e in services.jobs.item_errors(job)}
    assert errors[empty.name] == (
        "Leere Notizen.md ist leer (0 Bytes); es gibt nichts zu importieren."
    )
    assert errors[corrupt.name].startswith("Bericht (März) 2024.pdf ist beschädigt oder kein PDF")
    assert "öffnen Sie die Datei in einem PDF-Programm" in errors[corrupt.name]
    # Sizes are written the German way (decimal comma, no-break space before the unit).
    assert errors[huge.name].startswith("huge.txt ist 2,0\u00a0GB groß; importiert werden können")
    assert info.title == "4 Elemente importieren"
    assert info.error is not None and info.error.startswith("3 von 4 Elementen fehlgeschlagen.")


def test_a_chat_failure_is_explained_in_german(german: None) -> None:
    context = FailureContext(label="OpenAI", model="gpt-x")
    error = classify_status(429, {"error": {"code": "rate_limit"}}, {"retry-after": "1"}, context)
    assert str(error) == (
        "OpenAI begrenzt, wie schnell Anfragen gestellt werden können. "
        "Versuchen Sie es in 1 Sekunde erneut."
    )
    local = FailureContext(label="Ollama", model="llama3", address="127.0.0.1:11434", local=True)
    refused = classify_status(401, {}, {}, local)
    assert str(refused) == (
        "Ollama hat den API-Schlüssel abgelehnt (401). Prüfen Sie den Schlüssel unter "
        "Einstellungen → Chat (Schlüssel des lokalen Servers)."
    )


def test_english_is_back_after_the_german_tests(tmp_path: Path) -> None:
    """Runs after the ones above (file order): the fixture put English back."""
    empty = tmp_path / "empty.md"
    empty.write_bytes(b"")
    with pytest.raises(EmptyDocument, match=r"^empty\.md is empty \(0 bytes\)"):
        check_importable(empty)
