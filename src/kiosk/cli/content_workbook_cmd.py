"""``kiosk content template --out F.xlsx`` and ``kiosk content export --out F.xlsx [PACK]``.

The template is an empty workbook for organisers to fill in; an export writes the content the
kiosk shows (or a pack folder or workbook) as one, its images copied beside it.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.cli.context import open_database, settings_from_args


def register_actions(
    actions: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]
) -> None:
    template = actions.add_parser(
        "template",
        parents=parents,
        help="write an empty content workbook to fill in (instructions, one sheet per part)",
    )
    template.add_argument("--out", metavar="FILE.xlsx", required=True, type=Path)
    template.set_defaults(func=_template)
    export = actions.add_parser(
        "export",
        parents=parents,
        help="write the loaded content, or a pack, as a workbook (images copied beside it)",
    )
    export.add_argument("--out", metavar="FILE.xlsx", required=True, type=Path)
    export.add_argument(
        "pack",
        metavar="PACK",
        nargs="?",
        help="a pack folder or workbook (default: the content the kiosk shows)",
    )
    export.set_defaults(func=_export)


def _checked_out(out: Path) -> Path:
    from kiosk.errors import KioskError

    if out.suffix.lower() != ".xlsx":
        raise KioskError(f"--out: {out.name} must end in .xlsx (an Excel workbook)")
    if out.is_dir():
        raise KioskError(f"--out: {out} is a folder; name the workbook file, e.g. event.xlsx")
    return out


def _template(args: argparse.Namespace) -> int:
    from kiosk.content.workbook_write import write_workbook

    out = write_workbook(_checked_out(args.out))
    print(f"wrote {out}: fill it in, then 'kiosk validate-content {out}'")
    return 0


def _export(args: argparse.Namespace) -> int:
    from kiosk.cli.content_cmd import report_invalid
    from kiosk.content.problems import PackInvalid
    from kiosk.content.workbook_export import export_loaded, export_source

    out = _checked_out(args.out)
    if args.pack:
        try:
            copied = export_source(args.pack, out)
        except PackInvalid as exc:
            return report_invalid(exc)
    else:
        settings = settings_from_args(args)
        database = open_database(settings)
        try:
            copied = export_loaded(database.sessions, settings.content_dir, out)
        finally:
            database.dispose()
    images = f" and {copied} image{'s' if copied != 1 else ''} beside it" if copied else ""
    print(f"wrote {out}{images}")
    return 0
