"""``kiosk leads add`` (a paper card typed in by staff) and ``kiosk leads list``.

``add`` goes through the same validation and the same durable, duplicate-merging save as the
kiosk's form, marked with source "staff"; only the wording of the errors names the options.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING

from kiosk.cli.context import open_database, settings_from_args
from kiosk.errors import KioskError

if TYPE_CHECKING:
    from kiosk.domain.leads import LeadValidationError

NO_EVENT = (
    "no event is loaded, so there is nothing to add a lead to: "
    "load the event's content pack first (kiosk import-content PATH)"
)
# Form fields as the options that fill them, for error messages.
OPTIONS = {
    "name": "--family-name/--given-name (or --name)",
    "family_name": "--family-name",
    "given_name": "--given-name",
    "answers": "--answer",
    "company": "--company",
    "job_title": "--job-title",
    "email": "--email",
    "phone": "--phone",
    "country": "--country",
    "sectors": "--sector",
    "exhibitors": "--exhibitor",
    "matching": "--meet-day",
    "matching_day": "--meet-day",
    "matching_slot": "--meet-slot",
    "message": "--message",
    "consents": "--consent",
}


def register_actions(
    actions: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]
) -> None:
    add = actions.add_parser(
        "add",
        parents=parents,
        help="enter a lead from a paper card (source 'staff')",
        description="Enter a lead from a paper card, with the same checks as the kiosk's form. "
        "A visitor already known by email or phone gets a new visit.",
    )
    add.add_argument("--family-name", default="", help="family name (surname), as written")
    add.add_argument("--given-name", default="", help="given name(s), as written")
    add.add_argument(
        "--name", default="", help="the whole name in one string, when the card does not split it"
    )
    add.add_argument("--company", default="")
    add.add_argument("--job-title", default="")
    add.add_argument("--email", default="")
    add.add_argument(
        "--phone", default="", help="as written; give --country unless it starts with +"
    )
    add.add_argument("--country", default="", metavar="CC", help="ISO code, e.g. MO, CN, PT, BR")
    add.add_argument("--exhibitor", action="extend", nargs="+", default=[], metavar="ID")
    add.add_argument("--sector", action="extend", nargs="+", default=[], metavar="ID")
    add.add_argument(
        "--meet",
        action="append",
        default=[],
        metavar="EXHIBITOR@YYYY-MM-DDTHH:MM",
        help="book a meeting slot with an exhibitor taking part in business matching (local "
        "time of the event; repeatable); saved with the lead or not at all",
    )
    add.add_argument(
        "--meet-day",
        default="",
        metavar="YYYY-MM-DD",
        help="a wish to meet the --exhibitor ones on this day (no slot booked)",
    )
    add.add_argument("--meet-slot", default="", choices=["", "am", "pm"])
    add.add_argument("--message", default="")
    add.add_argument(
        "--answer",
        action="append",
        default=[],
        metavar="EXHIBITOR:QUESTION=VALUE",
        help="an answer to an exhibitor's question (repeatable); VALUE is the text, or the "
        "choice id (several joined by ,)",
    )
    add.add_argument(
        "--consent",
        required=True,
        action="append",
        metavar="PURPOSE[,PURPOSE]",
        help="the consent purposes ticked on the card (the others are recorded as not given)",
    )
    add.add_argument(
        "--language",
        default="en",
        choices=["zh-Hant", "zh-Hans", "pt", "en"],
        help="language of the consent notice on the card (default en)",
    )
    add.set_defaults(func=_add)

    listing = actions.add_parser("list", parents=parents, help="lead counts and the latest leads")
    listing.add_argument("--event", metavar="ID", help="this event (default: the one loaded)")
    listing.add_argument("--limit", type=int, default=20, metavar="N", help="latest N (default 20)")
    listing.set_defaults(func=_list)


def parse_answers(values: list[str]) -> dict[str, dict[str, str]]:
    """``["vinhos:volume=1k-10k"]`` → ``{"vinhos": {"volume": "1k-10k"}}``; a clear error."""
    answers: dict[str, dict[str, str]] = {}
    for value in values:
        target, equals, text = value.partition("=")
        exhibitor, colon, question = target.partition(":")
        if not (equals and colon and exhibitor.strip() and question.strip()):
            raise KioskError(
                f"--answer: {value!r} is not EXHIBITOR:QUESTION=VALUE "
                "(for example vinhos-do-douro:volume=1k-10k)",
                exit_code=2,
            )
        given = answers.setdefault(exhibitor.strip(), {})
        if question.strip() in given:
            raise KioskError(f"--answer: {target} is answered twice", exit_code=2)
        given[question.strip()] = text
    return answers


def _consents(values: list[str]) -> dict[str, bool]:
    return {p.strip(): True for chunk in values for p in chunk.split(",") if p.strip()}


def _explain(exc: LeadValidationError, purposes: tuple[str, ...]) -> KioskError:
    """The errors in staff's terms: the option to fix rather than the visitor's field."""
    from kiosk.domain.leads import ANSWER_FIELD_PREFIX, CONSENT_FIELD_PREFIX
    from kiosk.domain.messages import Message

    parts = []
    for e in exc.errors:
        if e.field.startswith(ANSWER_FIELD_PREFIX):
            target = e.field.removeprefix(ANSWER_FIELD_PREFIX)
            message = e.message
            if e.code == "answer.not_a_choice":  # staff typed it: name the choices' ids
                message = Message("lead.answer.not_a_choice_of", choices=e.params["choices"])
            parts.append(f"--answer {target}: {message}")
        elif e.field.startswith(CONSENT_FIELD_PREFIX):
            purpose = e.field.removeprefix(CONSENT_FIELD_PREFIX)
            parts.append(f"--consent: '{purpose}' is required; enter the card only if it is ticked")
        elif e.code == "consent.unknown":
            parts.append(f"--consent: {e.message} Known purposes: {', '.join(purposes)}")
        else:
            parts.append(f"{OPTIONS.get(e.field, e.field)}: {e.message}")
    return KioskError("lead not saved: " + "; ".join(parts), exit_code=2)


def _add(args: argparse.Namespace) -> int:
    from kiosk.data.storage import reason_message
    from kiosk.domain.leads import LeadDraft, LeadValidationError
    from kiosk.domain.matching import BookingRefused, parse_meet
    from kiosk.services.identity import kiosk_id
    from kiosk.services.leads import LeadSaveError, SubmitResult, active_lead_rules, submit_lead
    from kiosk.services.matching import MeetingRequest

    meetings = [MeetingRequest(*parse_meet(value)) for value in args.meet]
    settings = settings_from_args(args)
    database = open_database(settings)
    try:
        rules = active_lead_rules(database.sessions)
        if rules is None:
            raise KioskError(NO_EVENT)
        draft = LeadDraft(
            name=args.name,
            family_name=args.family_name,
            given_name=args.given_name,
            answers=parse_answers(args.answer),
            company=args.company,
            job_title=args.job_title,
            email=args.email,
            phone=args.phone,
            country=args.country,
            sectors=args.sector,
            exhibitors=args.exhibitor,
            matching=bool(args.meet_day or args.meet_slot),
            matching_day=args.meet_day,
            matching_slot=args.meet_slot,
            message=args.message,
            consents=_consents(args.consent),
        )
        kiosk = kiosk_id(database.sessions)

        def submit() -> SubmitResult:
            return submit_lead(
                database.sessions,
                draft,
                rules=rules,
                kiosk_id=kiosk,
                language=args.language,
                source="staff",
                meetings=meetings,
            )

        try:
            if meetings and settings.central_database_url:
                from kiosk.sync.matching_pool import submit_taking_more

                url = settings.central_database_url
                result = submit_taking_more(submit, database.sessions, url, kiosk, meetings)
            else:
                result = submit()
        except LeadValidationError as exc:
            raise _explain(exc, rules.consent.purpose_ids) from None
        except BookingRefused as exc:
            raise KioskError(f"lead not saved: --meet: {exc}", exit_code=2) from None
        except LeadSaveError as exc:  # its own text is meant for a visitor on the screen
            cause = reason_message(exc.reason, settings_from_args(args).data_dir)
            raise KioskError(f"lead not saved: {cause or exc.detail}") from None
    finally:
        database.dispose()
    if result.created:
        print(f"saved new lead {result.lead_id} for event {rules.event_id}")
    else:
        print(
            f"added visit {result.visit_count} to lead {result.lead_id} "
            f"(same {result.matched_on} as an earlier visit)"
        )
        if result.differing:
            print(
                f"note: {', '.join(result.differing)} differ from the lead's details; "
                "the lead keeps the earlier ones, this visit keeps what was entered"
            )
    for meeting_id, request in zip(result.meetings, meetings, strict=True):
        when = request.starts_at.strftime("%Y-%m-%d %H:%M")
        print(f"booked meeting {meeting_id} with {request.exhibitor} at {when}")
    return 0


def _when(at: datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%MZ")


def _list(args: argparse.Namespace) -> int:
    from kiosk.services.catalog import active_event
    from kiosk.services.lead_stats import latest_leads, lead_counts

    database = open_database(settings_from_args(args))
    try:
        event_id = args.event
        if event_id is None:
            with database.sessions() as session:
                event = active_event(session)
                event_id = event.id if event is not None else None
        counts = lead_counts(database.sessions, event_id)
        rows = latest_leads(database.sessions, event_id=event_id, limit=args.limit)
    finally:
        database.dispose()
    scope = f"event {event_id}" if event_id else "all events"
    if not counts:
        print(f"no leads yet ({scope})")
        return 0
    for c in counts:
        print(
            f"event {c.event_id}: {c.leads} leads ({c.returning} returning, "
            f"{c.from_staff} entered by staff), {c.visits} visits, "
            f"{c.matching_requests} matching requests"
        )
    print(f"\nlatest {len(rows)} ({scope}, most recent visit first, times in UTC):")
    for r in rows:
        contact = " ".join(x for x in (r.email, r.phone_e164) if x)
        visits = f"{r.visit_count} visits" if r.visit_count > 1 else "1 visit"
        staff = " [staff]" if r.source == "staff" else ""
        print(
            f"  {_when(r.last_visit_at)}  {r.name}"
            f"{' · ' + r.company if r.company else ''}  {contact}  "
            f"{visits}, {r.exhibitors} exhibitors{staff}  {r.id}"
        )
    return 0
