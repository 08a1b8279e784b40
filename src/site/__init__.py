"""The static edition: the app's views rendered once to plain HTML, SVG and files (a second renderer).

Reading needs no live session: `python -m src.site` writes `site/` from the same Parquet files,
views, texts and exports as the Streamlit app, which stays the place to explore.
"""
