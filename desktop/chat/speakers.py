"""How an assistant of a several-assistant conversation looks: a colour chip with its initial
(its avatar) and its name, in the transcript's headings and the round strip.

Assistants have no colour of their own; each gets one from its id, the same on every device
and every start, from a set readable with white text on the light and the dark theme.
"""

from __future__ import annotations

import html
import zlib
from collections.abc import Mapping, Sequence

from core.i18n import translate
from desktop.chat.markdown import Palette

COLOURS = ("#1f77b4", "#2e8b57", "#8e44ad", "#c0392b", "#d35400", "#16808a", "#7f6a00")


def colour_of(assistant_id: str, roster: Sequence[str] = ()) -> str:
    """The assistant's colour: by its place in the conversation's round (so the assistants of
    one conversation never share one), else from its id (stable everywhere)."""
    if assistant_id in roster:
        return COLOURS[list(roster).index(assistant_id) % len(COLOURS)]
    return COLOURS[zlib.crc32(assistant_id.encode("utf-8")) % len(COLOURS)]


def chip(name: str, assistant_id: str, roster: Sequence[str] = ()) -> str:
    """The avatar: the name's initial, white on the assistant's colour."""
    initial = html.escape((name.strip()[:1] or "?").upper())
    colour = colour_of(assistant_id, roster)
    return (
        f'<span style="background-color:{colour}; color:#ffffff; font-weight:700">'  # i18n: not UI
        f"&nbsp;{initial}&nbsp;</span>"
    )


def speaker_heading(
    name: str,
    assistant_id: str,
    model: str | None,
    palette: Palette,
    *,
    summary: bool = False,
    roster: Sequence[str] = (),
) -> str:
    """An answer's heading: the avatar, the name, and (muted) its role and model."""
    role = " · " + translate("Speakers", "summary") if summary else ""
    detail = f" · {html.escape(model)}" if model else ""
    avatar = chip(name, assistant_id, roster)
    bold = f"font-weight:600; color:{palette.text}"  # i18n: not UI
    named = f'<span style="{bold}">{html.escape(name)}</span>'  # i18n: not UI
    quiet = f"color:{palette.muted}"  # i18n: not UI
    muted = f'<span style="{quiet}">{html.escape(role)}{detail}</span>'  # i18n: not UI
    return f"{avatar}&nbsp;{named}{muted}"  # i18n: not UI


def round_strip(
    assistant_ids: Sequence[str], summarizer_id: str | None, names: Mapping[str, str]
) -> str:
    """The round above the transcript: who answers, in order, and who sums up (how to ask
    one alone is its tooltip: on one line, the strip leaves the thread its room)."""
    roster = [*assistant_ids, *([summarizer_id] if summarizer_id else [])]
    parts = [_named(a, names, roster) for a in assistant_ids]
    text = translate("Speakers", "Round: {assistants}").format(assistants=" → ".join(parts))
    if summarizer_id is not None:
        then = translate("Speakers", " · then {assistant} sums up")
        text += then.format(assistant=_named(summarizer_id, names, roster))
    return text


def _named(assistant_id: str, names: Mapping[str, str], roster: Sequence[str]) -> str:
    name = names.get(assistant_id, translate("Speakers", "Deleted assistant"))
    return f"{chip(name, assistant_id, roster)}&nbsp;{html.escape(name)}"  # i18n: not UI
