"""PLACEHOLDER Danish catalogs: copies of the English ones, until the translation branches merge.

PLACEHOLDER — DELETE AT MERGE. Two other branches write the real Danish (`DA` in `src.text.i18n`,
`CAPTIONS_DA`, `EXPORT_DA`, … in their modules). This module only lets the third language be wired
and tested meanwhile: every Danish page shows English words until then. At merge, the one marked
block in `src.text.i18n` (this import and its `DA = dict(EN)` line) becomes the real imports and
this file goes. (`DA` itself is copied there, not here: `EN` lives in `src.text.i18n`, and importing
it from here would make the two modules import each other.)
"""

from __future__ import annotations

from src.text.i18n_captions import CAPTIONS_EN
from src.text.i18n_export import EXPORT_EN
from src.text.i18n_facts import FACTS_EN
from src.text.i18n_files import FILES_EN
from src.text.i18n_org import ORG_EN
from src.text.i18n_register import REGISTER_EN
from src.text.i18n_registry import REGISTRY_EN
from src.text.i18n_site import SITE_EN
from src.text.i18n_story import STORY_EN

PLACEHOLDER = True  # tests that need real Danish words are marked xfail while this module exists

CAPTIONS_DA: dict[str, str] = dict(CAPTIONS_EN)  # PLACEHOLDER
EXPORT_DA: dict[str, str] = dict(EXPORT_EN)  # PLACEHOLDER
FACTS_DA: dict[str, str] = dict(FACTS_EN)  # PLACEHOLDER
FILES_DA: dict[str, str] = dict(FILES_EN)  # PLACEHOLDER
ORG_DA: dict[str, str] = dict(ORG_EN)  # PLACEHOLDER
REGISTER_DA: dict[str, str] = dict(REGISTER_EN)  # PLACEHOLDER
REGISTRY_DA: dict[str, str] = dict(REGISTRY_EN)  # PLACEHOLDER
SITE_DA: dict[str, str] = dict(SITE_EN)  # PLACEHOLDER
STORY_DA: dict[str, str] = dict(STORY_EN)  # PLACEHOLDER
