"""Translations: extract, fill, compile and check them (Qt's lupdate and lrelease underneath).

    .venv/bin/python scripts/i18n.py update [--area A]    lupdate: source → resources/i18n/*.ts
    .venv/bin/python scripts/i18n.py todo --area A --lang L   untranslated messages, as JSON
    .venv/bin/python scripts/i18n.py fill --area A --lang L FILE.json   write translations in
    .venv/bin/python scripts/i18n.py release               lrelease: *.ts → convosphere_L.qm
    .venv/bin/python scripts/i18n.py lint [--area A]       user-visible strings not wrapped

The source is cut into areas (``AREAS``) so that each has a catalogue file per language; a
language's areas are compiled into one ``convosphere_<lang>.qm``. English is the source
language: its catalogues hold the plural forms only.

``todo`` prints ``[{"context", "source", "comment", "numerus"}]``; ``fill`` takes the same list
with ``"translation"`` (a string, or for numerus messages a list of the language's forms:
English, German, French and Spanish have two, singular then plural).
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "resources" / "i18n"
LANGUAGES = ("en", "de", "fr", "es")

# Area → the source it covers (folders or files, relative to the repository root).
AREAS: dict[str, tuple[str, ...]] = {  # "!path": left out of the paths before it
    "shell": (
        "desktop/app.py", "desktop/__main__.py", "desktop/errors.py", "desktop/operations.py",
        "desktop/data_watch.py", "desktop/garbage.py", "desktop/theme.py",
        "desktop/language.py", "desktop/shell", "desktop/chat",
    ),
    "knowledge": ("desktop/knowledge", "desktop/library", "desktop/jobs"),
    "settings": ("desktop/settings", "desktop/sync", "desktop/tools"),
    "admin": ("desktop/admin", "desktop/usage"),
    "cli": ("desktop/cli.py", "desktop/commands"),
    "corework": ("core/chat", "core/tools", "core/jobs", "core/knowledge"),
    "core": (
        "core", "!core/chat", "!core/tools", "!core/jobs", "!core/knowledge", "sync/client",
    ),
}  # fmt: skip


def area_files(area: str) -> list[Path]:
    """The Python files of an area."""
    files: list[Path] = []
    left_out = [ROOT / e[1:] for e in AREAS[area] if e.startswith("!")]
    for entry in AREAS[area]:
        path = ROOT / entry
        if not entry.startswith("!"):
            files.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    return [f for f in files if f.is_file() and not any(f.is_relative_to(o) for o in left_out)]


def ts_path(area: str, language: str, folder: Path = CATALOGUES) -> Path:
    return folder / f"{area}_{language}.ts"


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(exe) if exe.exists() else f"pyside6-{name}"


def update(areas: list[str], folder: Path = CATALOGUES) -> None:
    """Bring each area's catalogues up to date with its source (new strings come unfinished)."""
    folder.mkdir(parents=True, exist_ok=True)
    for area in areas:
        files = [str(f) for f in area_files(area)]
        for language in LANGUAGES:
            extra = ["-pluralonly"] if language == "en" else []
            command = [
                _tool("lupdate"),
                "-silent",
                "-locations",
                "none",
                "-no-obsolete",
                "-source-language",
                "en",
                "-target-language",
                language,
                *extra,
                *files,
                "-ts",
                str(ts_path(area, language, folder)),
            ]
            subprocess.run(command, check=True, cwd=ROOT)


def release(folder: Path = CATALOGUES, out: Path = CATALOGUES) -> list[Path]:
    """Compile each language's catalogues into one ``convosphere_<lang>.qm``."""
    made = []
    for language in LANGUAGES:
        sources = sorted(str(p) for p in folder.glob(f"*_{language}.ts"))
        target = out / f"convosphere_{language}.qm"
        # Written beside and renamed over: a running app maps the old file (QTranslator), and
        # rewriting it in place kills that app with SIGBUS.
        fresh = target.with_name(target.name + ".new")
        subprocess.run(
            [_tool("lrelease"), "-silent", "-nounfinished", *sources, "-qm", str(fresh)],
            check=True,
            cwd=ROOT,
        )
        fresh.replace(target)
        made.append(target)
    return made


