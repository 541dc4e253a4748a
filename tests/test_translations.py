"""Every string a user reads is translatable, and translated into German, French and Spanish.

The checks are the ones ``scripts/i18n.py`` runs by hand: its lint (user-visible literals not
wrapped in ``translate``), lupdate over today's source (a string added without a translation
shows up unfinished), and lrelease (the shipped ``.qm`` files are the ones the ``.ts`` make).
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from core import i18n
from desktop import language

ROOT = Path(__file__).resolve().parent.parent


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "scripts" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["i18n_tool"] = module
    spec.loader.exec_module(module)
    return module


tool = _tool()


def _shown(found: list[str]) -> str:
    more = f"\n… and {len(found) - 60} more" if len(found) > 60 else ""
    return "\n".join(found[:60]) + more


def test_every_user_visible_string_of_the_app_and_the_cli_is_wrapped() -> None:
    found = tool.lint(sorted(tool.AREAS))
    assert not found, "not translatable (wrap in translate(), see core/i18n.py):\n" + _shown(found)


def test_the_lint_finds_unwrapped_text_and_translations_made_too_early(tmp_path: Path) -> None:
    """The check above can fail: each way of getting it wrong is reported."""
    source = tmp_path / "page.py"
    source.write_text(
        "from core.i18n import translate\n"
        'TITLE = translate("Page", "Made at import")\n'
        "def build(label, name, parser):\n"
        '    label.setText("Import files")\n'
        '    label.setToolTip(f"Open {name} in the viewer")\n'
        '    label.setText(translate("Page", f"Hello {name}"))\n'
        '    parser.add_argument("--json", help="print JSON")\n'
        '    label.setObjectName("ImportButton")\n'
        '    label.setText(translate("Page", "Cancel"))\n'
        '    return {"key": "value"}["key"] == "Some Value"\n',
        encoding="utf-8",
    )
    found = "\n".join(tool.lint_source(source))
    assert "at import time" in found and ":2:" in found
    assert "'Import files'" in found
    assert "Open" in found and ":5:" in found
    assert "f-string" in found and ":6:" in found
    assert "print JSON" in found
    assert "ImportButton" not in found and "Cancel" not in found and "Some Value" not in found


def test_every_message_is_translated_into_german_french_and_spanish(tmp_path: Path) -> None:
    for ts in tool.CATALOGUES.glob("*.ts"):
        shutil.copy(ts, tmp_path / ts.name)
    tool.update(sorted(tool.AREAS), folder=tmp_path)  # today's source, as lupdate reads it
    found = [
        problem
        for area in sorted(tool.AREAS)
        for code in tool.LANGUAGES
        for problem in tool.problems(tool.ts_path(area, code, tmp_path))
    ]
    assert not found, "run scripts/i18n.py update, then translate:\n" + _shown(found)
    counts = {
        code: sum(
            1
            for area in tool.AREAS
            for m in tool.messages(tool.ts_path(area, code, tmp_path))
            if m.finished
        )
        for code in tool.LANGUAGES
    }
    assert counts["de"] == counts["fr"] == counts["es"] > 1000, counts


def test_the_shipped_catalogues_are_compiled_from_the_translations(tmp_path: Path) -> None:
    made = tool.release(folder=tool.CATALOGUES, out=tmp_path)
    for path in made:
        shipped = tool.CATALOGUES / path.name
        assert shipped.read_bytes() == path.read_bytes(), (
            f"{shipped.name} is stale: run scripts/i18n.py release"
        )


@pytest.fixture
def in_language() -> object:
    yield language.use
    language.use("en")


def test_numbers_sizes_and_dates_are_written_the_locales_way(in_language: object) -> None:
    day = date(2026, 12, 7)
    language.use("en")
    assert i18n.number(1234567) == "1,234,567" and i18n.number(2.5, 1) == "2.5"
    assert i18n.size(1536 * 1024) == "1.5\u00a0MB" and i18n.date_text(day) == "12/7/26"
    assert i18n.size(1) == "1 byte" and i18n.size(5) == "5 bytes"
    language.use("de")
    assert i18n.number(1234567) == "1.234.567" and i18n.number(2.5, 1) == "2,5"
    assert i18n.size(1536 * 1024) == "1,5\u00a0MB" and i18n.date_text(day) == "07.12.26"
    assert i18n.percent(0.5) == "50\u00a0%"
    language.use("fr")
    assert i18n.number(2.5, 1) == "2,5" and i18n.date_text(day) == "07/12/2026"
    assert i18n.number(1234567).replace("\u202f", " ").replace("\u00a0", " ") == "1 234 567"
    language.use("es")
    assert i18n.date_text(day, long=True) == "lunes, 7 de diciembre de 2026"


def test_plural_forms_follow_the_count_in_each_language(in_language: object) -> None:
    language.use("de")
    assert i18n.translate("Units", "%n byte(s)", None, 1) == "1 Byte"
    language.use("fr")
    assert i18n.translate("Units", "%n byte(s)", None, 0) == "0 octet"  # French: 0 is singular
    assert i18n.translate("Units", "%n byte(s)", None, 1200) == "1\u202f200 octets"
    language.use("es")
    assert i18n.translate("Units", "%n byte(s)", None, 2) == "2 bytes"
