"""Views: what to show, decided without drawing it (chart views and specs, page tables, summaries, the story,
filters and URL state, citations, CSV bytes). Pure, no Streamlit; imports only `src.text`, `src.facts` and
`src.metrics`."""
