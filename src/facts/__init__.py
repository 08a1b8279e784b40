"""Facts: the source data as checked tables and label events (paths, schemas, loading, the build of `data/`,
the register import, validity, organisations and Europe's counts). Imports only `src.text`."""
