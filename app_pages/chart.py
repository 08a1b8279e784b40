"""One chart alone with its caption: the target of embed snippets and shared chart links (`?chart=…`)."""

from src import ui
from src.views import registry

ui.lang()
ui.tables()  # stops with a clear message when the data cannot be read

chart_id = str(ui.url_values(registry.CHART_PARAM, "chart")["chart"])
spec = ui.chart_params(chart_id)
values = ui.url_values(spec, f"chart:{chart_id}")
ui.sync_url(values, spec, f"chart:{chart_id}")
ui.chart_alone(chart_id, values)
