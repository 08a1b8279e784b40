"""The press kit: every chart in four formats, all data, citations and the dictionary, in one ZIP."""

from __future__ import annotations

import io
import re
import struct
import zipfile
from datetime import date

import pytest

from src.export import press_kit
from src.facts.data import Tables
from src.text.i18n import t
from src.views.dictionary import dictionary_frame
from src.views.source_list import DOWNLOAD_TABLES

KIT_CHARTS = ("quality_index", "valid_labels", "follow_up", "level_distribution", "labels_per_year", "gold_scores",
              "expiry_radar", "europe_labels")  # fmt: skip
BASE = "https://klynge.example.org"
TODAY = date(2026, 11, 27)
CHART_FILE = re.compile(
    rf"^charts/klyngekvalitet_({'|'.join(KIT_CHARTS)})(?:_[a-z0-9-]+)*_nb_(\d{{4}}(?:-\d{{2}}(?:-\d{{2}})?)?)"
    r"\.(png|svg|csv|xlsx|iso\.csv|metadata\.json)$"
)


@pytest.fixture(scope="module")
def kit(tables: Tables) -> zipfile.ZipFile:
    """The Norwegian kit, built once for the module (it renders twelve images)."""
    return zipfile.ZipFile(io.BytesIO(press_kit.press_kit_zip(tables, "nb", BASE, today=TODAY)))


def test_zip_is_valid(kit: zipfile.ZipFile) -> None:
    assert kit.testzip() is None


def test_every_chart_in_four_formats(kit: zipfile.ZipFile) -> None:
    found: dict[str, set[str]] = {}
    for name in kit.namelist():
        if name.startswith("charts/"):
            match = CHART_FILE.match(name)
            assert match, name
            found.setdefault(match.group(1), set()).add(match.group(3))
    assert found == {chart_id: set(press_kit.CHART_FORMATS) for chart_id in KIT_CHARTS}


def test_data_citation_and_dictionary_files(kit: zipfile.ZipFile) -> None:
    names = set(kit.namelist())
    expected = {f"data/klyngekvalitet_{table}.csv" for table in DOWNLOAD_TABLES}
    expected |= {"data/klyngekvalitet_data_nb.xlsx", "CITATION.txt", "DATA_DICTIONARY.txt", "RELEASE.json"}
    assert expected <= names
    assert len(names) == len(press_kit.CHART_FORMATS) * len(KIT_CHARTS) + len(expected)


def test_chart_dates_match_their_sources(kit: zipfile.ZipFile) -> None:
    dates = {m.group(1): m.group(2) for n in kit.namelist() if (m := CHART_FILE.match(n))}
    assert dates["quality_index"] == "2017-03-28"  # the article's date
    assert dates["follow_up"] == "2017-03-28"
    assert len(dates["gold_scores"]) == 4  # the records give years only


def test_images_in_the_kit_are_usable(kit: zipfile.ZipFile) -> None:
    for name in kit.namelist():
        if name.endswith(".png"):
            png = kit.read(name)
            assert png[:8] == b"\x89PNG\r\n\x1a\n" and png[12:16] == b"IHDR"
            assert struct.unpack(">I", png[16:20])[0] >= 1600, name
        if name.endswith(".svg"):
            assert "Klyngekvalitet" in kit.read(name).decode("utf-8"), name


def test_data_files_keep_nordic_letters(kit: zipfile.ZipFile) -> None:
    for table in DOWNLOAD_TABLES:
        data = kit.read(f"data/klyngekvalitet_{table}.csv")
        assert data.startswith("\ufeff".encode())
    assert "Mangler norske klynger fokus på" in kit.read("data/klyngekvalitet_sources.csv").decode("utf-8-sig")


def test_citation_file(kit: zipfile.ZipFile) -> None:
    text = kit.read("CITATION.txt").decode("utf-8")
    assert "Cluster Services" in text and "http://www.i-perform.no/2017/03/28/2399/" in text
    assert text.count("Klyngekvalitet,") >= len(KIT_CHARTS) + 1  # the data set and every chart credit the app
    assert f"{BASE}/comparison" in text and "hentet 27. november 2026" in text


def test_dictionary_file_lists_every_column(kit: zipfile.ZipFile) -> None:
    text = kit.read("DATA_DICTIONARY.txt").decode("utf-8")
    for row in dictionary_frame("nb").itertuples():
        shown = t(f"register.col.{row.column}", "nb") if row.table == "register" else row.column
        assert f"{shown}: {row.meaning}" in text or f"{shown} (" in text


def test_every_chart_but_an_organisations_is_in_the_kit(tables: Tables) -> None:
    views = press_kit.default_views(tables, "nb", date(2017, 3, 28))
    assert {v.chart_id for v in views} == set(KIT_CHARTS)
    assert {"org_timeline", "org_scores"}.isdisjoint(KIT_CHARTS)  # an organisation's charts: on its page


def test_kit_charts_show_the_pages_defaults(tables: Tables) -> None:
    views = {v.chart_id: v for v in press_kit.default_views(tables, "nb", date(2017, 3, 28))}
    assert set(views["quality_index"].table["country"]) == {"NO", "DK"}
    assert set(views["valid_labels"].table["level"]) == {"gold", "silver"}  # the article gives no bronze count
    assert set(views["labels_per_year"].table["level"]) == {"bronze", "silver", "gold"}
    years = tables.label_events["year"].dropna()
    assert views["gold_scores"].table["year"].min() >= years.min()
    assert views["expiry_radar"].params == {"on": "2017-03-28"}  # the kit's day written out


@pytest.mark.parametrize(("lang", "query"), [("nb", ""), ("en", "?lang=en")])
def test_chart_url_names_the_page_and_language(tables: Tables, lang: str, query: str) -> None:
    view = next(v for v in press_kit.default_views(tables, lang) if v.chart_id == "follow_up")
    assert press_kit.chart_url(BASE, view) == f"{BASE}/follow_up{query}"


def test_english_texts(tables: Tables) -> None:
    views = press_kit.default_views(tables, "en")
    text = press_kit.citation_text("DATASET", views, {v.chart_id: f"cite {v.chart_id}" for v in views}, "en")
    assert text.startswith("How to cite Klyngekvalitet") and "DATASET" in text
    assert all(f"cite {chart_id}" in text for chart_id in KIT_CHARTS)
    dictionary = press_kit.dictionary_text("en")
    assert "Line number in label_records.csv" in dictionary and "Linjenummer" not in dictionary
