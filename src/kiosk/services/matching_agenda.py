"""Per-exhibitor agendas of booked meetings: a workbook and a printable page each.

Venue connectivity is poor, so matching platforms advise a printed agenda: each exhibitor gets
``agenda-<id>.xlsx`` (one row per meeting) and ``agenda-<id>.html`` (print from any browser),
with times, place, table, visitor, company and contact, headed in the kiosk's four languages.
Files are written under a temporary name and renamed, and the workbooks are read back.
"""

from __future__ import annotations

import html
import os
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook, load_workbook

from kiosk.domain.ltext import localize
from kiosk.errors import KioskError
from kiosk.services.matching import MeetingView

LANGS = ("zh-Hant", "zh-Hans", "pt", "en")
# Column headings and titles in the four languages, joined with " / " on the page.
LABELS: dict[str, dict[str, str]] = {
    "title": {
        "en": "Business matching agenda",
        "pt": "Agenda de bolsas de contacto",
        "zh-Hant": "商貿配對日程",
        "zh-Hans": "商贸配对日程",
    },
    "time": {"en": "Time", "pt": "Hora", "zh-Hant": "時間", "zh-Hans": "时间"},
    "place": {"en": "Place", "pt": "Local", "zh-Hant": "地點", "zh-Hans": "地点"},
    "table": {"en": "Table", "pt": "Mesa", "zh-Hant": "桌號", "zh-Hans": "桌号"},
    "visitor": {"en": "Visitor", "pt": "Visitante", "zh-Hant": "訪客", "zh-Hans": "访客"},
    "company": {"en": "Company", "pt": "Empresa", "zh-Hant": "公司", "zh-Hans": "公司"},
    "contact": {"en": "Contact", "pt": "Contacto", "zh-Hant": "聯絡方式", "zh-Hans": "联系方式"},
    "status": {"en": "Status", "pt": "Estado", "zh-Hant": "狀態", "zh-Hans": "状态"},
    "none": {
        "en": "No meetings booked",
        "pt": "Sem reuniões marcadas",
        "zh-Hant": "暫無預約會面",
        "zh-Hans": "暂无预约会面",
    },
}
STATUS: dict[str, dict[str, str]] = {
    "confirmed": {"en": "Confirmed", "pt": "Confirmada", "zh-Hant": "已確認", "zh-Hans": "已确认"},
    "pending": {
        "en": "Pending",
        "pt": "Por confirmar",
        "zh-Hant": "待確認",
        "zh-Hans": "待确认",
    },
}
COLUMNS = ("time", "place", "table", "visitor", "company", "contact", "status")
SHOWN = ("confirmed", "pending")


def label(key: str, table: Mapping[str, Mapping[str, str]] = LABELS) -> str:
    """All four languages of a heading: ``時間 / 时间 / Hora / Time``."""
    return " / ".join(dict.fromkeys(table[key][lang] for lang in LANGS))


@dataclass(frozen=True)
class AgendaFiles:
    exhibitor: str
    meetings: int
    files: tuple[Path, ...]


def _row(meeting: MeetingView) -> list[str | int]:
    contact = " · ".join(x for x in (meeting.email, meeting.phone) if x)
    when = f"{meeting.local_start:%Y-%m-%d %H:%M}–{meeting.local_end:%H:%M}"
    return [
        when,
        " / ".join(dict.fromkeys(localize(meeting.place, lang) for lang in LANGS)),
        meeting.table_no,
        meeting.visitor,
        meeting.company or "",
        contact,
        label(meeting.status, STATUS) if meeting.status in STATUS else meeting.status,
    ]


def write_agendas(
    out: Path,
    views: Sequence[MeetingView],
    exhibitors: Mapping[str, Mapping[str, str]],
    *,
    event_name: Mapping[str, str],
    only: str | None = None,
) -> list[AgendaFiles]:
    """An agenda for each exhibitor taking part (``exhibitors``: id -> name), or ``only``."""
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KioskError(f"cannot create {out}: {exc.strerror or exc}") from None
    by_exhibitor: dict[str, list[MeetingView]] = defaultdict(list)
    for view in views:
        if view.status in SHOWN:
            by_exhibitor[view.exhibitor].append(view)
    written = []
    for exhibitor, name in exhibitors.items():
        if only is not None and exhibitor != only:
            continue
        rows = [_row(v) for v in sorted(by_exhibitor[exhibitor], key=lambda v: v.starts_at)]
        title = f"{' / '.join(dict.fromkeys(localize(dict(name), lang) for lang in LANGS))}"
        xlsx = out / f"agenda-{exhibitor}.xlsx"
        page = out / f"agenda-{exhibitor}.html"
        _atomic(xlsx, lambda path, r=rows, t=title: _workbook(path, t, r))
        _atomic(
            page,
            lambda path, r=rows, t=title: path.write_text(
                _page(t, localize(dict(event_name), "en"), r), encoding="utf-8"
            ),
        )
        check = load_workbook(xlsx, read_only=True)
        found = check.active.max_row - 2 if check.active is not None else -1
        check.close()
        if found != len(rows):
            raise KioskError(f"{xlsx} reads back {found} meetings, not {len(rows)}")
        written.append(AgendaFiles(exhibitor, len(rows), (xlsx, page)))
    return written


def _atomic(path: Path, write) -> None:
    part = path.with_name(path.name + ".part")
    try:
        write(part)
        os.replace(part, path)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise KioskError(f"cannot write {path}: {exc.strerror or exc}") from None


def _workbook(path: Path, title: str, rows: list[list[str | int]]) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Agenda"
    sheet.append([f"{label('title')}: {title}"])
    sheet.append([label(c) for c in COLUMNS])
    for row in rows:
        sheet.append(row)
    for column, width in zip("ABCDEFG", (22, 40, 8, 24, 28, 36, 20), strict=True):
        sheet.column_dimensions[column].width = width
    book.save(path)


def _page(title: str, event: str, rows: list[list[str | int]]) -> str:
    esc = html.escape
    head = "".join(f"<th>{esc(label(c))}</th>" for c in COLUMNS)
    body = "".join(
        "<tr>" + "".join(f"<td>{esc(str(cell))}</td>" for cell in row) + "</tr>" for row in rows
    )
    if not rows:
        body = f'<tr><td colspan="{len(COLUMNS)}">{esc(label("none"))}</td></tr>'
    return (
        '<!DOCTYPE html>\n<html lang="zh-Hant"><head><meta charset="utf-8">'
        f"<title>{esc(title)}</title><style>"
        "body{font-family:'Noto Sans CJK TC','Noto Sans',sans-serif;margin:1.5cm}"
        "table{border-collapse:collapse;width:100%}th,td{border:1px solid #888;"
        "padding:4px 6px;font-size:10pt;text-align:left;vertical-align:top}"
        "@page{size:A4 landscape;margin:1cm}</style></head><body>"
        f"<h1>{esc(label('title'))}</h1><h2>{esc(title)}</h2><p>{esc(event)}</p>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></body></html>\n"
    )
