"""Entry point of the console-less ``kiosk-window`` launcher (Windows Start menu and logon).

With no arguments it starts the kiosk (``kiosk run``); any arguments are passed to the CLI.
"""

import sys

from kiosk.cli import main

raise SystemExit(main(sys.argv[1:] or ["run"]))
