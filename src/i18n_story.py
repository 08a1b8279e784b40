"""Text of the presenter's story mode, by key, in the same languages as `src.i18n` (merged there)."""

from __future__ import annotations

STORY_NB: dict[str, str] = {}
STORY_EN: dict[str, str] = {}
