"""``kiosk screenshots --out DIR [--content PATH]``: every visitor and staff screen in every
language, as PNG; with ``--content``, of a pack or workbook not imported into the kiosk."""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.cli.context import settings_from_args


def register(
    subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]
) -> None:
    shots = subparsers.add_parser(
        "screenshots",
        parents=parents,
        help="render every visitor and staff screen in every language to PNG (offscreen)",
        description="Renders SCREEN-LANG.png for each screen and language, offscreen: visitor "
        "screens with the content of the configured database (or of --content PATH, loaded into a "
        "temporary folder, not imported), staff screens (staff-*) on a "
        "throwaway kiosk with its own PIN and made-up leads.",
    )
    shots.add_argument(
        "--out", metavar="DIR", type=Path, help="output folder (required unless --audit)"
    )
    shots.add_argument(
        "--language",
        action="append",
        metavar="TAG",
        help="only this language (zh-Hant, zh-Hans, pt, en); repeatable",
    )
    shots.add_argument(
        "--screen", action="append", metavar="NAME", help="only this screen; repeatable"
    )
    shots.add_argument(
        "--size", default="1920x1080", metavar="WxH", help="window size (default 1920x1080)"
    )
    shots.add_argument(
        "--content",
        metavar="PATH",
        type=Path,
        help="show this content pack or workbook (.xlsx) instead of the kiosk's content, "
        "without importing it: a preview before the show",
    )
    shots.add_argument(
        "--audit",
        action="store_true",
        help="check each screen as it is rendered (texts cut, items outside the window or "
        "overlapping, small touch targets, low contrast, QR codes not in whole device pixels, "
        "controls without an accessible name): one line per problem, exit 1 if any. Touch "
        "targets are judged on the OS-reported screen size, or KIOSK_SCREEN_INCHES (diagonal)",
    )
    shots.set_defaults(func=_screenshots)


def _size(text: str) -> tuple[int, int]:
    from kiosk.errors import KioskError

    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise KioskError(f"--size: {text!r} is not WIDTHxHEIGHT, e.g. 1920x1080") from None
    if not (320 <= width <= 7680 and 240 <= height <= 4320):
        raise KioskError(f"--size: {text} is outside 320x240 .. 7680x4320")
    return width, height


def _screenshots(args: argparse.Namespace) -> int:
    import tempfile

    from kiosk.errors import KioskError

    if args.out is None and not args.audit:
        raise KioskError("screenshots: --out DIR is required (or --audit)")
    if args.out is None:
        with tempfile.TemporaryDirectory(prefix="kiosk-audit-") as folder:
            return _render(args, Path(folder), quiet=True)
    return _render(args, args.out, quiet=False)


def _render(args: argparse.Namespace, out: Path, *, quiet: bool) -> int:
    from kiosk.cli.content_cmd import report_invalid
    from kiosk.content.problems import PackInvalid
    from kiosk.ui.screenshots import render

    problems: list[str] = []

    def found(finding: object) -> None:
        problems.append(finding.line())
        print(finding.line(), flush=True)

    try:
        written = render(
            settings_from_args(args),
            out,
            languages=args.language,
            screens=args.screen,
            size=_size(args.size),
            report=None if quiet else (lambda path: print(path)),
            content=args.content,
            audit=found if args.audit else None,
        )
    except PackInvalid as exc:
        return report_invalid(exc)
    if not quiet:
        print(f"{len(written)} screenshots in {out}")
    if args.audit:
        print(f"audit at {args.size}: {len(problems)} problems on {len(written)} screens")
    return 1 if problems else 0