@dataclass
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    translations: list[str]
    finished: bool


def messages(path: Path) -> Iterator[Message]:
    """The messages of one .ts file."""
    tree = ET.parse(path)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            forms = (
                [f.text or "" for f in translation.iter("numerusform")]
                if numerus
                else [translation.text or ""]
            )
            yield Message(
                context=name,
                source=message.findtext("source") or "",
                comment=message.findtext("comment") or "",
                numerus=numerus,
                translations=forms,
                finished=translation.get("type") not in ("unfinished", "vanished", "obsolete"),
            )


PLACEHOLDER = re.compile(
    r"\{[a-z_0-9]*(?:![rsa])?(?::[^{}]*)?\}|%n|%\d|%(?:\([a-z_]+\))?[sr]"
)  # {name}, %n, %1, and argparse's %s, %r, %(name)s


def problems(path: Path) -> list[str]:
    """What is wrong with a catalogue: unfinished, empty, or placeholders that differ."""
    found = []
    for m in messages(path):
        where = f"{path.name}: [{m.context}] {m.source!r}"
        if not m.finished or not all(t.strip() for t in m.translations):
            found.append(f"{where}: not translated")
            continue
        wanted = sorted(set(PLACEHOLDER.findall(m.source)) - {"%n"})
        for text in m.translations:
            if sorted(set(PLACEHOLDER.findall(text)) - {"%n"}) != wanted:
                found.append(f"{where}: placeholders differ in {text!r}")
            last = text is m.translations[-1] and len(m.translations) > 1
            if m.numerus and last and "%n" in m.source and "%n" not in text:
                found.append(f"{where}: the plural form lacks %n: {text!r}")
    return found


def todo(area: str, language: str) -> list[dict[str, object]]:
    return [
        {"context": m.context, "source": m.source, "comment": m.comment, "numerus": m.numerus}
        for m in messages(ts_path(area, language))
        if not m.finished or not all(t.strip() for t in m.translations)
    ]


def fill(area: str, language: str, entries: list[dict[str, object]]) -> int:
    """Write translations into an area's catalogue; returns how many messages were filled."""
    path = ts_path(area, language)
    tree = ET.parse(path)
    wanted = {
        (str(e["context"]), str(e["source"]), str(e.get("comment") or "")): e["translation"]
        for e in entries
    }
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            if key not in wanted:
                continue
            value = wanted[key]
            translation = message.find("translation")
            assert translation is not None
            if message.get("numerus") == "yes":
                forms = list(value) if isinstance(value, list) else [str(value)]
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = str(form)
            else:
                translation.text = str(value)
            translation.attrib.pop("type", None)
            filled += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return filled


# --- lint: user-visible strings that are not wrapped -------------------------------------------

IGNORE_MARKS = ("i18n: not UI", "i18n: as is")
"""A comment on the line of a literal not shown to users (a key, a protocol word), or shown as
it is in every language (a language's own name, a product name)."""

