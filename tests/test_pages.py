"""Every page through Streamlit's AppTest: renders, filters change charts, links set filters, bad data is explained."""

from __future__ import annotations

import json
import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest
from streamlit.testing.v1 import AppTest

from src.facts.build import build
from src.facts.data import load_tables
from src.facts.paths import DATA_DIR_ENV
from src.facts.synthetic import write_data_folder
from src.metrics import radar
from src.text import formatting
from src.views import renewal

from .apptest_helpers import APP, TIMEOUT, fresh_caches, open_expander, open_page, open_tab, plain, shared_caches  # noqa: F401 (fixtures)

PAGES = {
    "app_pages/overview.py": 1,
    "app_pages/comparison.py": 2,
    "app_pages/follow_up.py": 1,
    "app_pages/levels.py": 3,
    "app_pages/register.py": 0,
    "app_pages/sources.py": 0,
    "app_pages/renewal.py": 1,
}


def charts_of(at: AppTest) -> list:
    return list(at.get("vega_lite_chart"))


def chart_specs(at: AppTest) -> list[dict]:
    return [json.loads(el.proto.spec) for el in charts_of(at)]


def descriptions(at: AppTest) -> list[str]:
    return [spec.get("description", "") for spec in chart_specs(at)]


def chart_rows(at: AppTest, index: int) -> pd.DataFrame:
    """The data a chart was drawn from (Streamlit ships it beside the spec as Arrow)."""
    datasets = charts_of(at)[index].proto.datasets
    return pd.concat([pa.ipc.open_stream(d.data.data).read_all().to_pandas() for d in datasets])


@pytest.mark.parametrize(("page", "charts"), PAGES.items())
def test_page_renders_with_its_charts(page: str, charts: int) -> None:
    at = open_page(page)
    assert not at.exception
    assert at.title and at.title[0].value
    assert len(chart_specs(at)) == charts


@pytest.mark.parametrize("page", [p for p, n in PAGES.items() if n])
def test_every_chart_shows_its_text_alternative(page: str) -> None:
    at = open_page(page)
    captions = " ".join(plain(c.value) for c in at.caption)
    for description in descriptions(at):
        assert f"Tekstalternativ: {description}" in captions


def test_overview_shows_the_key_figures_with_sources() -> None:
    at = open_page("app_pages/overview.py")
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Kvalitetsindeks Norge"] == "63,6"
    assert metrics["Kvalitetsindeks Danmark"] == "67,2"
    assert metrics["Fulgte opp merket, Norge"] == "24 av 55"
    assert sum("Kilde: Cluster Services 2017" in plain(c.value) for c in at.caption) == len(at.metric)


def test_filter_change_changes_the_chart_data() -> None:
    at = open_page("app_pages/comparison.py")
    before = chart_rows(at, 0)
    at.button_group(key="cmp_countries").set_value(["NO"]).run()
    after = chart_rows(at, 0)
    assert set(before["country"]) == {"NO", "DK"}
    assert set(after["country"]) == {"NO"}
    assert at.query_params["countries"] == "NO"


def test_url_parameters_set_the_filters() -> None:
    at = open_page("app_pages/levels.py", countries="DK", levels="gold", years="2013-2018")
    assert at.button_group(key="lvl_countries").value == ["DK"]
    assert at.button_group(key="lvl_levels").value == ["gold"]
    assert at.slider(key="lvl_years").value == (2013, 2018)
    per_year = chart_rows(at, 1)
    assert set(per_year["country"]) == {"DK"}
    assert set(per_year["year"]) <= set(range(2013, 2019))
    assert set(per_year["level"]) == {"gold"}


@pytest.mark.parametrize(
    ("page", "params"),
    [
        ("app_pages/comparison.py", {"countries": "XX"}),
        ("app_pages/levels.py", {"years": "2030-2010"}),
        ("app_pages/register.py", {"levels": "<script>alert(1)</script>", "q": "x" * 500}),
    ],
)
def test_malformed_parameters_give_a_notice_and_defaults(page: str, params: dict[str, str]) -> None:
    at = open_page(page, **params)
    assert not at.exception
    assert any("ukjent verdi" in info.value for info in at.info)
    assert not any("<script>" in info.value for info in at.info)


