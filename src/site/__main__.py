"""`python -m src.site [--out site]`: build the static edition."""

import sys

from src.site.build import main

sys.exit(main())
