"""``kiosk qr``: write exhibitors' QR codes as PNG files (for printed booth signs too).

With ``--all`` a code that cannot be made (too large for a QR code) or written does not stop
the others: every failure is listed at the end and the exit status is 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.cli.context import open_database, settings_from_args
from kiosk.errors import KioskError


def register(
    subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]
) -> None:
    qr = subparsers.add_parser(
        "qr",
        parents=parents,
        help="write exhibitor contact QR codes to PNG files",
        description="Writes ID-vcard.png, ID-url.png where there is a website and ID-wechat.png "
        "where the pack has a WeChat or WeCom contact code.",
    )
    which = qr.add_mutually_exclusive_group(required=True)
    which.add_argument("--exhibitor", metavar="ID", help="one exhibitor's codes")
    which.add_argument("--all", action="store_true", help="every exhibitor's codes")
    qr.add_argument("--out", required=True, metavar="PATH", help="FILE.png (one) or DIR (all)")
    qr.add_argument(
        "--lang", default="en", choices=["zh-Hant", "zh-Hans", "pt", "en"], help="card language"
    )
    qr.add_argument(
        "--module-px", type=int, default=12, help="pixels per module (12 ≈ 3 mm at 100 dpi)"
    )
    qr.set_defaults(func=_qr)


def _write(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    except OSError as exc:
        raise KioskError(f"cannot write {path}: {exc.strerror}") from exc


def _qr(args: argparse.Namespace) -> int:
    from kiosk.services.catalog import load_catalog
    from kiosk.services.qr import exhibitor_codes, render_png
    from kiosk.services.qr_fit import MAX_BYTES, fits

    if args.module_px < 6:
        raise KioskError("--module-px: at least 6 pixels per module are needed to scan reliably")
    settings = settings_from_args(args)
    database = open_database(settings)
    try:
        catalog = load_catalog(database.sessions, settings.content_dir)
    finally:
        database.dispose()
    if catalog is None:
        raise KioskError("no content pack is loaded: run 'kiosk import-content PATH' first")
    out = Path(args.out)
    if args.exhibitor:
        exhibitor = catalog.exhibitor(args.exhibitor)
        if exhibitor is None:
            raise KioskError(f"--exhibitor: no exhibitor with id {args.exhibitor!r}")
        codes = exhibitor_codes(exhibitor, args.lang)
        if not codes:
            raise KioskError(f"exhibitor {args.exhibitor!r} has no contact details to encode")
        targets = [
            (out if i == 0 else out.with_name(f"{out.stem}-{c.kind}{out.suffix or '.png'}"), c)
            for i, c in enumerate(codes)
        ]
    else:
        targets = [
            (out / f"{e.id}-{c.kind}.png", c)
            for e in catalog.exhibitors
            for c in exhibitor_codes(e, args.lang)
        ]
    failures: list[str] = []
    for path, code in targets:
        try:
            if not fits(code.text):
                raise KioskError(
                    f"{path.name}: the {code.kind} code would hold "
                    f"{len(code.text.encode('utf-8', 'replace')):,} bytes, more than a QR code "
                    f"holds ({MAX_BYTES:,}); shorten the exhibitor's contact details"
                )
            _write(path, render_png(code.text, module_px=args.module_px))
        except KioskError as exc:
            if args.exhibitor:
                raise
            failures.append(str(exc))
            continue
        print(f"{path}  ({code.kind})")
    skipped = (
        0
        if args.exhibitor
        else sum(1 for e in catalog.exhibitors if not exhibitor_codes(e, args.lang))
    )
    print(
        f"{len(targets) - len(failures)} code(s) written"
        + (f"; {skipped} exhibitor(s) without contact" if skipped else "")
    )
    if failures:
        print(f"{len(failures)} code(s) could not be written:", file=sys.stderr)
        for failure in failures:
            print(f"  {failure}", file=sys.stderr)
        return 1
    return 0
