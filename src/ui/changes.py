"""'Hva er endret' on the sources page: each release against the one before, as `src.views.changelog` words it.

Note that the tables of an older release sit folded (built only when opened), so the page's first
run costs the newest entry's few lines; the static edition shows the same entries in full.
"""

from __future__ import annotations

import streamlit as st

from src.text.i18n import t
from src.text.text_safety import escape_markdown
from src.ui.data import changes
from src.ui.tables import safe_table
from src.ui.widgets import folded
from src.views.changelog import Entry


def changes_section(lang: str) -> None:
    """The heading, how the changelog is computed, then every kept release, newest first."""
    entries = changes(lang)
    if not entries:
        return
    st.header(t("changes.heading", lang), anchor="changes")
    st.caption(t("changes.intro", lang))
    for entry in entries:
        _entry(entry, lang)


def _entry(entry: Entry, lang: str) -> None:
    st.subheader(entry.heading, anchor=entry.anchor)
    if entry.note:
        st.caption(f"{t('release.note', lang)}: {escape_markdown(entry.note)}")
    if entry.summary:
        st.write(entry.summary)
    if entry.records.empty and entry.counts.empty:
        return
    box = folded(f"{entry.records_caption} · {entry.counts_caption}", f"changes_{entry.release.version}")
    if box is None:
        return
    with box:
        if not entry.records.empty:
            safe_table(entry.records)
        if not entry.counts.empty:
            st.markdown(f"**{escape_markdown(entry.counts_caption)}**")
            safe_table(entry.counts)
        if entry.counts_note:
            st.caption(entry.counts_note)
