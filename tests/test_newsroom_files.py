"""Files as a newsroom opens them: nb and da CSV with `;` and decimal comma, en with `,` and `.`, names not codes.

Each file is read back the way its reader's tool reads it (pandas with the separator and decimal
mark Norwegian, Danish or English Excel uses) and compared with the chart's own table.
"""

from __future__ import annotations

import io
import json
from datetime import date

import openpyxl
import pandas as pd
import pytest

from src.export import chart_files, export, press_kit
from src.facts.data import Tables
from src.metrics import metrics
from src.text.i18n import CATALOGS, LANGUAGES, t
from src.views import chart_table, downloads, register, registry, source_list
from src.views import chart_views as views
from src.views.chart_view import ChartView
from src.views.dictionary import CHART_TABLE, COLUMNS, REGISTER_TABLE, meaning

BOM = "\ufeff".encode()


def valid_labels(tables: Tables, lang: str) -> ChartView:
    view = views.valid_counts_view(tables, ("NO", "DK"), ("gold", "silver"), lang)
    assert view is not None
    return view


def read(data: bytes, lang: str) -> pd.DataFrame:
    separator, decimal = downloads.csv_format(lang)
    return pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", sep=separator, decimal=decimal)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_reader_csv_opens_in_the_readers_excel_with_the_charts_numbers(tables: Tables, lang: str) -> None:
    view = views.quality_index_view(tables, ("NO", "DK"), lang)
    assert view is not None
    data = export.chart_csv(view, lang)
    assert data.startswith(BOM)
    back = read(data, lang)
    assert len(back.columns) == len(view.table.columns)  # one column per field, not one column of text
    assert back[chart_table.header("value", lang)].tolist() == view.table["value"].tolist()
    assert back[chart_table.header("country", lang)].tolist() == [views.country_name(c, lang) for c in ("NO", "DK")]


def test_norwegian_csv_text_has_semicolons_and_decimal_commas(tables: Tables) -> None:
    view = views.quality_index_view(tables, ("NO", "DK"), "nb")
    assert view is not None
    text = export.chart_csv(view, "nb").decode("utf-8-sig")
    assert text.splitlines()[0] == "Land;Kvalitetsindeks (0–100);Utvalg (n);Tall-id;Rad i kildefila"
    assert text.splitlines()[1].startswith("Norge;63,6;28;")
    english = export.chart_csv(views.quality_index_view(tables, ("NO", "DK"), "en"), "en").decode("utf-8-sig")  # type: ignore[arg-type]
    assert english.splitlines()[1].startswith("Norway,63.6,28,")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_counts_are_whole_numbers_and_levels_are_named(tables: Tables, lang: str) -> None:
    text = export.chart_csv(valid_labels(tables, lang), lang).decode("utf-8-sig")
    assert "6.0" not in text and "6,0" not in text
    back = read(text.encode(), lang)
    assert set(back[chart_table.header("level", lang)]) == {views.level_name(v, lang) for v in ("gold", "silver")}
    assert back[chart_table.header("count", lang)].dtype.kind == "i"


def test_dates_are_iso_and_flags_are_words(tables: Tables) -> None:
    view = views.expiry_radar_view(tables, date(2017, 3, 28), 6, "nb")
    assert view is not None
    back = read(export.chart_csv(view, "nb"), "nb")
    assert back["Utløper"].str.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?").all()  # as precise as what it comes from
    assert back["Utløper"].str.fullmatch(r"\d{4}-\d{2}-\d{2}").any() and back["Utløper"].str.fullmatch(r"\d{4}").any()
    assert set(back["Utløp beregnet"]) <= {"ja", "nei"}
    assert set(back["Status"]) <= {"Gyldig", "Utløper snart", "Utløpt"}


def test_formulas_stay_text_in_the_norwegian_file(tables: Tables) -> None:
    view = valid_labels(tables, "nb")
    hostile = view.table.assign(figure_id=["=cmd|' /C calc'!A0", "@SUM(1)", "+1", "-2"])
    from dataclasses import replace

    back = read(export.chart_csv(replace(view, table=hostile), "nb"), "nb")
    assert all(str(v).startswith("'") for v in back["Tall-id"])


