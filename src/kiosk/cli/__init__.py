"""Command line: ``kiosk COMMAND``. Each command lives in its own module with ``register()``.

Errors are one clear line on stderr and a non-zero exit; ``--debug`` shows the traceback.
Heavy imports (Qt, SQLAlchemy models, openpyxl) happen inside the commands that need them, so
``kiosk --help`` is instant and the non-UI commands never load Qt.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk import __version__
from kiosk.errors import KioskError

logger = logging.getLogger("kiosk.cli")

# Modules that add sub-commands; each defines ``register(subparsers, parents)``.
COMMAND_MODULES: tuple[str, ...] = (
    "kiosk.cli.run_cmd",
    "kiosk.cli.db_cmd",
    "kiosk.cli.doctor_cmd",
    "kiosk.cli.leads_cmd",
    "kiosk.cli.qr_cmd",
    "kiosk.cli.content_cmd",
    "kiosk.cli.sync_cmd",
    "kiosk.cli.screenshots_cmd",
    "kiosk.cli.set_pin_cmd",
    "kiosk.cli.export_cmd",
    "kiosk.cli.wipe_cmd",
    "kiosk.cli.audit_cmd",
)


def _common_options() -> argparse.ArgumentParser:
    """Options accepted both before and after the command name (``kiosk --data-dir D run``)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="folder for the database, content and logs (env KIOSK_DATA_DIR)",
    )
    common.add_argument(
        "--database",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="SQLAlchemy database URL instead of the SQLite file (env KIOSK_DATABASE_URL)",
    )
    common.add_argument(
        "--central-database",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="the central lead pool shared by several kiosks, e.g. postgresql+psycopg://"
        "user@host/pool (env KIOSK_CENTRAL_DATABASE_URL); without it the kiosk works alone",
    )
    common.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help="show tracebacks and debug logging",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common_options()
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="Pavilion Kiosk: exhibitor directory, QR contact cards and lead capture.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers, [common])
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    debug = bool(getattr(args, "debug", False))
    log_path: Path | None = None
    try:
        log_path = _start_logging(args)
        return int(args.func(args) or 0)
    except KioskError as exc:
        logger.error("kiosk %s: %s", args.command, exc)
        if debug:
            raise
        print(f"kiosk: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("kiosk: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        if debug:
            raise  # sys.excepthook logs it
        logger.exception("kiosk %s: unexpected error", args.command)
        where = f"the log ({log_path})" if log_path else "--debug"
        print(
            f"kiosk: unexpected error: {exc.__class__.__name__}: {exc}\n"
            f"The full traceback is in {where}.",
            file=sys.stderr,
        )
        return 1


def _start_logging(args: argparse.Namespace) -> Path | None:
    """The rotating log file in the data folder, for every command (see kiosk.logging_setup)."""
    from kiosk.cli.context import settings_from_args
    from kiosk.logging_setup import configure_logging

    log_path = configure_logging(settings_from_args(args))
    logger.info("kiosk %s: %s", __version__, args.command)
    return log_path
