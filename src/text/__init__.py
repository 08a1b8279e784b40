"""Text, the base layer: the app's words in every language (`i18n` and its catalogs), numbers and dates as a
reader writes them (`formatting`) and text made safe to show (`text_safety`). Imports nothing else from `src`."""
