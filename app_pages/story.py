"""Presentasjon: the article's argument as slides for a projector, one slide per `?slide=N`.

Thin: read the slide number from the address bar, ask `src.story` for that slide, render it.
"""

import streamlit as st

from src import story, ui
from src.i18n import t
from src.paths import PROJECT_ROOT
from src.text_safety import escape_markdown

STYLE = PROJECT_ROOT / "src" / "static" / "story.css"
PAGE = "story"  # the session remembers the slide when the presenter visits another page

lang = ui.lang()
st.html(f"<style>{STYLE.read_text(encoding='utf-8')}</style>")  # CSS only: projector-size type on this page
tables = ui.tables()

spec = story.url_spec()
number = story.slide_number(ui.url_values(spec, PAGE)[story.SLIDE_PARAM])
ui.sync_url(story.url_value(number), spec, PAGE)
slide = story.build_slide(tables, number, lang)


def go(to: int) -> None:
    """Button callback: runs before the rerun, so the next run reads the new slide from the address."""
    ui.sync_url(story.url_value(to), spec, PAGE)


with st.container(key="story_bar", horizontal=True, horizontal_alignment="right", vertical_alignment="center"):
    st.button(
        t("story.previous", lang),
        key="story_previous",
        on_click=go,
        args=(number - 1,),
        disabled=number == story.FIRST_SLIDE,
        shortcut="Left",
    )
    st.markdown(story.counter(number, lang))
    st.button(
        t("story.next", lang),
        key="story_next",
        on_click=go,
        args=(number + 1,),
        disabled=number == story.SLIDE_COUNT,
        shortcut="Right",
        type="primary",
    )

with st.container(key="story_slide"):
    st.title(slide.title, anchor=False)
    words, evidence = st.columns([2, 3], gap="large")
    with words, st.container(key="story_takeaway"):
        st.markdown(escape_markdown(slide.takeaway))
    with evidence, st.container(key="story_evidence"):
        if slide.points:
            st.markdown("\n".join(f"- {escape_markdown(point)}" for point in slide.points))
        if slide.quotes:
            st.markdown(escape_markdown(slide.quote_intro))
            for quote in slide.quotes:
                st.markdown(f"> {escape_markdown(quote)}")
        if slide.table:
            st.markdown(story.table_markdown(slide.table))
        if slide.chart:
            view = ui.view(slide.chart.name, *slide.chart.args)
            if view is not None:
                ui.draw_chart(view, story.projector_spec(view.spec))
                st.caption(escape_markdown(t("chart.text_alternative", lang, text=view.text.description)))
    with st.container(key="story_source"):
        st.caption(escape_markdown(slide.source))
        if slide.links:
            st.caption(f"{t('story.links', lang)} {story.links_markdown(slide.links)}")

with st.expander(t("story.notes", lang)):
    st.markdown("\n".join(f"- {escape_markdown(note)}" for note in slide.notes))
root = ui.app_root(PAGE)  # read now: the download is built later, when clicked
st.download_button(t("site.story_download", lang), lambda: ui.story_deck(lang, root),
                   file_name=ui.story_deck_name(lang), mime="text/html", on_click="ignore", key="deck")  # fmt: skip
