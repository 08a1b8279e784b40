"""The overview's key figures and three-sentence argument, each with its source row."""

from __future__ import annotations

from dataclasses import dataclass

from src.facts.data import Tables
from src.facts.europe import EUROPE_TOTAL_FIGURE, count_label
from src.metrics import metrics
from src.text import formatting
from src.text.i18n import t
from src.views.references import ARTICLE_SOURCE_ID, figure_refs, join_words


@dataclass(frozen=True)
class Card:
    """One key figure: what it is, its value, and the source row it comes from."""

    label: str
    value: str
    source: str
    quote: str
    quote_lang: str = ""  # the quotes' language when they share one ('' when there is no quote)


def _value(tables: Tables, figure_id: str) -> float:
    return float(metrics.figure(tables.figures, figure_id)["value"])


def lead(tables: Tables, lang: str) -> str:
    """What the labels are and where the analysis comes from, with the article's publisher and date."""
    source = tables.sources.set_index("source_id").loc[ARTICLE_SOURCE_ID]
    return t("overview.lead", lang, publisher=source["publisher"], date=formatting.day(source["published"], lang))


def argument(tables: Tables, lang: str) -> list[str]:
    """The article's argument in three sentences, with the numbers filled in from the data."""
    comparison = metrics.national_comparison(tables.figures, ["NO", "DK"])
    by_country = comparison.set_index("country")
    result = metrics.follow_up(tables.figures)
    num = lambda fid: formatting.number(_value(tables, fid), lang)  # noqa: E731
    return [
        t(
            "overview.argument.1",
            lang,
            no=num("no_quality_index"),
            dk=num("dk_quality_index"),
            gap=formatting.fixed(metrics.comparison_gap(comparison) or 0, lang),
            n_no=by_country.loc["NO", "sample_size"],
            n_dk=by_country.loc["DK", "sample_size"],
        ),
        t(
            "overview.argument.2",
            lang,
            no_gold=num("no_gold_valid"),
            no_silver=num("no_silver_valid"),
            dk_gold=num("dk_gold_valid"),
            dk_silver=num("dk_silver_valid"),
        ),
        t(
            "overview.argument.3",
            lang,
            followed=result.followed_up,
            total=result.total,
            rate=formatting.percent(result.rate, lang),
            lapsed=result.lapsed,
        ),
    ]


def short_source(tables: Tables) -> str:
    """'Cluster Services 2017': the article's publisher (without the company in brackets) and year."""
    source = tables.sources.set_index("source_id").loc[ARTICLE_SOURCE_ID]
    return f"{str(source['publisher']).split(' (')[0]} {source['published'].year}"


def cards(tables: Tables, lang: str) -> list[Card]:
    """Key figures for the metric cards, each naming the file rows behind it and quoting the source."""
    num = lambda fid: formatting.number(_value(tables, fid), lang)  # noqa: E731
    source = short_source(tables)

    def card(label_key: str, value: str, *ids: str) -> Card:
        refs = figure_refs(tables, list(ids), lang)
        key = "source.row" if len(refs) == 1 else "source.rows"  # 'row 11', 'rows 3 and 4'
        rows = t(key, lang, rows=join_words([str(r.row) for r in refs], lang))
        quotes = " / ".join(dict.fromkeys(r.quote for r in refs))
        langs = {r.lang for r in refs}
        where = t("overview.metric.source", lang, source=source, where=rows)
        return Card(t(label_key, lang), value, where, quotes, langs.pop() if len(langs) == 1 else "")

    result = metrics.follow_up(tables.figures)
    vs = lambda a, b: t("overview.metric.vs", lang, a=num(a), b=num(b))  # noqa: E731
    return [
        card("overview.metric.index_no", num("no_quality_index"), "no_quality_index"),
        card("overview.metric.index_dk", num("dk_quality_index"), "dk_quality_index"),
        card("overview.metric.gold", vs("no_gold_valid", "dk_gold_valid"), "no_gold_valid", "dk_gold_valid"),
        card("overview.metric.silver", vs("no_silver_valid", "dk_silver_valid"), "no_silver_valid", "dk_silver_valid"),
        card(
            "overview.metric.follow_up",
            t("overview.metric.of", lang, part=result.followed_up, whole=result.total),
            "no_followed_up",
            "no_first_benchmarked",
        ),
        card("overview.metric.europe", europe_total(tables, lang), EUROPE_TOTAL_FIGURE),
    ]


def europe_total(tables: Tables, lang: str) -> str:
    """'over 1000' / 'more than 1,000': the article's Europe-wide figure with the qualifier the quote gives it."""
    row = metrics.figure(tables.figures, EUROPE_TOTAL_FIGURE)
    return count_label(float(row["value"]), str(row["qualifier"]), lang)
