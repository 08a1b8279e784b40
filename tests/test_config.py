"""Production settings that readers rely on without knowing it."""

from __future__ import annotations

import re
import tomllib

from src.facts.paths import PROJECT_ROOT

CONFIG = tomllib.loads((PROJECT_ROOT / ".streamlit/config.toml").read_text(encoding="utf-8"))


def test_nothing_is_sent_anywhere() -> None:
    assert CONFIG["browser"]["gatherUsageStats"] is False
    assert CONFIG["browser"]["serverAddress"]  # else Streamlit looks up the external IP on a web service at start


def test_readers_never_see_a_traceback() -> None:
    assert CONFIG["client"]["showErrorDetails"] == "none"
    assert CONFIG["client"]["toolbarMode"] == "viewer"


def test_xsrf_protection_is_on() -> None:
    assert CONFIG["server"]["enableXsrfProtection"] is True


def test_pages_use_emoji_icons_and_no_upload_widgets() -> None:
    app = (PROJECT_ROOT / "app.py").read_text(encoding="utf-8")
    assert ":material/" not in app  # material icon names are fetched from the internet
    pages = list((PROJECT_ROOT / "app_pages").glob("*.py"))
    assert pages
    for page in pages:
        code = page.read_text(encoding="utf-8")
        assert "file_uploader" not in code
        assert not re.search(r"unsafe_allow_html\s*=\s*True", code)


def test_no_legacy_pages_folder() -> None:
    """A folder named `pages/` beside app.py makes Streamlit run its first session in the old multipage
    mode (pages run without app.py: no language switch, file names in the menu) until someone opens `/`."""
    assert not (PROJECT_ROOT / "pages").exists()
