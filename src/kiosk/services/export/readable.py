"""Workbook cells for people: names instead of ids, real date-time cells.

The rows are the same for the CSV and the workbook (and the CSV keeps ids, which a script can
join on); the workbook's copy of a row is shown through these, column by column, picked by the
header's name: an event, exhibitor, sector or country id becomes its name in the staff's
language, and a local time text (``2026-11-05 09:00:00+08:00``) becomes an Excel date-time in
the event's time zone (Excel has no zone: the header says "local time"; a "(UTC)" column stays
in UTC), and a language tag the language's own name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from kiosk.domain.languages import BY_TAG
from kiosk.services.export.labels import Labels

LIST_SEPARATOR = "; "


def local_datetime(value: Any) -> Any:
    """``2026-11-05 09:00:00+08:00`` as a naive date-time (the wall clock at the event)."""
    if not isinstance(value, str) or not value:
        return value
    try:
        return datetime.fromisoformat(value).replace(tzinfo=None)
    except ValueError:
        return value


def utc_datetime(value: Any) -> Any:
    """``2026-11-05T01:00:00Z`` as a naive date-time in UTC (the header says "UTC")."""
    if not isinstance(value, str) or not value.endswith("Z"):
        return value
    return local_datetime(value[:-1])


def language_name(tag: Any) -> Any:
    """A visitor language as it names itself (繁體中文, Português)."""
    found = BY_TAG.get(tag) if isinstance(tag, str) else None
    return found.native_name if found else tag


def _names(name: Callable[[str], str]) -> Callable[[Any], Any]:
    def show(value: Any) -> Any:
        if not isinstance(value, str) or not value:
            return value
        return LIST_SEPARATOR.join(name(ref) for ref in value.split(LIST_SEPARATOR))

    return show


def readable_columns(header: Sequence[str], labels: Labels) -> dict[int, Callable[[Any], Any]]:
    """Column index → how its cells are shown in a workbook."""
    by_title: dict[str, Callable[[Any], Any]] = {
        "Event": lambda ref: labels.event(ref) if isinstance(ref, str) and ref else ref,
        "Exhibitors": _names(labels.exhibitor),
        "Exhibitor": _names(labels.exhibitor),
        "Sectors": _names(labels.sector),
        "Country": lambda code: labels.country(code) if isinstance(code, str) else code,
        "Language": language_name,
        "Language shown": language_name,
    }
    columns: dict[int, Callable[[Any], Any]] = {}
    for index, title in enumerate(header):
        if title in by_title:
            columns[index] = by_title[title]
        elif title.endswith("(local time)"):
            columns[index] = local_datetime
        elif title.endswith("(UTC)"):
            columns[index] = utc_datetime
    return columns
