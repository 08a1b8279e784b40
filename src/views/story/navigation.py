"""Moving through the story: which slide `?slide=N` names, where a key press goes, the 'N / M' counter.

Note that this is pure bookkeeping over slide numbers (1 to `SLIDE_COUNT`); the slides themselves are
`src.views.story.slides`, and the Streamlit callbacks that call this are `src.ui.story`.
"""

from __future__ import annotations

import re

from src.text.i18n import t
from src.views.story.slides import SLIDE_COUNT
from src.views.url_state import OneOf, Param, Value

SLIDE_PARAM = "slide"
FIRST_SLIDE = 1


def url_spec() -> dict[str, Param]:
    """`?slide=N`, 1-based: one of the slide numbers; anything else ('99', 'abc', '2,3') means slide 1."""
    numbers = tuple(str(n) for n in range(FIRST_SLIDE, SLIDE_COUNT + 1))
    return {SLIDE_PARAM: OneOf(numbers, str(FIRST_SLIDE))}


def slide_number(value: Value) -> int:
    """The slide a parsed `?slide=` value names (slide 1 for anything that is not a slide number)."""
    text = str(value)
    number = int(text) if text.isdecimal() else FIRST_SLIDE
    return number if FIRST_SLIDE <= number <= SLIDE_COUNT else FIRST_SLIDE


def clamped_param(raw: str | None) -> str | None:
    """`?slide=99` means 'the end': a whole number past the last slide names the last one, 0 the first.

    Note that anything else (letters, lists, signs, absurd lengths) is returned unchanged, so the
    address-bar parser still refuses it with a notice.
    """
    if raw is None or not re.fullmatch(r"[0-9]{1,6}", raw):
        return raw
    return str(min(max(int(raw), FIRST_SLIDE), SLIDE_COUNT))


def shown_slide(raw: str | None) -> int:
    """The slide a raw `?slide=` value shows (clamped like the address bar): where a button or key steps from."""
    return slide_number(clamped_param(raw) or FIRST_SLIDE)


def requested_slide(value: object, current: int) -> int:
    """The slide a key press asks for (`{"to": n}` from the browser), kept inside the deck; else `current`.

    Note that the browser sends the slide it wants, not a step: presses that arrive while a rerun
    is still running then cannot be lost or counted twice, the last one simply wins.
    """
    target = value.get("to") if isinstance(value, dict) else None
    if isinstance(target, bool) or not isinstance(target, int):
        return current
    return min(max(target, FIRST_SLIDE), SLIDE_COUNT)


def url_value(number: int) -> dict[str, Value]:
    return {SLIDE_PARAM: str(number)}


def counter(number: int, lang: str) -> str:
    return t("story.counter", lang, number=number, total=SLIDE_COUNT)