def test_register_search_filters_rows() -> None:
    at = open_page("app_pages/register.py", q="NODE")
    table = at.dataframe[0].value
    assert 0 < len(table) < 101  # README v2: 101 public label records
    assert table["Organisasjon"].eq("GCE NODE").all()


@pytest.mark.usefixtures("fresh_caches")  # other data than the shipped: read anew, leak nothing
@pytest.mark.parametrize("damage", ["missing", "corrupt"])
def test_damaged_data_gives_a_message_not_a_traceback(
    damage: str, data_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = data_copy / "figures.parquet"
    if damage == "missing":
        target.unlink()
    else:
        target.write_bytes(b"not a parquet file")
    monkeypatch.setenv(DATA_DIR_ENV, str(data_copy))
    at = open_page("app_pages/comparison.py")
    assert not at.exception
    assert "figures.parquet" in at.error[0].value
    assert any("make data" in plain(c.value) for c in at.caption)


HOSTILE_NAME = "<script>alert('x')</script> **Klynge** [klikk](javascript:alert(1)) =HYPERLINK(\"http://evil\")"


def _add_hostile_record(folder: Path) -> None:
    """A gold record with a score and a year, so the name reaches the register, charts and captions."""
    path = folder / "sources/label_records.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    row = {c: "" for c in frame.columns} | {
        "organisation": HOSTILE_NAME,
        "country": "NO",
        "level": "gold",
        "event": "awarded",
        "event_key": "hostile-test-gold-2020",
        "date": "2020",
        "date_precision": "year",
        "score_pct": "90",
        "source_url": "https://example.org/test-only",
        "source_quote": "Test-only record, never shipped.",
        "quote_lang": "en",
    }
    pd.concat([frame, pd.DataFrame([row])]).to_csv(path, index=False)
    build(folder)


