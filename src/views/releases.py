"""How a figure leaving the app names its data release: citation line, image footer, metadata, links.

Note that a release's files are served by the static edition under `data/releases/<version>/`
(`RELEASES_PATH`), at the static edition's public address (KLYNGEKVALITET_SITE_URL, else the app's
KLYNGEKVALITET_BASE_URL, as `src.site.build.site_url`), so a link in a citation keeps opening the
rows it was made from after later releases.
"""

from __future__ import annotations

import os
from datetime import date

from src.facts.release import Release
from src.text import formatting
from src.text.i18n import t

RELEASES_PATH = "data/releases"
CHANGES_FEED = "changes.xml"
SITE_URL_ENV = "KLYNGEKVALITET_SITE_URL"
BASE_URL_ENV = "KLYNGEKVALITET_BASE_URL"
DEFAULT_ROOT = "http://localhost:8501"


def site_root() -> str:
    """The static edition's public address, without a trailing slash."""
    chosen = os.environ.get(SITE_URL_ENV) or os.environ.get(BASE_URL_ENV) or DEFAULT_ROOT
    return chosen.strip().rstrip("/")


def release_path(version: str) -> str:
    """The release's folder in the static edition, relative to its root (`data/releases/3/`)."""
    return f"{RELEASES_PATH}/{version}/"


def release_url(version: str, root: str | None = None) -> str:
    """The release's folder at the static edition's public address."""
    return f"{root or site_root()}/{release_path(version)}"


def built_day(release: Release, lang: str) -> str:
    """The day the release was made, in the reader's words ('2. desember 2026')."""
    return formatting.day(date.fromisoformat(release.built), lang)


def name(release: Release, lang: str) -> str:
    """'datautgivelse 3' / 'data release 3'."""
    return t("release.name", lang, version=release.version)


def citation_line(release: Release, lang: str, root: str | None = None) -> str:
    """'Data: Klyngekvalitet, datautgivelse 3 (2. desember 2026). Kildefilene …: <link>'."""
    return t("release.citation", lang, app=t("app.name", lang), version=release.version,
             date=built_day(release, lang), url=release_url(release.version, root))  # fmt: skip


def image_footer(release: Release, lang: str, url: str) -> str:
    """The image's last caption line: the app, its address and the release."""
    return t("release.image_footer", lang, app=t("app.name", lang), url=url, version=release.version)


def stamp(release: Release, root: str | None = None) -> dict[str, str | None]:
    """The release as a metadata file states it (language-neutral)."""
    return {
        "version": release.version,
        "built": release.built,
        "source_hash": release.source_hash,
        "previous": release.previous,
        "url": release_url(release.version, root),
    }
