"""The presenter's story, by concern: `slides` (what each slide says and shows), `navigation` (slide numbers,
the address bar, key presses) and `projector` (a chart's spec fitted to the screen). Nothing here imports Streamlit.
"""
