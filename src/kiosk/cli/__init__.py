"""Command line: ``kiosk COMMAND``. Each command lives in its own module with ``register()``.

Errors are one clear line on stderr and a non-zero exit; ``--debug`` shows the traceback.
Output piped into a reader that stops early (``kiosk audit | head``) ends the command quietly
with status 141, as a shell reports a pipe writer stopped by SIGPIPE.
Heavy imports (Qt, SQLAlchemy models, openpyxl) happen inside the commands that need them, so
``kiosk --help`` is instant and the non-UI commands never load Qt.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk import __version__
from kiosk.errors import KioskError

logger = logging.getLogger("kiosk.cli")

EXIT_BROKEN_PIPE = 128 + 13  # what a shell reports for a writer stopped by SIGPIPE

# Modules that add sub-commands; each defines ``register(subparsers, parents)``.
COMMAND_MODULES: tuple[str, ...] = (
    "kiosk.cli.run_cmd",
    "kiosk.cli.db_cmd",
    "kiosk.cli.doctor_cmd",
    "kiosk.cli.leads_cmd",
    "kiosk.cli.matching_cmd",
    "kiosk.cli.qr_cmd",
    "kiosk.cli.content_cmd",
    "kiosk.cli.sync_cmd",
    "kiosk.cli.fleet_cmd",
    "kiosk.cli.screenshots_cmd",
    "kiosk.cli.set_pin_cmd",
    "kiosk.cli.position_cmd",
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
        type=_local_database_url,
        default=argparse.SUPPRESS,
        help="another SQLite file than <data dir>/kiosk.db, as sqlite:///PATH "
        "(env KIOSK_DATABASE_URL)",
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


def _local_database_url(url: str) -> str:
    from kiosk.config import local_database_problem

    problem = local_database_problem(url)
    if problem:
        raise argparse.ArgumentTypeError(problem)
    return url


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
    try:
        code = _main(argv)
        sys.stdout.flush()  # a reader gone after the last line shows here, not at exit
    except BrokenPipeError:
        return _reader_gone()
    return code


def _main(argv: Sequence[str] | None) -> int:
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
    except BrokenPipeError:
        raise  # the reader of our output stopped (kiosk audit | head): not an error
    except KioskError as exc:
        if log_path is not None:  # else logging's last resort would print it a second time
            logger.error("kiosk %s: %s", args.command, exc)
        if debug:
            raise
        print(f"kiosk: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("kiosk: interrupted", file=sys.stderr)
        return 130
    except EOFError:  # a prompt met the end of standard input (no terminal, Ctrl+D)
        logger.error("kiosk %s: standard input ended", args.command)
        print(
            f"kiosk: error: {args.command}: standard input ended; nothing was changed",
            file=sys.stderr,
        )
        return 1
    except Exception as exc:
        if debug:
            raise  # sys.excepthook logs it
        cause = _storage_cause(args, exc)
        if cause is not None:  # a full disk or read-only folder: one line, no traceback
            if log_path is not None:
                logger.error("kiosk %s: %s (%s)", args.command, cause, exc.__class__.__name__)
            print(f"kiosk: error: {cause}", file=sys.stderr)
            return 1
        logger.exception("kiosk %s: unexpected error", args.command)
        where = f"the log ({log_path})" if log_path else "--debug"
        print(
            f"kiosk: unexpected error: {exc.__class__.__name__}: {exc}\n"
            f"The full traceback is in {where}.",
            file=sys.stderr,
        )
        return 1


def _reader_gone() -> int:
    """The pipe we print into was closed: stop quietly. Whatever was still buffered for it
    goes nowhere (pointing stdout at the null device), so Python's final flush at exit does
    not report the same broken pipe again."""
    logger.info("output reader closed the pipe; stopping")
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass  # no real stdout (a console-less Windows build)
    return EXIT_BROKEN_PIPE


def _storage_cause(args: argparse.Namespace, exc: BaseException) -> str | None:
    """One line for a failure of the kiosk's own storage (``kiosk.data.storage``), or None."""
    from kiosk.cli.context import settings_from_args
    from kiosk.data.storage import storage_message

    try:
        folder = settings_from_args(args).data_dir
    except KioskError:
        folder = None
    return storage_message(exc, folder)


def _start_logging(args: argparse.Namespace) -> Path | None:
    """The rotating log file in the data folder, for every command (see kiosk.logging_setup)."""
    from kiosk.cli.context import settings_from_args
    from kiosk.logging_setup import configure_logging

    log_path = configure_logging(settings_from_args(args))
    logger.info("kiosk %s: %s", __version__, args.command)
    return log_path
