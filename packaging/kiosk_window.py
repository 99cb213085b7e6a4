"""Entry point of the console-less ``kiosk-window`` launcher (Windows Start menu and logon).

With no arguments it starts the kiosk (``kiosk run``); any arguments are passed to the CLI.
"""

import multiprocessing
import sys

multiprocessing.freeze_support()  # helper processes (see kiosk/__main__.py)

from kiosk.cli import main  # noqa: E402

raise SystemExit(main(sys.argv[1:] or ["run"]))