_TRANSLATORS = {"translate", "QT_TRANSLATE_NOOP", "tr"}
_LOG_METHODS = {"debug", "info", "warning", "error", "exception", "critical", "log"}
_NOT_UI_CALLS = {
    # Qt names, properties and style
    "setObjectName",
    "setProperty",
    "property",
    "setStyleSheet",
    "findChild",
    "findChildren",
    "Signal",
    "Slot",
    "Property",
    "setAccessibleName",
    "QKeySequence",
    "fromTheme",
    "QIcon",
    "icon_path",
    "QColor",
    "QFont",
    "QUrl",
    "fromLocalFile",
    "setValue",
    "value",
    "QSettings",
    "setDesktopFileName",
    "setApplicationName",
    "setOrganizationName",
    "QStandardPaths",
    "setData",
    "mimeData",
    "hasFormat",
    "QMimeData",
    # Python plumbing
    "getattr",
    "setattr",
    "hasattr",
    "delattr",
    "isinstance",
    "TypeVar",
    "NewType",
    "cast",
    "get",
    "getenv",
    "environ",
    "setdefault",
    "pop",
    "open",
    "Path",
    "with_suffix",
    "with_name",
    "joinpath",
    "glob",
    "rglob",
    "compile",
    "match",
    "search",
    "sub",
    "fullmatch",
    "finditer",
    "findall",
    "split",
    "rsplit",
    "partition",
    "rpartition",
    "encode",
    "decode",
    "startswith",
    "endswith",
    "removeprefix",
    "removesuffix",
    "replace",
    "strip",
    "lstrip",
    "rstrip",
    "join",
    "format_map",
    "strftime",
    "strptime",
    "fromisoformat",
    "pack",
    "unpack",
    "execute",
    "executemany",
    "exec_driver_sql",
    "text",
    "column",
    "table",
    "literal_column",
    "Column",
    "mapped_column",
    "ForeignKey",
    "Index",
    "UniqueConstraint",
    "CheckConstraint",
    "relationship",
    "declared_attr",
    "event",
    "listens_for",
    "warn",
    "getLogger",
    "import_module",
    "Counter",
    "defaultdict",
    "namedtuple",
    "dataclass",
    "field",
    "StrEnum",
    "Enum",
    "add_header",
    "header",
    "headers",
    "post",
    "put",
    "patch",
    "delete",
    "request",
    "stream",
    "urljoin",
    "quote",
    "unquote",
    "urlencode",
    "hexdigest",
    "new",
    "sha256",
    "uuid5",
    "struct",
    "dumps",
    "loads",
    "dump",
    "load",
    "run",
    "Popen",
    "check_output",
    "which",
    "mkdtemp",
    "NamedTemporaryFile",
    "TemporaryDirectory",
    "mkstemp",
    "RuntimeError",
    "TypeError",
    "KeyError",
    "AssertionError",
    "NotImplementedError",
    "AttributeError",
    "IndexError",
    "LookupError",
    "ImportError",
    "StopIteration",
    "SystemExit",
    "ValueError",
    "OSError",
    "PermissionError",
    "FileNotFoundError",
    "TimeoutError",
}


def _is_user_text(text: str) -> bool:
    """Whether a literal looks like words for a person to read (not a key, path or code)."""
    if not re.search(r"[A-Za-z]{2,}", text):
        return False
    stripped = text.strip()
    if re.fullmatch(r"[A-Z][a-z]+[.:!?…]?", stripped):  # "Cancel", "Tags", "Name:"
        return True
    if " " not in stripped:
        return False
    # Style sheets, SQL, URLs, format strings of code are not sentences for people.
    if re.search(r"[{};]\s*$|^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|PRAGMA|WITH)\b", stripped):
        return False
    return not re.fullmatch(r"[\w.\-/: ]*(://|\.py|\.json|\.qss)[\w.\-/: ]*", stripped)


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _receiver(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return func.value.id
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Attribute):
        return func.value.attr
    return ""


