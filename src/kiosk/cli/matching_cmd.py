"""``kiosk matching``: slots and bookings, staff's confirm/cancel, agendas and calendar files.

Times shown and typed are the event's local times. Booking itself happens with a lead
(``kiosk leads add ... --meet EXHIBITOR@YYYY-MM-DDTHH:MM``), so a meeting is never saved
without the visitor it belongs to.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from kiosk.cli.context import database_from_args
from kiosk.errors import KioskError

NO_MATCHING = (
    "the loaded event has no business matching sessions: add a 'matching' section to its "
    "content pack (see the README's content section) and import it again"
)


def register(subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]):
    parser = subparsers.add_parser(
        "matching",
        parents=parents,
        help="business matching: slots, bookings, agendas, calendar files",
        description="Business matching sessions of the loaded event (times are the event's).",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    slots = actions.add_parser("slots", parents=parents, help="sessions, slots, capacity, bookings")
    slots.add_argument("--exhibitor", metavar="ID")
    slots.add_argument("--json", action="store_true", help="one JSON document")
    slots.set_defaults(func=_slots)
    listing = actions.add_parser("list", parents=parents, help="booked meetings")
    listing.add_argument("--json", action="store_true", help="one JSON document")
    listing.set_defaults(func=_list)
    for name, verb in (("confirm", "confirm a pending"), ("cancel", "cancel a")):
        change = actions.add_parser(name, parents=parents, help=f"{verb} meeting")
        change.add_argument("id", metavar="ID", help="the meeting's id (or its first characters)")
        change.set_defaults(func=_change, change=name)
    agenda = actions.add_parser(
        "agenda", parents=parents, help="each exhibitor's agenda as XLSX and a printable page"
    )
    agenda.add_argument("--out", required=True, type=Path, metavar="DIR")
    agenda.add_argument("--exhibitor", metavar="ID")
    agenda.set_defaults(func=_agenda)
    listed = actions.add_parser(
        "conflicts",
        parents=parents,
        help="meetings the central pool settled as conflicts, with the visitor's contact",
    )
    listed.set_defaults(func=_conflicts)
    ics = actions.add_parser("ics", parents=parents, help="a lead's meetings as an .ics file")
    ics.add_argument("--lead", required=True, metavar="LEAD_ID")
    ics.add_argument("--out", required=True, type=Path, metavar="FILE.ics")
    ics.set_defaults(func=_ics)


def _program(session):
    from kiosk.services.matching import active_program

    program = active_program(session)
    if program is None:
        raise KioskError(NO_MATCHING, exit_code=2)
    return program


def _names(session) -> dict[str, dict[str, str]]:
    from sqlalchemy import select

    from kiosk.data.models import Exhibitor
    from kiosk.services.catalog import active_event

    event = active_event(session)
    assert event is not None
    query = select(Exhibitor.slug, Exhibitor.name).where(Exhibitor.event_id == event.id)
    return dict(session.execute(query).all())


def _from_pool(args: argparse.Namespace, program, names):
    """The pool's meetings when ``--central-database`` is given, else None (this kiosk's)."""
    central = _pool(args)
    if central is None:
        return None
    from kiosk.sync.matching_pool import pool_views

    try:
        with central.connect() as connection:
            return pool_views(connection, program, names)
    finally:
        central.dispose()


def _slots(args: argparse.Namespace) -> int:
    from kiosk.data.types import utcnow
    from kiosk.services.matching import slot_states, states_from

    now = utcnow()
    with database_from_args(args) as database, database.sessions() as session:
        program = _program(session)
        if args.exhibitor is not None and not program.takes_part(args.exhibitor):
            known = ", ".join(sorted(program.capacity))
            raise KioskError(
                f"--exhibitor {args.exhibitor!r} does not take part in business matching "
                f"(those who do: {known})",
                exit_code=2,
            )
        pooled = _from_pool(args, program, {})
        if pooled is None:
            states = slot_states(session, program, now=now, exhibitor=args.exhibitor)
        else:
            states = states_from(program, pooled, now=now, exhibitor=args.exhibitor)
    rows = [
        {
            "exhibitor": s.slot.exhibitor,
            "start": s.slot.local_start.strftime("%Y-%m-%dT%H:%M"),
            "end": program.local(s.slot.ends_at).strftime("%H:%M"),
            "session": s.slot.session_id,
            "place": s.slot.place_text("en"),
            "capacity": s.slot.capacity,
            "confirmed": s.confirmed,
            "pending": s.pending,
            "free": s.free,
            "bookable_here": s.bookable,
            "over": s.over,
        }
        for s in states
    ]
    if args.json:
        print(
            json.dumps(
                {
                    "event": program.event_id,
                    "timezone": str(program.zone),
                    "mode": program.mode,
                    "slots": rows,
                },
                ensure_ascii=False,
                indent=1,
            )
        )
        return 0
    print(f"event {program.event_id}: {program.mode}, times in {program.zone}")
    for r in rows:
        state = "over" if r["over"] else ("FULL" if r["free"] == 0 else f"{r['free']} free")
        print(
            f"  {r['start']}-{r['end']}  {r['exhibitor']:<28} {r['confirmed']} confirmed, "
            f"{r['pending']} pending of {r['capacity']}  {state}"
        )
    return 0


def _pool(args: argparse.Namespace):
    """The central pool's engine when ``--central-database`` (or its variable) is given."""
    from kiosk.cli.context import settings_from_args

    url = settings_from_args(args).central_database_url
    if not url:
        return None
    from kiosk.sync.engine import open_central

    return open_central(url)


