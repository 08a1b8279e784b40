"""Keys the code does not name in a `t("…")` call: built at run time from data (`t(f"level.{code}")`) or stored as
data and looked up later (a registry's title key). Extraction (`pybabel extract`, tools/extract_keys.py) reads
`N_("…")` calls, so listing them here is what puts them in the .pot; each group says where the key is made.

Note that this module is never imported by the app: it exists for extraction, and tests/test_catalogs.py checks
that every key here is still made somewhere (a literal in the code, or an f-string or code prefix that builds it).
When you add a value to a data column the app translates (a new level, country, status), add its key here.
"""

from __future__ import annotations


def N_(key: str) -> str:  # gettext's name: mark for extraction, translate later
    """Marks `key` for extraction; returns it unchanged."""
    return key


KEYS = (
    # built in app_pages/register.py: widgets.choose_many(…, prefix='event')
    N_("event.awarded"),
    N_("event.renewed"),
    N_("event.register_entry"),
    # built in app_pages/register.py: widgets.choose_many(…, prefix='level')
    N_("level.bronze"),
    N_("level.silver"),
    N_("level.gold"),
    N_("level.all"),
    # built in src/export/export.py: f'export.field.{key}'
    N_("export.field.where"),
    N_("export.field.url"),
    N_("export.field.quote"),
    # built in src/facts/europe.py: f'europe.qualifier.{qualifier}'
    N_("europe.qualifier.more_than"),
    N_("europe.qualifier.about"),
    # built in src/facts/europe.py: f'europe.series.{series}'
    N_("europe.series.benchmarked"),
    N_("europe.series.bronze"),
    N_("europe.series.silver"),
    N_("europe.series.gold"),
    # built in src/ui/org.py: f'country.{match.country}'
    N_("country.NO"),
    N_("country.DK"),
    N_("country.EU"),
    # built in src/ui/tables.py: f'register.col.{key}'
    N_("register.col.name_as_written"),
    N_("register.col.country"),
    N_("register.col.level"),
    N_("register.col.event"),
    N_("register.col.date"),
    N_("register.col.valid_until"),
    N_("register.col.score"),
    N_("register.col.source"),
    N_("register.col.record"),
    N_("register.col.event_key"),
    # built in src/views/chart_table.py: f"files.{('yes' if value else 'no')}"
    N_("files.yes"),
    N_("files.no"),
    # built in src/views/chart_table.py: f'files.col.{column}'
    N_("files.col.country"),
    N_("files.col.level"),
    N_("files.col.value"),
    N_("files.col.sample_size"),
    N_("files.col.count"),
    N_("files.col.figure_id"),
    N_("files.col.source_row"),
    N_("files.col.stage"),
    N_("files.col.organisations"),
    N_("files.col.n"),
    N_("files.col.year"),
    N_("files.col.labels"),
    N_("files.col.record_ids"),
    N_("files.col.organisation"),
    N_("files.col.score_pct"),
    N_("files.col.threshold_pct"),
    N_("files.col.record_id"),
    N_("files.col.status"),
    N_("files.col.expiry"),
    N_("files.col.valid_until_inferred"),
    N_("files.col.day"),
    N_("files.col.series"),
    N_("files.col.qualifier"),
    N_("files.col.statement"),
    N_("files.col.fact_id"),
    N_("files.col.source"),
    N_("files.col.file"),
    N_("files.col.event_id"),
    N_("files.col.event"),
    N_("files.col.start"),
    N_("files.col.end"),
    N_("files.col.valid_on_day"),
    N_("files.col.score"),
    N_("files.col.quote"),
    N_("files.col.quote_lang"),
    # built in src/views/chart_views.py: f"captions.counts.title.{'_'.join(shown_levels)}"
    N_("captions.counts.title.gold"),
    N_("captions.counts.title.silver"),
    N_("captions.counts.title.gold_silver"),
    # built in src/views/chart_views.py: f'country.short.{c}'
    N_("country.short.NO"),
    N_("country.short.DK"),
    # built in src/views/org_views.py: f"level.label.{latest['level']}"
    N_("level.label.bronze"),
    N_("level.label.silver"),
    N_("level.label.gold"),
    # built in src/views/org_views.py: f"level.word.{records.loc[~placeable, 'level'].iloc[0]}"
    N_("level.word.bronze"),
    N_("level.word.silver"),
    N_("level.word.gold"),
    # built in src/views/org_views.py: f'org.status.{status}'
    N_("org.status.valid"),
    N_("org.status.expired"),
    N_("org.status.undated"),
    # built in src/views/org_views.py: f'org.{column}'
    N_("org.sector"),
    N_("org.region"),
    # built in src/views/registry.py: f'chart.ignores.{param}'
    N_("chart.ignores.countries"),
    N_("chart.ignores.levels"),
    N_("chart.ignores.years"),
    N_("chart.ignores.on"),
    N_("chart.ignores.months"),
    # built in src/views/registry.py: f'nav.{self.name}'
    N_("nav.chart"),
    N_("nav.overview"),
    N_("nav.comparison"),
    N_("nav.follow_up"),
    N_("nav.levels"),
    N_("nav.register"),
    N_("nav.sources"),
    N_("nav.renewal"),
    N_("nav.organisation"),
    # built in src/views/registry.py: t(f"{prefix}.{code}") with codes='files.qualifier'
    N_("files.qualifier.exact"),
    N_("files.qualifier.about"),
    N_("files.qualifier.more_than"),
    # built in src/views/registry.py: t(f"{prefix}.{code}") with codes='stage'
    N_("stage.first_benchmarking"),
    N_("stage.renewed_or_upgraded"),
    N_("stage.lapsed"),
    # built in src/views/renewal.py: f'radar.col.{key}'
    N_("radar.col.organisation"),
    N_("radar.col.level"),
    N_("radar.col.status"),
    N_("radar.col.expiry"),
    N_("radar.col.record"),
    # built in src/views/renewal.py: f'radar.status.{s}'
    N_("radar.status.valid"),
    N_("radar.status.expiring"),
    N_("radar.status.expired"),
    # built in src/views/source_list.py: f'discrepancy.{discrepancy_id}.{field}'
    N_("discrepancy.labels_since.about"),
    N_("discrepancy.labels_since.statement"),
    N_("discrepancy.gold_validity.about"),
    N_("discrepancy.gold_validity.statement"),
    N_("discrepancy.norway_health_tech_first_gold.about"),
    N_("discrepancy.norway_health_tech_first_gold.statement"),
    N_("discrepancy.gce_node_fifth_score.about"),
    N_("discrepancy.gce_node_fifth_score.statement"),
    N_("discrepancy.quality_index_only_in_article.about"),
    N_("discrepancy.quality_index_only_in_article.statement"),
    # built in src/views/source_list.py: f'sources.disc.{key}'
    N_("sources.disc.about"),
    N_("sources.disc.statement"),
    N_("sources.disc.quote_a"),
    N_("sources.disc.link_a"),
    N_("sources.disc.quote_b"),
    N_("sources.disc.link_b"),
    # built in src/views/source_list.py: f'sources.pub.{c}'
    N_("sources.pub.source_id"),
    N_("sources.pub.title"),
    N_("sources.pub.author"),
    N_("sources.pub.publisher"),
    N_("sources.pub.published"),
    # built in src/views/source_list.py: f'sources.rename.{key}'
    N_("sources.rename.old"),
    N_("sources.rename.new"),
    N_("sources.rename.changed"),
    N_("sources.rename.quote"),
    # built in src/views/source_list.py: f'table.{name}'
    N_("table.figures"),
    N_("table.label_events"),
    N_("table.organisations"),
    N_("table.context_facts"),
    N_("table.sources"),
    N_("table.alias_sources"),
    N_("table.discrepancies"),
    # built in src/views/story/slides.py: f'story.europe.col.{c}'
    N_("story.europe.col.as_of"),
    N_("story.europe.col.what"),
    N_("story.europe.col.value"),
    N_("story.europe.col.source"),
    # built in src/views/story/slides.py: f'story.europe.fact.{fid}'
    N_("story.europe.fact.eu_counts_2014"),
    N_("story.europe.fact.gold_count_2017_sep"),
    N_("story.europe.fact.gold_count_2020"),
    N_("story.europe.fact.label_counts_2023"),
    N_("story.europe.fact.gold_active_2024"),
    # built in src/views/story/slides.py: f'story.{key}.note{i}'
    N_("story.text_alternative"),
    N_("story.labels.note1"),
    N_("story.labels.note2"),
    N_("story.index.note1"),
    N_("story.index.note2"),
    N_("story.counts.note1"),
    N_("story.counts.note2"),
    N_("story.follow_up.note1"),
    N_("story.follow_up.note2"),
    N_("story.europe.note1"),
    N_("story.europe.note2"),
    N_("story.message.note1"),
    N_("story.message.note2"),
    # built in src/views/takeaways.py: f'captions.counts.compare.{level}'
    N_("captions.counts.compare.gold"),
    N_("captions.counts.compare.silver"),
    # built in src/views/takeaways.py: f'captions.counts.equal.{level}'
    N_("captions.counts.equal.gold"),
    N_("captions.counts.equal.silver"),
    # built in src/views/takeaways.py: f'captions.counts.{level}'
    N_("captions.counts.gold"),
    N_("captions.counts.silver"),
    # built in src/views/takeaways.py: f'captions.index.gap.{high.country}'
    N_("captions.index.gap.NO"),
    N_("captions.index.gap.DK"),
    # stored as data in app_pages/comparison.py, app_pages/levels.py, app_pages/register.py
    N_("filter.levels"),
    # stored as data in app_pages/register.py
    N_("filter.events"),
    # stored as data in src/export/export.py
    N_("export.field.title"),
    N_("export.field.source_line"),
    N_("export.field.as_of"),
    N_("export.field.citation"),
    N_("export.download.png"),
    N_("export.download.svg"),
    N_("export.download.csv"),
    N_("export.download.xlsx"),
    N_("files.download.machine_csv"),
    N_("files.download.metadata"),
    # stored as data in src/views/chart_views.py
    N_("captions.scores.single"),
    N_("captions.scores.same"),
    # stored as data in src/views/registry.py
    N_("chart.ignores.levels.index"),
    # stored as data in src/views/story/slides.py
    N_("story.source.row"),
    N_("story.source.rows"),
    # stored as data in src/views/summaries.py
    N_("source.rows"),
    N_("source.row"),
    N_("overview.metric.index_no"),
    N_("overview.metric.index_dk"),
    N_("overview.metric.gold"),
    N_("overview.metric.silver"),
    N_("overview.metric.follow_up"),
    N_("overview.metric.europe"),
    # read in every language at once by src/facts/datapackage.py's words() and i18n() (data package, catalogue)
    N_("dp.title"),
    N_("dp.description"),
    N_("dp.keywords"),
    N_("dp.licence_unknown"),
    N_("dp.catalog.title"),
    N_("dp.catalog.description"),
    N_("dp.chart.reader"),
    N_("dp.chart.machine"),
    # built in src/facts/datapackage.py: f'dp.table.{name}'
    # and in src/facts/schema_history.py: f'dp.table.{table}.description'
    N_("dp.table.figures"),
    N_("dp.table.figures.description"),
    N_("dp.table.sources"),
    N_("dp.table.sources.description"),
    N_("dp.table.label_records"),
    N_("dp.table.label_records.description"),
    N_("dp.table.context_facts"),
    N_("dp.table.context_facts.description"),
    N_("dp.table.alias_sources"),
    N_("dp.table.alias_sources.description"),
    N_("dp.table.discrepancies"),
    N_("dp.table.discrepancies.description"),
    N_("dp.table.aliases"),
    N_("dp.table.aliases.description"),
    # stored as data in src/facts/schema_history.py (a table described as an older facts schema had it)
    N_("dp.table.label_records.description.schema1"),
    # built in src/views/changelog.py: f'changes.col.{column}' (the records table's columns)
    N_("changes.col.after"),
    N_("changes.col.before"),
    N_("changes.col.change"),
    N_("changes.col.field"),
    N_("changes.col.file"),
    N_("changes.col.record"),
    N_("changes.col.rows"),
    N_("changes.col.source"),
    # built in src/views/changelog.py: f'changes.kind.{change}' (release_diff's change kinds)
    N_("changes.kind.added"),
    N_("changes.kind.changed"),
    N_("changes.kind.column_added"),
    N_("changes.kind.column_removed"),
    N_("changes.kind.removed"),
    # built in src/views/changelog.py: f'changes.measure.{measure}' (release_counts' measures)
    N_("changes.measure.events"),
    N_("changes.measure.follow_up"),
    N_("changes.measure.highest_level"),
    N_("changes.measure.labels_per_year"),
    N_("changes.measure.organisations"),
    N_("changes.measure.radar"),
    N_("changes.measure.records"),
    N_("changes.measure.undated"),
    # built in src/views/changelog.py: f'changes.part.{category}' (follow-up and radar categories)
    N_("changes.part.expired"),
    N_("changes.part.expiring"),
    N_("changes.part.followed_up"),
    N_("changes.part.lapsed"),
    N_("changes.part.pending"),
    N_("changes.part.undated"),
    N_("changes.part.unknown"),
    N_("changes.part.valid"),
    # stored as data: src/export/export.py's release row of the XLSX source sheet
    N_("release.field"),
    # built in src/ui/language.py: f'chrome.{key}' for key in CHROME_LABELS (Streamlit's own controls)
    N_("chrome.skip"),
    N_("chrome.sidebar_collapse"),
    N_("chrome.sidebar_expand"),
    N_("chrome.date_choose"),
    N_("chrome.date_clear"),
)