def lint_source(path: Path, text: str | None = None) -> list[str]:
    """``path:line: text`` for each user-visible literal in the file that is not wrapped."""
    source = text if text is not None else path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    lines = source.splitlines()
    skip: set[int] = set()  # ids of nodes whose literals are not user text

    def skip_all(node: ast.AST | None) -> None:
        if node is not None:
            skip.update(id(n) for n in ast.walk(node))

    found: list[str] = import_time_translations(path, tree)
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (
            isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
            and isinstance(body, list)
            and body
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
        ):
            skip.add(id(body[0].value))  # a docstring
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            skip.add(id(node.value))  # an attribute docstring
        if isinstance(node, ast.arg | ast.AnnAssign):
            skip_all(node.annotation)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            skip_all(node.returns)
        if isinstance(node, ast.Subscript):
            skip_all(node.slice)
        if isinstance(node, ast.Dict):
            for key in node.keys:
                skip_all(key)
        if isinstance(node, ast.Compare):
            skip_all(node.left)
            for comparator in node.comparators:
                skip_all(comparator)
        if isinstance(node, ast.match_case):
            skip_all(node.pattern)
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name) and target.id in ("__all__", "__slots__"):
                    skip_all(node.value)
        if isinstance(node, ast.Call):
            name = _call_name(node)
            if name in _TRANSLATORS:
                if name == "translate" and any(isinstance(a, ast.JoinedStr) for a in node.args):
                    found.append(
                        f"{path}:{node.lineno}: translate() of an f-string cannot be "
                        "looked up; use a literal and .format()"
                    )
                skip_all(node)
            elif (
                name in _LOG_METHODS and "log" in _receiver(node).lower()
            ) or name in _NOT_UI_CALLS:
                skip_all(node)
            elif name == "add_argument":  # flags, dest, metavar, choices are not prose
                for arg in node.args:
                    skip_all(arg)
                for keyword in node.keywords:
                    if keyword.arg not in ("help", "description"):
                        skip_all(keyword.value)
            elif name in ("add_parser", "ArgumentParser", "add_subparsers"):
                for arg in node.args:
                    skip_all(arg)
                for keyword in node.keywords:
                    if keyword.arg not in ("help", "description", "epilog", "title"):
                        skip_all(keyword.value)
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.JoinedStr):
            skip.update(id(v) for v in node.values)
            words = "".join(v.value if isinstance(v, ast.Constant) else " x " for v in node.values)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            words = node.value
        else:
            continue
        if not _is_user_text(words):
            continue
        end = getattr(node, "end_lineno", node.lineno) or node.lineno
        span = lines[node.lineno - 1 : end]
        if any(mark in line for line in span for mark in IGNORE_MARKS):
            continue
        # An implicitly joined literal ends on a later line; so may the statement's comment.
        following = lines[end] if end < len(lines) else ""
        if following.strip().startswith("#") and any(m in following for m in IGNORE_MARKS):
            continue
        shown = words if len(words) <= 60 else words[:57] + "..."
        where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        found.append(f"{where}:{node.lineno}: {shown!r}")
    return found


def import_time_translations(path: Path, tree: ast.AST) -> list[str]:
    """``translate`` calls that run when the module is imported (before the language is set)."""
    found: list[str] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            for default in [*node.args.defaults, *node.args.kw_defaults]:
                if default is not None:
                    visit(default, in_function)
            for decorator in getattr(node, "decorator_list", []):
                visit(decorator, in_function)
            body = node.body if isinstance(node.body, list) else [node.body]
            for child in body:
                visit(child, True)
            return
        if (
            not in_function
            and isinstance(node, ast.Call)
            and _call_name(node) in ("translate", "tr")
        ):
            found.append(
                f"{path}:{node.lineno}: translate() at import time runs before the language is "
                "chosen; declare with QT_TRANSLATE_NOOP and translate where it is shown"
            )
        for child in ast.iter_child_nodes(node):
            visit(child, in_function)

    visit(tree, False)
    return found


def lint(areas: list[str]) -> list[str]:
    found: list[str] = []
    for area in areas:
        for path in area_files(area):
            found.extend(lint_source(path))
    return found


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("update", "todo", "fill", "release", "lint", "check"))
    parser.add_argument("file", nargs="?", help="fill: the JSON file of translations")
    parser.add_argument("--area", choices=sorted(AREAS), action="append")
    parser.add_argument("--lang", choices=LANGUAGES)
    args = parser.parse_intermixed_args(argv)
    areas = args.area or sorted(AREAS)
    if args.action == "update":
        update(areas)
    elif args.action == "release":
        for made in release():
            print(made.relative_to(ROOT))
    elif args.action == "lint":
        found = lint(areas)
        print("\n".join(found))
        print(f"{len(found)} unwrapped", file=sys.stderr)
        return 1 if found else 0
    elif args.action == "check":
        found = [p for a in areas for lang in LANGUAGES for p in problems(ts_path(a, lang))]
        print("\n".join(found))
        print(f"{len(found)} problems", file=sys.stderr)
        return 1 if found else 0
    elif args.action in ("todo", "fill"):
        if not args.lang or not args.area or len(args.area) != 1:
            parser.error(f"{args.action} needs one --area and --lang")
        if args.action == "todo":
            print(json.dumps(todo(args.area[0], args.lang), ensure_ascii=False, indent=1))
        else:
            entries = json.loads(Path(args.file).read_text(encoding="utf-8"))
            print(f"filled {fill(args.area[0], args.lang, entries)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