@pytest.mark.usefixtures("fresh_caches")  # other data than the shipped: read anew, leak nothing
@pytest.mark.parametrize("page", ["app_pages/register.py", "app_pages/levels.py"])
def test_hostile_names_are_shown_as_text(page: str, data_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _add_hostile_record(data_copy)
    monkeypatch.setenv(DATA_DIR_ENV, str(data_copy))
    at = open_page(page)
    assert not at.exception
    markdown_like = [*at.caption, *at.markdown, *at.info]
    assert all("<script>" not in el.value and "](javascript" not in el.value for el in markdown_like)
    if page == "app_pages/register.py":
        assert HOSTILE_NAME in set(at.dataframe[0].value["Organisasjon"])
    else:
        assert any(HOSTILE_NAME in plain(c.value) for c in at.caption)  # the text alternative, escaped
        for tab in ("Tabell", "Kilder", "Last ned og del"):  # the tabs are built only when opened
            at = open_tab(at, tab)
            assert not at.exception
            assert all("<script>" not in el.value for el in [*at.caption, *at.markdown, *at.info])


def test_english_is_one_parameter_away() -> None:
    at = open_page("app_pages/overview.py", lang="en")
    assert not at.exception
    assert at.title[0].value == "Do Norwegian clusters lack a focus on quality?"
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Quality index, Norway"] == "63.6"
    assert at.query_params["lang"] == "en"


def test_language_switch_changes_the_page_and_the_link() -> None:
    """The switch lives in app.py, which AppTest shows on the default page (not after switch_page)."""
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    assert at.title[0].value == "Mangler norske klynger fokus på kvalitet?"
    at.button_group(key="lang_switch").set_value("en").run()
    assert at.title[0].value == "Do Norwegian clusters lack a focus on quality?"
    assert at.query_params["lang"] == "en"
    at.query_params.clear()  # as when a reader follows the navigation to another page
    at.switch_page("app_pages/comparison.py").run()
    assert at.title[0].value == "Norway and Denmark"
    assert "63.6 out of 100" in descriptions(at)[0]


def test_unknown_language_falls_back_to_norwegian_with_a_notice() -> None:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.query_params["lang"] = "xx"
    at.run()
    assert at.title[0].value == "Mangler norske klynger fokus på kvalitet?"
    assert any("ukjent verdi" in info.value for info in at.info)


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("page", list(PAGES))
def test_no_raw_catalog_keys_on_screen(page: str, lang: str) -> None:
    at = open_page(page, lang=lang)
    texts = [
        el.value for kind in ("title", "caption", "markdown", "info", "header", "subheader") for el in getattr(at, kind)
    ]
    texts += [m.label for m in at.metric]
    keyish = re.compile(
        r"\b(?:nav|overview|comparison|follow_up|levels|register|sources|source|chart|filter)\.[a-z_]+\b"
    )
    assert not [text for text in texts if keyish.search(plain(text))]


def test_filters_survive_switching_pages() -> None:
    at = open_page("app_pages/comparison.py")
    at.button_group(key="cmp_countries").set_value(["NO"]).run()
    at.query_params.clear()  # Streamlit empties the address bar on a page switch
    at.switch_page("app_pages/overview.py").run()
    at.query_params.clear()
    at.switch_page("app_pages/comparison.py").run()
    assert at.button_group(key="cmp_countries").value == ["NO"]
    # the switching run writes nothing: the browser still shows the previous page's address, and a write
    # would become a history entry of that page (tests/browser/test_navigation.py); the next run writes it
    assert "countries" not in at.query_params
    at.run()
    assert at.query_params["countries"] == "NO"


def test_a_page_drops_parameters_that_are_not_its_own() -> None:
    """A link's stray parameter (another page's) leaves the address; the language stays."""
    at = open_page("app_pages/levels.py", countries="NO", slide="3", org="gce-node", lang="en")
    assert at.query_params["countries"] == "NO" and at.query_params["lang"] == "en"
    assert "slide" not in at.query_params and "org" not in at.query_params


@pytest.mark.parametrize("chart_id", ["quality_index", "valid_labels", "follow_up", "level_distribution",
                                      "labels_per_year", "gold_scores"])  # fmt: skip
def test_chart_only_view_shows_one_chart_with_its_caption(chart_id: str) -> None:
    at = open_page("app_pages/chart.py", chart=chart_id)
    assert not at.exception
    assert len(charts_of(at)) == 1
    assert f"Tekstalternativ: {descriptions(at)[0]}" in " ".join(plain(c.value) for c in at.caption)
    assert not at.title  # nothing around the chart


def test_chart_only_view_reads_that_charts_filters() -> None:
    at = open_page("app_pages/chart.py", chart="labels_per_year", countries="NO", years="2015-2020")
    rows = chart_rows(at, 0)
    assert set(rows["country"]) == {"NO"}
    assert rows["year"].between(2015, 2020).all()


def test_chart_only_view_with_unknown_chart_falls_back() -> None:
    at = open_page("app_pages/chart.py", chart="<img src=x onerror=alert(1)>")
    assert not at.exception
    assert any("ukjent verdi" in info.value for info in at.info)
    assert chart_specs(at)[0]["description"].startswith("Stolpediagram over kvalitetsindeksen")


def test_share_tab_is_built_only_when_opened() -> None:
    at = open_page("app_pages/comparison.py", countries="NO")
    assert not at.get("download_button") and not at.code
    assert len(charts_of(at)) == 2


def test_every_chart_offers_downloads_citation_link_and_embed() -> None:
    at = open_tab(open_page("app_pages/comparison.py", countries="NO"), "Last ned og del")
    assert not at.exception and not charts_of(at)  # the diagram tab is closed now
    buttons = [b.label for b in at.get("download_button")]
    assert buttons.count("Bilde (PNG)") == 2 and buttons.count("Data (Excel)") == 2
    code = [c.value for c in at.code]
    citations = [c for c in code if "Cluster Services" in c]
    assert citations and all("2017" in c for c in citations)
    embeds = [c for c in code if c.startswith("<iframe")]
    assert len(embeds) == 2
    assert "chart=quality_index" in embeds[0] and "countries=NO" in embeds[0] and "embed=true" in embeds[0]
    assert any(c.endswith("/comparison?countries=NO") for c in code)


def test_sources_page_offers_the_press_kit_and_dataset_citation() -> None:
    at = open_page("app_pages/sources.py", lang="en")
    make = [b for b in at.button if b.label.startswith("Make the press kit (ZIP)")]
    assert make, "the kit is made on request, with a progress bar, before it can be downloaded"
    at = make[0].click().run(timeout=120)
    assert "Press kit (ZIP): every chart, the data and the sources" in [b.label for b in at.get("download_button")]
    assert any("Klyngekvalitet" in c.value and "i-perform.no" in c.value for c in at.code)


def test_renewal_page_shows_computed_and_quoted_follow_up_apart() -> None:
    at = open_page("app_pages/renewal.py")
    assert not at.exception
    values = {m.label: m.value for m in at.metric}
    assert values["Fulgte opp, ifølge artikkelen (Norge)"] == "24 / 55 (43,6\u00a0%)"
    computed = values["Fulgte opp, beregnet fra oppføringene"]
    assert re.fullmatch(r"\d+ / \d+ \(\d+,\d\u00a0%\)", computed), computed
    assert any("Beregnet fra" in plain(c.value) for c in at.caption)


def test_radar_window_changes_the_must_renew_list() -> None:
    at = open_page("app_pages/renewal.py")
    at.date_input(key="radar_on").set_value(date(2017, 3, 28)).run()
    at.slider(key="radar_months").set_value(1).run()
    narrow = len(at.dataframe[0].value) if len(at.dataframe) else 0  # the must-renew list, when not empty
    at.slider(key="radar_months").set_value(24).run()
    wide = len(at.dataframe[0].value)
    assert wide > narrow


def test_radar_day_and_window_come_from_the_link_and_go_back_into_it() -> None:
    at = open_page("app_pages/renewal.py", on="2017-03-28", months="12")
    assert not at.exception
    assert at.date_input(key="radar_on").value == date(2017, 3, 28)
    assert at.slider(key="radar_months").value == 12
    spec = chart_specs(at)[0]
    assert "28. mars 2017" in " ".join(spec["title"]["text"])
    at.slider(key="radar_months").set_value(3).run()
    assert at.query_params["months"] == "3" and at.query_params["on"] == "2017-03-28"


@pytest.mark.parametrize("params", [{"on": "2017-02-30"}, {"on": "1999-01-01"}, {"months": "99"}, {"on": "<b>x</b>"}])
def test_bad_radar_parameters_fall_back_to_today_and_six_months(params: dict[str, str]) -> None:
    at = open_page("app_pages/renewal.py", **params)
    assert not at.exception
    assert any("ukjent verdi" in info.value for info in at.info)
    assert at.date_input(key="radar_on").value == date.today()
    assert at.slider(key="radar_months").value == 6


def test_radar_timeline_lists_only_labels_valid_or_lately_lapsed() -> None:
    at = open_page("app_pages/renewal.py", on="2017-03-28", months="6")
    rows = chart_rows(at, 0).dropna(subset=["organisation"])  # the other dataset holds the day and window
    assert len(rows) > 5
    day = pd.Timestamp("2017-03-28")
    assert (pd.to_datetime(rows["expiry"]) >= day - pd.DateOffset(months=6)).all()
    assert list(rows["expiry"]) == sorted(rows["expiry"])  # soonest first


@pytest.mark.usefixtures("fresh_caches")  # other data than the shipped: read anew, leak nothing
def test_a_large_register_shows_500_rows_and_says_how_many_matched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(write_data_folder(tmp_path / "data", 1_200)))
    at = open_page("app_pages/register.py")
    assert not at.exception
    assert len(at.dataframe[0].value) == 500
    assert any("1\u00a0200 oppføringer passer" in info.value for info in at.info)
    assert any(button.label == "Last ned oppføringene som passer (CSV)" for button in at.get("download_button"))


