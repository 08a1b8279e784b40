"""Klyngekvalitet: all logic of the app, in layers that import only themselves and the layers below.

`text` (words, formatting) < `facts` (checked tables, label events) < `metrics` (numbers from the facts) <
`views` (what to show, pure) < the renderers `export` (files), `site` (static edition) and `ui` (Streamlit).
Only `src.ui` imports Streamlit, and nothing outside it imports `src.ui` (`tests/test_layers.py`).
"""
