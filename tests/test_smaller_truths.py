"""The smaller truths of issue 10: words that said slightly the wrong thing, checked one by one."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date

from src.export import press_kit
from src.facts.data import Tables
from src.text.i18n import t
from src.views import renewal, summaries

from .apptest_helpers import open_page, open_tab, plain, shared_caches  # noqa: F401 (autouse fixture)


def test_english_follow_up_definition_keeps_its_meaning() -> None:
    assert "Those that did not, let the label lapse." in t("follow_up.definition", "en")


def test_overview_cards_say_row_for_one_and_rows_for_two(tables: Tables) -> None:
    cards = summaries.cards(tables, "en")
    singles = [c.source for c in cards if re.search(r"rows? \d+$", c.source)]
    assert singles and all("rows " not in s for s in singles), singles
    assert any(re.search(r"rows \d+ and \d+$", c.source) for c in cards)


def test_status_line_and_footnote_count_unknown_the_same_way(tables: Tables) -> None:
    for day in (date(2017, 3, 28), date(2026, 12, 1)):
        shown = renewal.radar_tables(tables, day, 6, "nb")
        in_status = int(re.search(r"Ukjent (\d+)", shown.counts)[1])  # type: ignore[index]
        in_note = int(re.search(r"«Ukjent» \((\d+)\) er organisasjoner", shown.unknown_note)[1])  # type: ignore[index]
        assert in_status == in_note


def test_radar_after_the_records_says_they_end(tables: Tables) -> None:
    last = tables.label_events["date"].max()
    late = renewal.radar_tables(tables, date(2026, 12, 1), 6, "en")
    assert late.records_end.startswith(f"The public records run to {last.year}. ")  # the records give the year
    assert f"1 January {last.year}" not in late.records_end  # '2024' is never 1 January 2024
    assert renewal.radar_tables(tables, date(2017, 3, 28), 6, "en").records_end == ""
    assert renewal.radar_tables(tables, date(last.year, 12, 31), 6, "en").records_end == ""  # still inside '2024'


def test_renewal_page_opening_on_today_says_the_records_end() -> None:
    at = open_page("app_pages/renewal.py")
    assert any("De offentlige oppføringene går til og med" in w.value for w in at.warning)


def test_sources_tab_links_say_what_they_open() -> None:
    at = open_tab(open_page("app_pages/comparison.py", lang="en"), "Sources")
    links = [m.value for m in at.markdown if "](" in m.value]
    assert links, "the sources tab lists its links"
    for markdown in links:
        label = plain(re.search(r"\[(.*?)\]\(", markdown)[1])  # type: ignore[index]
        assert label.startswith("Open the source (") and ".csv" not in label, label
        assert "published_figures.csv, row" in plain(markdown)  # the file row is still there, as text


def test_sources_page_dictionary_is_in_english_in_english() -> None:
    at = open_page("app_pages/sources.py", lang="en")
    meanings = " ".join(str(v) for frame in at.dataframe for v in frame.value.get("Meaning", []))
    assert "Stable id of the figure" in meanings and "Stabil id" not in meanings


def test_press_kit_reports_progress_to_the_end(tables: Tables) -> None:
    seen: list[tuple[int, int]] = []
    data = press_kit.press_kit_zip(tables, "en", "https://x.example", progress=lambda d, n: seen.append((d, n)))
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert seen[-1] == (len(names), len(names)) == (press_kit.file_count(tables),) * 2
    assert [d for d, _ in seen] == list(range(1, len(names) + 1))
    assert not [n for n in names if "pressepakke" in n or "_nb_" in n]