@pytest.mark.usefixtures("fresh_caches")  # other data than the shipped: read anew, leak nothing
def test_a_large_radar_cuts_its_tables_and_its_timeline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = write_data_folder(tmp_path / "data", 3_000)
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    at = open_page("app_pages/renewal.py", on="2020-01-01", months="24")
    assert not at.exception
    organisations = len(radar.radar(load_tables(folder).label_events, date(2020, 1, 1), 24))  # the plain reference
    assert organisations > 500
    at = open_expander(at, "radar_board")
    assert len(at.dataframe[-1].value) == 500  # the full board, in the expander
    assert any(f"500 av {formatting.number(organisations, 'nb')} organisasjoner" in c.value for c in at.caption)
    rows = chart_rows(at, 0).dropna(subset=["organisation"])
    assert len(rows) == 40


def test_the_renewal_page_shows_the_computed_follow_up_per_country_as_a_plain_table() -> None:
    at = open_page("app_pages/renewal.py")
    computed = renewal.computed_follow_up(load_tables(), "nb", date.today())
    shown = at.table[0].value
    assert [plain(str(c)) for c in shown.columns] == list(computed.by_country.columns)
    assert [[plain(str(v)) for v in row] for row in shown.to_numpy()] == computed.by_country.astype(str).values.tolist()


