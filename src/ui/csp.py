"""The hashes of every inline script the app runs, for the proxy's Content-Security-Policy (`script-src`).

Note that Streamlit's page has one inline script of its own, and the app adds fixed ones through
`st.html` (the document language per language, the embed height reporter per chart); listing their
hashes lets the proxy refuse every other inline script. `python -m src.ui.csp` prints them on one line
for deploy/scale_out.sh and deploy/serve_site.sh; run it again after upgrading Streamlit or the app.
"""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit

from src.site.csp import inline_hashes
from src.text.i18n import LANGUAGES
from src.ui.embed import height_script
from src.ui.language import chrome_script, lang_script
from src.views.registry import CHARTS

STREAMLIT_PAGE = Path(streamlit.__file__).parent / "static" / "index.html"


def script_hashes() -> list[str]:
    """Streamlit's page scripts, the language script of each language and the height reporter of each chart."""
    snippets = [STREAMLIT_PAGE.read_text(encoding="utf-8")]
    snippets += (
        [lang_script(code) for code in LANGUAGES]
        + [chrome_script()]
        + [height_script(chart.chart_id) for chart in CHARTS]
    )
    return list(dict.fromkeys(h for snippet in snippets for h in inline_hashes(snippet)))


if __name__ == "__main__":
    print(" ".join(script_hashes()))
    sys.exit(0)
