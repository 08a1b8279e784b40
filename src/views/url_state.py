"""Filters in the address bar: parse what a link says, fall back to defaults when it lies.

Note that a shared link is untrusted input: every value is checked against what the page
offers, and anything unknown or malformed becomes the default plus a short notice.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from src.text.i18n import DEFAULT_LANG

LANG_PARAM = "lang"
MAX_PARAM_LENGTH = 200
LIST_SEPARATOR = ","
CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class Choice:
    """Several of a fixed set of options, written 'NO,DK'; an empty value means none chosen."""

    options: tuple[str, ...]
    default: tuple[str, ...]


@dataclass(frozen=True)
class OneOf:
    """Exactly one of a fixed set of options, written as the option itself."""

    options: tuple[str, ...]
    default: str


@dataclass(frozen=True)
class YearRange:
    """A year span inside fixed bounds, written '2012-2020'."""

    low: int
    high: int


@dataclass(frozen=True)
class FreeText:
    """A short search text; control characters are removed, overlong text is cut."""

    max_length: int = 80


@dataclass(frozen=True)
class Day:
    """A day inside fixed bounds, written as ISO '2017-03-28'."""

    low: date
    high: date
    default: date


@dataclass(frozen=True)
class Count:
    """A whole number inside fixed bounds, written as digits ('6')."""

    low: int
    high: int
    default: int


Param = Choice | OneOf | YearRange | FreeText | Day | Count
Value = tuple[str, ...] | tuple[int, int] | str | date | int


@dataclass(frozen=True)
class Notice:
    """A parameter that was ignored, and the value it had (shortened for display)."""

    param: str
    value: str


def default_of(param: Param) -> Value:
    if isinstance(param, Choice | OneOf | Day | Count):
        return param.default
    if isinstance(param, YearRange):
        return (param.low, param.high)
    return ""


def parse_value(raw: str, param: Param) -> Value | None:
    """The value `raw` stands for, or None when it is not a valid value of `param`."""
    if len(raw) > MAX_PARAM_LENGTH:
        return None
    if isinstance(param, Choice):
        items = tuple(dict.fromkeys(i for i in raw.split(LIST_SEPARATOR) if i))
        return items if all(i in param.options for i in items) else None
    if isinstance(param, OneOf):
        return raw if raw in param.options else None
    if isinstance(param, YearRange):
        match = re.fullmatch(r"([0-9]{4})-([0-9]{4})", raw)
        if not match:
            return None
        low, high = int(match[1]), int(match[2])
        return (low, high) if param.low <= low <= high <= param.high else None
    if isinstance(param, Day):
        return _day(raw, param)
    if isinstance(param, Count):
        return int(raw) if re.fullmatch(r"[0-9]{1,4}", raw) and param.low <= int(raw) <= param.high else None
    cleaned = CONTROL_CHARS.sub("", raw).strip()
    return cleaned if len(cleaned) <= param.max_length else None


def _day(raw: str, param: Day) -> date | None:
    """An ISO day within the bounds; '2017-02-30' and other impossible days are refused."""
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", raw):
        return None
    try:
        day = date.fromisoformat(raw)
    except ValueError:
        return None
    return day if param.low <= day <= param.high else None


def parse(params: Mapping[str, str], spec: Mapping[str, Param]) -> tuple[dict[str, Value], list[Notice]]:
    """Values for every parameter of `spec`, defaults where the link is silent or wrong."""
    values: dict[str, Value] = {}
    notices: list[Notice] = []
    for name, param in spec.items():
        raw = params.get(name)
        parsed = None if raw is None else parse_value(str(raw), param)
        if raw is not None and parsed is None:
            notices.append(Notice(name, _shorten(str(raw))))
        values[name] = default_of(param) if parsed is None else parsed
    return values, notices


def encode_value(value: Value, param: Param) -> str:
    if isinstance(param, YearRange) and isinstance(value, tuple):
        low, high = value
        return f"{low}-{high}"
    if isinstance(param, Choice) and isinstance(value, tuple):
        return LIST_SEPARATOR.join(str(v) for v in value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def encode(values: Mapping[str, Value], spec: Mapping[str, Param]) -> dict[str, str]:
    """Address-bar parameters for `values`; defaults are left out so links stay short."""
    return {
        name: encode_value(values[name], param)
        for name, param in spec.items()
        if name in values and _normalised(values[name], param) != _normalised(default_of(param), param)
    }


def _normalised(value: Value, param: Param) -> object:
    return tuple(sorted(str(v) for v in value)) if isinstance(param, Choice) and isinstance(value, tuple) else value


def lang_param(lang: str) -> dict[str, str]:
    """`{"lang": "en"}`, or nothing for the default language: the one rule every link follows."""
    return {} if lang == DEFAULT_LANG else {LANG_PARAM: lang}


def _shorten(raw: str, limit: int = 40) -> str:
    cleaned = CONTROL_CHARS.sub("", raw)
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"