def _small_table_app(cell: str) -> None:
    import pandas as pd

    from src import ui

    ui.small_table(pd.DataFrame({"Name **bold**": [cell]}))


def test_a_small_table_shows_markdown_and_html_in_the_data_as_text() -> None:
    hostile = "[klikk](javascript:alert(1)) <b>x</b> =cmd"
    at = AppTest.from_function(_small_table_app, args=(hostile,), default_timeout=TIMEOUT).run()
    assert not at.exception
    shown = at.table[0].value
    assert plain(str(shown.columns[0])) == "Name **bold**" and str(shown.columns[0]) != "Name **bold**"
    assert plain(str(shown.iloc[0, 0])) == hostile
    assert "](javascript" not in str(shown.iloc[0, 0]) and "<b>" not in str(shown.iloc[0, 0])


def test_the_overview_links_every_other_page_of_the_menu() -> None:
    at = open_page("app_pages/overview.py")
    linked = {link.proto.page for link in at.get("page_link")}
    menu = {p.stem for p in Path(APP).parent.joinpath("app_pages").glob("*.py")} - {"overview", "chart"}
    assert linked == menu  # "chart" is the hidden chart-only view for embeds


def test_the_table_tab_speaks_norwegian() -> None:
    """The finding: /comparison showed `country | value` and `NO | 63.6`; the table says what the CSV says."""
    at = open_tab(open_page("app_pages/comparison.py"), "Tabell")
    tables = [h.proto.body for h in at.get("html") if 'class="kk-table"' in h.proto.body]
    assert len(tables) == 2  # one per chart
    header, *rows = table_cells(tables[0])
    assert header[:2] == ["Land", "Kvalitetsindeks (0–100)"]
    assert [row[0] for row in rows] == ["Norge", "Danmark"]
    assert [row[1] for row in rows] == ["63,6", "67,2"]  # the article's figures, decimal comma
    assert 'tabindex="0" role="region"' in tables[0]  # a phone scrolls it sideways: a keyboard must reach it


def table_cells(markup: str) -> list[list[str]]:
    """The rows of an HTML table as text (header row first), entities decoded."""

    class Cells(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.rows: list[list[str]] = []
            self.cell: list[str] | None = None

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag == "tr":
                self.rows.append([])
            elif tag in ("td", "th"):
                self.cell = []

        def handle_endtag(self, tag: str) -> None:
            if tag in ("td", "th") and self.cell is not None:
                self.rows[-1].append("".join(self.cell))
                self.cell = None

        def handle_data(self, data: str) -> None:
            if self.cell is not None:
                self.cell.append(data)

    reader = Cells()
    reader.feed(markup)
    return reader.rows


def _region_table_app(cell: str) -> None:
    import pandas as pd

    from src.ui.tables import region_table

    region_table(pd.DataFrame({"Navn <b>": [cell]}), "Tabell <i>")


def test_a_chart_table_shows_hostile_names_as_text() -> None:
    hostile = "<img src=x onerror=alert(1)> **b** =cmd"
    at = AppTest.from_function(_region_table_app, args=(hostile,), default_timeout=TIMEOUT).run()
    body = at.get("html")[0].proto.body
    assert "<img" not in body and "<b>" not in body and "&lt;img" in body
    assert table_cells(body) == [["Navn <b>"], [hostile]]


def test_sources_page_says_what_changed_between_releases() -> None:
    at = open_page("app_pages/sources.py", lang="en")
    assert not at.exception
    assert "What changed" in [h.value for h in at.header]
    headings = [h.value for h in at.subheader]
    assert any(h.startswith("Data release 3 (") and h.endswith("against release 2") for h in headings)
    assert any(h.startswith("Data release 2 (") for h in headings) and any("first release" in h for h in headings)
    assert any("data release 3" in c.value and "/data/releases/3/" in c.value for c in at.code)  # the citation
