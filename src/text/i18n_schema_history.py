"""Words for describing a kept release in an older facts schema (`src.facts.schema_history`); merged into `src.text.i18n`.

Note that a data package carries every language at once, so these are read for each of `LANGUAGES`.
"""

from __future__ import annotations

SCHEMA_HISTORY_NB: dict[str, str] = {
    "dp.table.label_records.description.schema1": (
        "Hver offentlige opplysning om et merke (tildeling, fornyelse eller registeroppføring), med side og setning. "
        "Denne utgaven er fra før fakta v2 og har ingen event_key: hver rad om en tildeling eller fornyelse ble "
        "talt som en egen merkehendelse, også når to kilder omtalte samme tildeling."
    ),
}

SCHEMA_HISTORY_EN: dict[str, str] = {
    "dp.table.label_records.description.schema1": (
        "Every public statement about a label (award, renewal or register entry), with page and sentence. This "
        "release predates facts v2 and has no event_key: every award or renewal row was counted as a label event "
        "of its own, also where two sources reported the same award."
    ),
}

SCHEMA_HISTORY_DA: dict[str, str] = {
    "dp.table.label_records.description.schema1": (
        "Hver offentlig oplysning om et mærke (tildeling, fornyelse eller registrering), med side og sætning. "
        "Denne udgave er fra før fakta v2 og har ingen event_key: hver række om en tildeling eller fornyelse blev "
        "talt som en mærkehændelse for sig, også når to kilder omtalte samme tildeling."
    ),
}
