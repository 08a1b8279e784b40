"""A small memo keyed by an object's identity, for indexes built from tables that are never changed in place."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


def by_identity(memo: list[tuple[K, V]], key: K, build: Callable[[K], V], kept: int) -> V:
    """`build(key)`, remembered for the last `kept` keys, matched by `is` (frames do not hash by value)."""
    for seen, value in memo:
        if seen is key:
            return value
    value = build(key)
    memo.insert(0, (key, value))
    del memo[kept:]
    return value
