"""One chart alone with its caption: the target of embed snippets and shared chart links (`?chart=…`)."""

from src import filters, ui

lang = ui.lang()
tables = ui.tables()

chart_id = str(ui.url_values(filters.CHART_PARAM, "chart")["chart"])
chosen = filters.chart_filters(tables)[chart_id]
values = ui.url_values(chosen.spec, f"chart:{chart_id}")
ui.sync_url(values, chosen.spec, f"chart:{chart_id}")
ui.chart_alone(ui.view(chart_id, *chosen.args(values), lang), filters.CHART_PAGES[chart_id])
