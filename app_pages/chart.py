"""One chart alone with its caption: the target of embed snippets and shared chart links (`?chart=…`)."""

from src import ui
from src.views import filters

lang = ui.lang()
ui.tables()  # stops with a clear message when the data cannot be read

chart_id = str(ui.url_values(filters.CHART_PARAM, "chart")["chart"])
chosen = ui.chart_filter_registry()[chart_id]
values = ui.url_values(chosen.spec, f"chart:{chart_id}")
ui.sync_url(values, chosen.spec, f"chart:{chart_id}")
ui.chart_alone(ui.view(chart_id, *chosen.args(values), lang), filters.CHART_PAGES[chart_id], chart_id)
