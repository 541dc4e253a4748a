"""The user's language: translated text, and numbers, sizes and dates as the locale writes them.

One mechanism for the GUI and the CLI: Qt's translation tools. ``translate(context, text)``
calls in the source are found by ``pyside6-lupdate`` (``scripts/i18n.py update``), translated in
``resources/i18n/<area>_<language>.ts`` and compiled by ``pyside6-lrelease`` into one
``convosphere_<language>.qm`` per language. Core stays Qt-free: the desktop layer
(``desktop/language.py``) installs a ``Backend`` that reads the catalogue with a ``QTranslator``
and formats with a ``QLocale``; the CLI installs the same one (it needs no ``QApplication``).

Write strings like this, so that lupdate can find them (the context and text must be literals)::

    translate("Knowledge", "Import files…")
    translate("Knowledge", "{name} was imported.").format(name=name)
    translate("Knowledge", "%n document(s)", None, count)   # plural: one form per language
    LABEL = QT_TRANSLATE_NOOP("Settings", "Theme")           # declared now, translated on display

Never call ``translate`` at import time (module or class level): the language is chosen after
the modules are imported. English is the source language; its catalogue holds only the plural
forms. Until a backend is installed (the server, a library user), ``translate`` returns the
English text and numbers are formatted the plain way.
"""

from __future__ import annotations

import os
from datetime import date, datetime
from typing import Final, Protocol

LANGUAGES: Final[dict[str, str]] = {  # each named in itself: never translated
    "en": "English",  # i18n: as is
    "de": "Deutsch",  # i18n: as is
    "fr": "Français",
    "es": "Español",
}
"""Each supported language by its code, named in itself (as a language menu shows it)."""

LANGUAGE_ENV: Final = "CONVOSPHERE_LANGUAGE"
"""Overrides both the setting and the system's language (tests, scripted use)."""


class Backend(Protocol):
    """What the desktop layer provides: a catalogue and a locale (see ``desktop/language.py``)."""

    language: str

    def lookup(self, context: str, text: str, disambiguation: str | None, n: int) -> str:
        """The translation, or ``""`` when the catalogue has none."""
        ...

    def number(self, value: float, decimals: int) -> str:
        """``value`` with ``decimals`` places (−1: as many as it needs), digits grouped."""
        ...

    def integer(self, value: int) -> str: ...

    def date(self, day: date, long: bool) -> str: ...

    def time(self, moment: datetime, seconds: bool) -> str: ...


class _Active:
    backend: Backend | None = None


_active = _Active()


def install(backend: Backend | None) -> None:
    """Make ``backend`` the source of translations and formats (``None``: plain English)."""
    _active.backend = backend


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation where it is declared; ``translate`` it where it is shown."""
    del context
    return text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the active language (``text`` itself when there is no translation).

    With ``n`` ≥ 0 the plural form for ``n`` is chosen and ``%n`` becomes ``n`` as the locale
    writes it (``1.234`` in German).
    """
    backend = _active.backend
    result = backend.lookup(context, text, disambiguation, n) if backend is not None else ""
    if not result:
        result = text
        if n >= 0 and "(s)" in text:  # no catalogue at all: a readable English plural
            result = text.replace("(s)", "" if n == 1 else "s")
    if n >= 0 and "%n" in result:
        result = result.replace("%n", number(n))
    return result


def sentence_start(text: str) -> str:
    """``text`` with its first letter in upper case, the rest as it is: a label such as "the
    model server" (in any language) where it begins a sentence."""
    return text[:1].upper() + text[1:]


def language() -> str:
    """The code of the active language, e.g. ``"de"``."""
    backend = _active.backend
    return backend.language if backend is not None else "en"


def resolve(setting: str | None, system: str = "en") -> str:
    """The language to use: ``CONVOSPHERE_LANGUAGE``, else the setting, else the system's."""
    forced = os.environ.get(LANGUAGE_ENV, "").strip().lower()
    if forced in LANGUAGES:
        return forced
    if setting in LANGUAGES:
        return str(setting)
    return system if system in LANGUAGES else "en"


def number(value: float, decimals: int | None = None) -> str:
    """``value`` with the locale's digit grouping and decimal sign (``12,345.6``; ``12.345,6``).

    Integers are written whole; other numbers with ``decimals`` places, or as many as they need.
    """
    backend = _active.backend
    if isinstance(value, int) and decimals is None:
        return backend.integer(value) if backend is not None else f"{value:,}"
    if backend is not None:
        return backend.number(float(value), -1 if decimals is None else decimals)
    return f"{value:,g}" if decimals is None else f"{value:,.{decimals}f}"


def percent(fraction: float, decimals: int = 0) -> str:
    """``0.425`` → ``43%`` (``43 %`` in German, French and Spanish)."""
    value = number(fraction * 100, decimals)
    return translate("Units", "{value}%").format(value=value)


def size(count: int) -> str:
    """A byte count in KB/MB/GB (powers of 1,024), e.g. ``1.5 MB``; ``1,5 MB`` in German."""
    if count < 1024:
        return translate("Units", "%n byte(s)", None, count)
    value = float(count)
    units = ("KB", "MB", "GB", "TB")
    index = 0
    value /= 1024
    while value >= 1024 and index < len(units) - 1:
        value /= 1024
        index += 1
    return f"{number(value, 1)}\u00a0{units[index]}"


def _moment(value: datetime | date | float) -> datetime | date:
    return value if isinstance(value, datetime | date) else datetime.fromtimestamp(value)


def date_text(moment: datetime | date | float, *, long: bool = False) -> str:
    """A date the locale's way (``12/7/26``, ``07.12.26``); ``moment`` may be epoch seconds."""
    value = _moment(moment)
    day = value.date() if isinstance(value, datetime) else value
    backend = _active.backend
    return backend.date(day, long) if backend is not None else day.isoformat()


def time_text(moment: datetime | float, *, seconds: bool = False) -> str:
    """A time of day the locale's way (``3:05 PM``, ``15:05``); ``moment`` may be epoch seconds."""
    value = _moment(moment)
    assert isinstance(value, datetime)
    backend = _active.backend
    if backend is None:
        return value.strftime("%H:%M:%S" if seconds else "%H:%M")
    return backend.time(value, seconds)


def datetime_text(moment: datetime | float, *, seconds: bool = False) -> str:
    """A date and time the locale's way (``12/7/26 3:05 PM``, ``07.12.26 15:05``)."""
    return f"{date_text(moment)} {time_text(moment, seconds=seconds)}"
