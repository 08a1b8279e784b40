"""Content-Security-Policy hashes of inline `<script>` and `<style>` elements: allow exactly those, not all inline code.

Note that the static host's nginx config (deploy/site.nginx.conf.template) lists the hashes of the built pages'
inline elements (only the one-file deck has any: its key handling and its style sheet), so an injected
script or style would not run. `python -m src.site.csp site/` prints them for deploy/serve_site.sh.
"""

from __future__ import annotations

import base64
import hashlib
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from src.site.deck import deck_frame
from src.text.i18n import LANGUAGES

INLINE = {
    "script": re.compile(r"<script>(.*?)</script>", re.DOTALL),  # only attribute-less scripts are inline code
    "style": re.compile(r"<style>(.*?)</style>", re.DOTALL),
}


def source_hash(code: str) -> str:
    """`'sha256-…'`: the CSP source that allows an inline element whose text is exactly `code`."""
    digest = base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode("ascii")
    return f"'sha256-{digest}'"


def inline_hashes(html: str, kind: str = "script") -> list[str]:
    """The hashes of every inline `<script>` (or `<style>`) in `html`, in order, without repeats."""
    return list(dict.fromkeys(source_hash(code) for code in INLINE[kind].findall(html)))


def site_hashes(root: Path, kind: str) -> list[str]:
    """The hashes of one kind of inline element over every page of a built static edition."""
    return _union(inline_hashes(path.read_text(encoding="utf-8"), kind) for path in sorted(root.rglob("*.html")))


def deck_hashes(kind: str) -> list[str]:
    """The hashes of the deck's inline `<script>` (or `<style>`) in every language: the only inline code of a
    built static edition (tests/test_k8s.py checks that against a build), known from the code alone."""
    return _union(inline_hashes(deck_frame(lang), kind) for lang in LANGUAGES)


def _union(lists: Iterable[list[str]]) -> list[str]:
    return list(dict.fromkeys(item for found in lists for item in found))


def main(argv: list[str] | None = None) -> int:
    """Print `script-hashes` then `style-hashes` of a built site, one line each (empty lines when none)."""
    args = sys.argv[1:] if argv is None else argv
    root = Path(args[0] if args else "site")
    print(" ".join(site_hashes(root, "script")))
    print(" ".join(site_hashes(root, "style")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
