"""Presentasjon: the article's argument as slides for a projector, one slide per `?slide=N`.

Thin: read the slide number from the address bar, ask `src.views.story.slides` for that slide, render it.
Keys, presentation mode and the QR code live in `src.ui.story`.
"""

import streamlit as st

from src import ui
from src.text.i18n import t
from src.text.text_safety import escape_markdown
from src.ui import story as ui_story
from src.views.story import navigation, projector, slides

lang = ui.lang()
ui_story.style()
tables = ui.tables()
number = ui_story.current_slide()
slide = slides.build_slide(tables, number, lang, ui_story.slide_view)  # the view it builds is the one drawn

with st.container(key="story_bar", horizontal=True, horizontal_alignment="right", vertical_alignment="center"):
    first, last = number == navigation.FIRST_SLIDE, number == slides.SLIDE_COUNT
    st.button(t("story.previous", lang), key="story_previous", on_click=ui_story.step, args=(-1,), disabled=first)
    st.markdown(navigation.counter(number, lang))
    st.button(t("story.next", lang), key="story_next", on_click=ui_story.step, args=(1,), disabled=last, type="primary")
    qr_label = t("story.qr.close" if ui_story.qr_open() else "story.qr", lang)
    st.button(qr_label, key="story_qr", on_click=ui_story.toggle_qr, type="tertiary")
    ui_story.keys(number, lang)

if ui_story.qr_open():
    ui_story.join_panel(lang, slide)
    st.stop()

view = ui_story.slide_view(slide.chart) if slide.chart else None  # cached: built for the slide above
with st.container(key="story_slide"):
    st.title(slide.title, anchor=False)
    words, evidence = st.columns([1, 2] if view is not None else [2, 3], gap="large")  # a chart gets more room
    with words, st.container(key="story_takeaway"):
        st.markdown(escape_markdown(slide.takeaway))
    with evidence, st.container(key="story_evidence"):
        if slide.points:
            st.markdown("\n".join(f"- {escape_markdown(point)}" for point in slide.points))
        if slide.quotes:
            st.markdown(escape_markdown(slide.quote_intro))
            for quote in slide.quotes:
                ui.quote(quote.text, quote.lang)
        if slide.table:
            st.markdown(slides.table_markdown(slide.table))
        if view is not None:
            with st.container(key="story_chart"):
                ui.draw_chart(view, projector.projector_spec(view.spec, live=True), height="stretch")
    with st.container(key="story_source"):
        st.caption(escape_markdown(slide.source))
        if slide.links:
            st.caption(f"{t('story.links', lang)} {slides.links_markdown(slide.links)}")

if view is not None:  # under the slide, beside the notes: the projector shows the chart, a screen reader reads this
    st.caption(escape_markdown(t("chart.text_alternative", lang, text=view.text.description)))
with st.expander(t("story.notes", lang)):
    st.markdown("\n".join(f"- {escape_markdown(note)}" for note in slide.notes))
st.caption(escape_markdown(t("story.keys", lang)))
root = ui.app_root(ui_story.PAGE)  # read now: the download is built later, when clicked
st.download_button(t("site.story_download", lang), lambda: ui.story_deck(lang, root),
                   file_name=ui.story_deck_name(lang), mime="text/html", on_click="ignore", key="deck")  # fmt: skip
