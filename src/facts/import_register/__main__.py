"""`python -m src.facts.import_register FILE …`: the maintainers' command (see `cli`)."""

from __future__ import annotations

import sys

from src.facts.import_register.cli import main

if __name__ == "__main__":
    sys.exit(main())