def _list(args: argparse.Namespace) -> int:
    from kiosk.services.matching import meetings

    with database_from_args(args) as database, database.sessions() as session:
        program = _program(session)
        views = _from_pool(args, program, {})
        if views is None:
            views = meetings(session, program)
    rows = [
        {
            "id": v.id,
            "exhibitor": v.exhibitor,
            "start": v.local_start.strftime("%Y-%m-%dT%H:%M"),
            "end": v.local_end.strftime("%H:%M"),
            "table": v.table_no,
            "status": v.status,
            "lead": v.lead_id,
            "visitor": v.visitor,
            "company": v.company,
            "email": v.email,
            "phone": v.phone,
            "kiosk": v.kiosk_id,
        }
        for v in views
    ]
    return _print_meetings(args, program.event_id, rows)


def _print_meetings(args: argparse.Namespace, event_id: str, rows: list[dict]) -> int:
    if args.json:
        print(json.dumps({"event": event_id, "meetings": rows}, ensure_ascii=False, indent=1))
        return 0
    if not rows:
        print(f"no meetings booked (event {event_id})")
    for r in rows:
        contact = " ".join(x for x in (r["email"], r["phone"]) if x)
        print(
            f"  {r['start']}-{r['end']}  {r['exhibitor']} table {r['table']}  {r['status']:<9}"
            f"  {r['visitor']}{' · ' + r['company'] if r['company'] else ''}  {contact}  {r['id']}"
        )
    return 0


def _change(args: argparse.Namespace) -> int:
    from kiosk.services.matching import change_status

    central = _pool(args)
    if central is not None:
        from kiosk.sync.matching_pool import change_pool_status

        try:
            with central.begin() as connection:
                ident = change_pool_status(connection, args.id, args.change)
        finally:
            central.dispose()
        status = "confirmed" if args.change == "confirm" else "cancelled"
        print(f"meeting {ident} is now {status} in the pool")
        return 0
    with database_from_args(args) as database:
        meeting = change_status(database.sessions, args.id, args.change, actor="cli")
    print(f"meeting {meeting.id} is now {meeting.status}")
    return 0


def _agenda(args: argparse.Namespace) -> int:
    from kiosk.services.catalog import active_event
    from kiosk.services.matching import meetings
    from kiosk.services.matching_agenda import write_agendas

    with database_from_args(args) as database, database.sessions() as session:
        program = _program(session)
        event = active_event(session)
        assert event is not None
        if args.exhibitor is not None and not program.takes_part(args.exhibitor):
            raise KioskError(
                f"--exhibitor {args.exhibitor!r} does not take part in business matching",
                exit_code=2,
            )
        names = _names(session)
        views = _from_pool(args, program, names)
        if views is None:
            views = meetings(session, program)
        exhibitors = {e: names.get(e) or {"en": e} for e in program.capacity}
        written = write_agendas(
            args.out, views, exhibitors, event_name=event.name, only=args.exhibitor
        )
    for agenda in written:
        print(
            f"{agenda.exhibitor}: {agenda.meetings} meetings -> "
            f"{', '.join(str(f) for f in agenda.files)}"
        )
    return 0


def _conflicts(args: argparse.Namespace) -> int:
    from kiosk.sync.matching_pool import conflicts

    central = _pool(args)
    if central is None:
        raise KioskError(
            "conflicts are settled in the central pool: give --central-database URL", exit_code=2
        )
    with database_from_args(args) as database, database.sessions() as session:
        program = _program(session)
    try:
        with central.connect() as connection:
            found = conflicts(connection, program.event_id)
    finally:
        central.dispose()
    if not found:
        print("no conflicts: every booked table-slot holds one meeting")
    for c in found:
        contact = " ".join(x for x in (c.email, c.phone) if x)
        print(
            f"  {program.local(c.starts_at):%Y-%m-%d %H:%M}  {c.exhibitor} table {c.table_no}: "
            f"{c.visitor or '?'}{' · ' + c.company if c.company else ''}  {contact}  "
            f"(booked at {c.kiosk_id}; meeting {c.meeting_id}, kept {c.kept_meeting_id})"
        )
    return 0


def _ics(args: argparse.Namespace) -> int:
    from kiosk.services.calendar import lead_meetings_calendar

    with database_from_args(args) as database, database.sessions() as session:
        views, data = lead_meetings_calendar(session, args.lead)
    out: Path = args.out
    part = out.with_name(out.name + ".part")
    try:
        part.write_bytes(data)
        part.replace(out)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise KioskError(f"cannot write {out}: {exc.strerror or exc}") from None
    print(f"{len(views)} meetings -> {out}")
    return 0