def test_machine_csv_has_stable_names_codes_and_iso_in_every_language(tables: Tables) -> None:
    nb, *others = (chart_files.machine_csv(valid_labels(tables, lang)) for lang in LANGUAGES)
    assert all(other == nb for other in others) and not nb.startswith(BOM)
    back = pd.read_csv(io.BytesIO(nb))
    view = valid_labels(tables, "nb")
    assert list(back.columns) == list(view.table.columns)
    assert back["country"].tolist() == view.table["country"].tolist()
    assert back["count"].tolist() == view.table["count"].astype(int).tolist()
    assert "6.0" not in nb.decode()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_metadata_says_what_the_rows_are(tables: Tables, lang: str) -> None:
    view = valid_labels(tables, lang)
    meta = json.loads(chart_files.metadata_json(view, lang, "https://x.example/comparison", "2017-03-28", "CITE"))
    assert meta["title"] == view.text.title and meta["takeaway"] == view.text.subtitle
    assert meta["source"] == view.text.source_line and meta["as_of"] == "2017-03-28"
    assert meta["n"] == {"NO": 6, "DK": 14} and meta["rows"] == len(view.table)
    assert meta["link"] == "https://x.example/comparison" and meta["citation"] == "CITE"
    assert meta["licence"] and meta["columns"] == list(view.table.columns)
    assert [s["quote"] for s in meta["sources"]] == [r.quote for r in view.sources]
    assert [s["quote_lang"] for s in meta["sources"]] == ["nb"] * len(view.sources)  # the article is in bokmål


def test_xlsx_cites_in_its_citation_cell_and_dates_as_a_date(tables: Tables) -> None:
    view = valid_labels(tables, "en")
    citation = "“Valid gold and silver labels”. Source: Cluster Services …\nCompiled in Klyngekvalitet"
    book = openpyxl.load_workbook(io.BytesIO(export.chart_xlsx(view, "en", citation, as_of="2017-03-28")))
    fields = {row[0].value: row[1] for row in book["Source"].iter_rows(max_col=2) if row[0].value}
    assert fields["How to cite"].value == citation
    assert fields["As of"].is_date and fields["As of"].value.date() == date(2017, 3, 28)
    assert [c.value for c in book["Data"][1]][:3] == ["Country", "Level", "Count"]


def test_every_chart_column_has_a_header_and_a_dictionary_entry(tables: Tables) -> None:
    columns = set()
    for chart in registry.CHARTS:
        for lang in LANGUAGES:
            view = registry.build(chart.chart_id, tables, dict(chart.example), lang, date(2017, 3, 28))
            assert view is not None
            columns |= set(view.table.columns)
    for lang in LANGUAGES:
        for column in columns:
            assert f"files.col.{column}" in CATALOGS[lang], (lang, column)
            assert column in COLUMNS[CHART_TABLE] and meaning(CHART_TABLE, column, lang), (lang, column)


def test_dictionary_covers_every_data_file_in_both_languages(tables: Tables) -> None:
    for table in source_list.DOWNLOAD_TABLES:
        assert set(getattr(tables, table).columns) <= set(COLUMNS[table]), table
    english = [meaning(table, column, "en") for table, columns in COLUMNS.items() for column in columns]
    norwegian = [meaning(table, column, "nb") for table, columns in COLUMNS.items() for column in columns]
    assert not set(english) & set(norwegian) - {"Status"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_dictionary_covers_the_register_file(tables: Tables, lang: str) -> None:
    full = metrics.year_bounds(tables.label_events)
    chosen = register.RegisterFilters(
        ("NO", "DK"), metrics.LEVEL_ORDER, ("awarded", "renewed", "register_entry"), full, ""
    )
    headers = list(register.display_table(register.filter_records(tables, chosen, full), lang).columns)
    described = {t(f"register.col.{key}", lang) for key in COLUMNS[REGISTER_TABLE]}
    assert set(headers) == described
    text = press_kit.dictionary_text(lang)
    assert all(f"  {h}: " in text for h in headers)


def test_dataset_files_open_in_norwegian_excel(tables: Tables) -> None:
    figures = next(d for d in source_list.downloads(tables, "nb") if d.file_name == "klyngekvalitet_figures.csv")
    back = read(figures.data(), "nb")
    assert list(back.columns) == list(tables.figures.columns)
    assert 63.6 in back["value"].tolist()


def test_english_file_names_are_english() -> None:
    assert press_kit.zip_name("en") == "klyngekvalitet_press-kit_en.zip"
    assert press_kit.zip_name("nb") == "klyngekvalitet_pressepakke_nb.zip"
    assert export.file_name("valid_labels", "en", "2017-03-28", "metadata.json", "no_silver") == (
        "klyngekvalitet_valid_labels_no_silver_en_2017-03-28.metadata.json"
    )
