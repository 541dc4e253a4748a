"""The app's language from Qt: the compiled catalogue and the locale behind ``core.i18n``.

The GUI and the CLI both call ``start(setting)`` before they show anything. Only QtCore is
used, so the CLI needs no display and no ``QApplication``.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTime, QTranslator

from core import i18n
from resources import ROOT as RESOURCES

CATALOGUES = RESOURCES / "i18n"
_USUAL_LOCALE = {"en": "en_US", "de": "de_DE", "fr": "fr_FR", "es": "es_ES"}


def catalogue(code: str) -> Path:
    """The compiled catalogue of one language (``scripts/i18n.py release`` makes it)."""
    return CATALOGUES / f"convosphere_{code}.qm"  # i18n: not UI


def system_language() -> str:
    """The first of the OS's preferred UI languages that the app speaks, else English."""
    for tag in QLocale.system().uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in i18n.LANGUAGES:
            return code
    return "en"


class QtBackend:
    """``core.i18n``'s translations from a ``QTranslator``, its formats from a ``QLocale``."""

    def __init__(self, language: str) -> None:
        if language not in i18n.LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        self.language = language
        translator = QTranslator()
        self.translator: QTranslator | None = (
            translator if translator.load(str(catalogue(language))) else None
        )
        # The system's own locale when it is in this language (a Swiss German system keeps its
        # separators), else the language's usual one.
        system = QLocale.system()
        same = system.name() != "C" and system.language() == QLocale(language).language()
        self.locale = system if same else QLocale(_USUAL_LOCALE[language])

    def lookup(self, context: str, text: str, disambiguation: str | None, n: int) -> str:
        if self.translator is None:
            return ""
        return self.translator.translate(context, text, disambiguation, n) or ""

    def integer(self, value: int) -> str:
        return self.locale.toString(value)

    def number(self, value: float, decimals: int) -> str:
        if decimals < 0:
            return self.locale.toString(value, "g", 6)
        return self.locale.toString(value, "f", decimals)

    def date(self, day: date, long: bool) -> str:
        form = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
        return self.locale.toString(QDate(day.year, day.month, day.day), form)

    def time(self, moment: datetime, seconds: bool) -> str:
        form = self.locale.timeFormat(QLocale.FormatType.ShortFormat)
        if seconds and "ss" not in form:
            form = form.replace("mm", "mm:ss")
        return self.locale.toString(QTime(moment.hour, moment.minute, moment.second), form)


def start(setting: str | None) -> QtBackend:
    """Choose the language (``i18n.resolve``: ``CONVOSPHERE_LANGUAGE``, else the setting, else
    the system's) and ``use`` it; returns the backend."""
    return use(i18n.resolve(setting, system_language()))


_BACKENDS: dict[str, QtBackend] = {}
"""One backend per language for the life of the process: a ``QTranslator`` made in a thread
that then ends (a CLI command run in a worker) crashes Qt when it is freed later."""


def use(code: str) -> QtBackend:
    """Install ``code``'s catalogue into ``core.i18n`` and make its locale Qt's default (spin
    boxes, date edits); returns the backend."""
    backend = _BACKENDS.get(code)
    if backend is None:
        backend = _BACKENDS[code] = QtBackend(code)
    i18n.install(backend)
    QLocale.setDefault(backend.locale)
    return backend


def install_qt_translations(app: QCoreApplication, language: str) -> QTranslator | None:
    """Qt's own strings (standard buttons, file and colour dialogs) in ``language``."""
    if language == "en":
        return None
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    translator = QTranslator(app)
    if not translator.load(str(folder / f"qtbase_{language}.qm")):
        return None
    app.installTranslator(translator)
    return translator
