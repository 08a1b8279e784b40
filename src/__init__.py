"""Klyngekvalitet: all logic of the app (data, metrics, charts, text); only `src.ui` imports Streamlit."""
