"""While files import, the Knowledge page shows the list filling (not the empty welcome), and
the import strip counts what the status bar counts."""

from __future__ import annotations

import re
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.app import DesktopApp
from desktop.knowledge.page import KnowledgePage
from tests.knowledge_fixtures import files


def count_in(text: str) -> tuple[int, int] | None:
    found = re.search(r"(\d+) of (\d+)", text)
    return (int(found.group(1)), int(found.group(2))) if found else None


def test_an_import_shows_the_list_filling_and_one_count(
    qtbot: QtBot, desktop_app: DesktopApp, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for number in range(6):
        files.pdf(folder / f"manual-{number}.pdf", files.TURBINE_PAGES, title=f"Manual {number}")
    page = desktop_app.window.go_to("knowledge")
    assert isinstance(page, KnowledgePage)
    qtbot.waitUntil(lambda: page.knowledge is not None, timeout=5000)
    assert page.stack.currentWidget() is page.empty
    status = desktop_app.window.status
    seen: list[tuple[object, object]] = []
    welcome_while_importing: list[bool] = []

    def watch() -> bool:
        if page.imports.active():
            welcome_while_importing.append(page.stack.currentWidget() is page.empty)
            if status.job_label.isVisible():
                seen.append(
                    (count_in(page.imports.title.text()), count_in(status.job_label.text()))
                )
        return not page.imports.active() and page.imports.title.text().startswith("Imported")

    page.import_paths([folder])
    qtbot.waitUntil(watch, timeout=60_000)
    assert welcome_while_importing, "the import was seen running"
    assert all(a == b for a, b in seen if a and b), "the strip and the status bar agree"
    assert not any(welcome_while_importing[2:]), "the empty welcome left once the import began"
    qtbot.waitUntil(lambda: page.documents.model.matching_count == 6, timeout=10_000)
    assert page.stack.currentWidget() is page.documents
