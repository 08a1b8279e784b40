"""Export, a renderer: the files a reader takes away (chart images, CSV/XLSX with metadata, the press kit,
joined text). May import every layer below it (`src.text`, `src.facts`, `src.metrics`, `src.views`), never
`src.ui`."""
