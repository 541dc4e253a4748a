"""Word stems for keyword search: "searching" should find "searches" and "searched".

The keyword index stores words as written (changing its tokenizer would mean rebuilding every
user's index), so stemming happens on the query side only: a word is cut to a stem that is a
*prefix* of it and searched as a prefix ("search*"). That is why this is not the Porter
stemmer, whose stems are not always prefixes ("dictionary" → "dictionari" would find nothing).
It strips only inflections common in English (and plural "s" in most European languages);
a stem is never shorter than ``MIN_STEM`` letters, so short words are searched as typed.
"""

from __future__ import annotations

MIN_STEM = 4
_SUFFIXES = ("ingly", "edly", "ings", "ing", "ies", "ied", "ed", "ly", "es", "s", "y")
_VERB_SUFFIXES = frozenset({"ingly", "edly", "ings", "ing", "ed"})
_SIBILANT = ("s", "x", "z", "ch", "sh")
_VOWELS = frozenset("aeiouy")
_KEEP_ENDINGS = ("ss", "us", "is")


def word_stem(word: str) -> str:
    """The prefix of ``word`` (lower case) to search for all its forms; ``word`` if none."""
    if len(word) <= MIN_STEM or not word.isalpha() or word.endswith(_KEEP_ENDINGS):
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix):
            return _shortest_fit(word, suffix)
    return word


def _shortest_fit(word: str, suffix: str) -> str:
    base = word[: -len(suffix)]
    if suffix == "es" and not base.endswith(_SIBILANT):
        base = word[:-1]  # "states" is "state" + "s", not "stat" + "es"
    doubled = len(base) > 2 and base[-1] == base[-2] and base[-1] not in _VOWELS | set("lsz")
    if suffix in _VERB_SUFFIXES and doubled:
        base = base[:-1]  # "stopped" → "stop", but "called" → "call"
    if len(base) < MIN_STEM and suffix == "es":
        base = word[:-1]  # "roses" → "rose", not too short "ros"
    if len(base) < MIN_STEM or not _VOWELS.intersection(base):
        return word
    return base
