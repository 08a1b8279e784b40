"""Text of the computed follow-up and the expiry radar, by key; merged into `src.i18n`."""

from __future__ import annotations

REGISTER_NB: dict[str, str] = {}
REGISTER_EN: dict[str, str] = {}
