"""Metrics: the numbers computed from the facts (quality index, follow-up, the expiry radar, organisation
search). Imports only `src.text` and `src.facts`."""
