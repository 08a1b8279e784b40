"""Text of the export toolkit (downloads, citation, embed), by key; merged into `src.i18n`."""

from __future__ import annotations

EXPORT_NB: dict[str, str] = {}
EXPORT_EN: dict[str, str] = {}
