"""Allow ``python -m kiosk``; also the bundle's entry point."""

import multiprocessing

# A bundled kiosk starts its helper processes (the export's workbook writer) by running itself:
# this hands such a start to multiprocessing before the CLI sees its arguments.
multiprocessing.freeze_support()

from kiosk.cli import main  # noqa: E402

raise SystemExit(main())
