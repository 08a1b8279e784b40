"""The story as one self-contained HTML file: slides, inline SVG charts, CSS and a few lines of script.

It opens from a USB stick on any laptop, offline and without Python; the app offers it for
download on its story page, and the static edition links it. The slides are `src.views.story.slides`'s.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from markupsafe import Markup

from src.facts.data import Tables
from src.site import templating
from src.site.svg import inline_svg
from src.text import formatting
from src.text.i18n import t
from src.views.story import projector, slides

DECK_CHART_WIDTH = 880  # px: the chart's half of a 1280 px slide and up; the file scales it to the screen


@dataclass(frozen=True)
class DeckSlide:
    """A slide with its chart already drawn (or none)."""

    slide: slides.Slide
    svg: Markup | None


def deck_slides(tables: Tables, lang: str) -> list[DeckSlide]:
    """Every slide, its chart drawn from the same view and projector spec as the app's story page."""
    made = []
    view_of = slides.view_builder(tables)  # each chart built once: for its source line and for its drawing
    for number, slide in enumerate(slides.build_story(tables, lang, view_of), start=1):
        svg = None
        if slide.chart is not None:
            view = view_of(slide.chart)
            if view is not None:
                spec = {**projector.projector_spec(view.spec), "width": DECK_CHART_WIDTH}
                svg = inline_svg(view, DECK_CHART_WIDTH, f"s{number}", spec)
        made.append(DeckSlide(slide, svg))
    return made


def story_html(tables: Tables, lang: str, app_url: str, today: date | None = None) -> str:
    """The whole deck as one HTML document (UTF-8 text)."""
    return templating.render(
        "deck.html.j2",
        lang=lang,
        title=f"{t('nav.story', lang)} · {t('app.name', lang)}",
        slides=deck_slides(tables, lang),
        css=deck_css(),
        app_url=app_url,
        built=formatting.day(today or date.today(), lang),
        total=slides.SLIDE_COUNT,
    )


def deck_css() -> Markup:
    """The deck's style sheet, inlined in its `<style>` (our own file, so it is markup, not text)."""
    return Markup((templating.STATIC / "deck.css").read_text(encoding="utf-8"))


def deck_frame(lang: str) -> str:
    """The deck without slides: its inline script and style are exactly those of every deck (they depend on
    the code only, not on the data), so the static host's CSP hashes can be computed without building a site."""
    return templating.render(
        "deck.html.j2", lang=lang, title="", slides=[], css=deck_css(), app_url="", built="", total=0
    )
