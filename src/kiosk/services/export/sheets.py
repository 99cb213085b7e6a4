"""What each export sheet holds: headers and the cells of one lead.

The organiser's workbook has three sheets (leads, consents, matching requests); ``leads.csv``
is its leads sheet. An exhibitor's file has one sheet with only what that exhibitor may see:
no other exhibitors the visitor chose, no consent trail.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo

from kiosk.domain.zones import event_zone
from kiosk.services.consent_answers import (
    SHARE_WITH_EXHIBITORS,
    latest_answers,
    sharing_purpose,
)
from kiosk.services.export.coverage import version_of
from kiosk.services.export.labels import Labels
from kiosk.services.export.source import (
    ConsentAnswer,
    EventInfo,
    LeadRecord,
    MeetingRequest,
    aware,
)

Cell = str | int

LEADS = "leads"
CONSENTS = "consents"
MEETINGS = "matching requests"
ANSWERS = "answers"  # the organiser's workbook: every answer to an exhibitor's question
EXHIBITOR = "exhibitor"  # rows of an exhibitor's file (its one sheet is named LEADS)

# Rows for one sheet, in order, with the (lead id, version) pairs they hold (leads sheets only).
Chunk = tuple[str, list[list[Cell]], list[tuple[str, int]]]

LEAD_ID_HEADER = "Lead ID"


@dataclass(frozen=True)
class SheetContext:
    """Facts shared by every row: the consent purposes shown as columns, each event's zone."""

    purposes: tuple[str, ...] = ()
    zones: Mapping[str, tzinfo] = field(default_factory=dict)
    labels: Labels = field(default_factory=Labels)
    # The purpose whose yes shares a lead with exhibitors, per event (``consent_answers``).
    sharing: Mapping[str, str] = field(default_factory=dict)

    def sharing_purpose(self, event_id: str) -> str:
        return self.sharing.get(event_id, SHARE_WITH_EXHIBITORS)

    @classmethod
    def build(
        cls, purposes: list[str], events: Mapping[str, EventInfo], labels: Labels | None = None
    ) -> SheetContext:
        ordered: list[str] = []
        for info in events.values():  # the pack's order first, then any others seen
            for purpose in info.consent.get("purposes", []):
                pid = purpose.get("id") if isinstance(purpose, dict) else None
                if isinstance(pid, str) and pid not in ordered:
                    ordered.append(pid)
        ordered += [p for p in purposes if p not in ordered]
        zones = {eid: event_zone(info.timezone) for eid, info in events.items()}
        sharing = {eid: sharing_purpose(info.consent) for eid, info in events.items()}
        return cls(tuple(ordered), zones, labels or Labels(), sharing)

    _minutes: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict, compare=False)

    def local(self, event_id: str, at: datetime) -> str:
        """``at`` in the event's time zone, with its offset: ``2026-11-05 09:00:00+08:00``."""
        zone = self.zones.get(event_id, UTC)
        return aware(at).astimezone(zone).isoformat(sep=" ", timespec="seconds")

    def local_text(self, event_id: str, stored: str) -> str:
        """``local`` of a UTC time as SQLite stores it (``2026-11-05 01:00:00.000000``).

        Offsets are whole minutes, so each minute is converted once and its seconds copied:
        an export of 100,000 leads converts a few thousand minutes instead of every time.
        """
        key = (event_id, stored[:16])
        minute = self._minutes.get(key)
        if minute is None:
            at = datetime.fromisoformat(stored[:16]).replace(tzinfo=UTC)
            text = self.local(event_id, at)  # "YYYY-MM-DD HH:MM:00+08:00"
            minute = self._minutes[key] = (text[:16], text[19:])
        return minute[0] + stored[16:19] + minute[1]


def _text(value: str | None) -> str:
    return value or ""


def _yes_no(granted: bool) -> str:
    return "yes" if granted else "no"


def utc_text(at: datetime) -> str:
    """``2026-11-05T01:00:00Z``."""
    return aware(at).astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _date(value: date | None) -> str:
    return value.isoformat() if value else ""


def meeting_text(request: MeetingRequest) -> str:
    parts = [_date(request.preferred_date) or "any day"]
    if request.slot:
        parts.append(request.slot)
    return " ".join(parts)


# Who the visitor is, in the same columns in every leads sheet.
PERSON_HEADER = [
    "Created (local time)",
    "Name",
    "Family name",
    "Given name",
    "Company",
    "Job title",
    "Email",
    "Phone",
    "Country",
    "Language",
]


def _person(lead: LeadRecord, ctx: SheetContext) -> list[Cell]:
    return [
        ctx.local(lead.event_id, lead.created_at),
        lead.name,
        _text(lead.family_name),
        _text(lead.given_name),
        _text(lead.company),
        _text(lead.job_title),
        _text(lead.email),
        _text(lead.phone),
        _text(lead.country),
        lead.language,
    ]


def lead_header(ctx: SheetContext) -> list[str]:
    return [
        LEAD_ID_HEADER,
        "Event",
        *PERSON_HEADER,
        "Exhibitors",
        "Sectors",
        "Message",
        "Visits",
        "Kiosk",
        "Source",
        "Consent version",
        *(f"Consent: {purpose}" for purpose in ctx.purposes),
    ]


def lead_cells(lead: LeadRecord, ctx: SheetContext) -> list[Cell]:
    answers = lead.latest_answers()
    latest = max(lead.consents, key=lambda a: (a.at, a.version), default=None)
    consent_cells = [_yes_no(answers[p].granted) if p in answers else "" for p in ctx.purposes]
    return [
        lead.id,
        lead.event_id,
        *_person(lead, ctx),
        "; ".join(lead.exhibitors),
        "; ".join(lead.sectors),
        _text(lead.message),
        lead.visit_count,
        lead.kiosk_id,
        lead.source,
        latest.version if latest else "",
        *consent_cells,
    ]


def consent_header(ctx: SheetContext) -> list[str]:
    return [
        LEAD_ID_HEADER,
        "Answered at (UTC)",
        "Consent version",
        "Language shown",
        *(f"Consent: {purpose}" for purpose in ctx.purposes),
    ]


def consent_rows(lead: LeadRecord, ctx: SheetContext) -> Iterator[list[Cell]]:
    """One row per set of answers given together, one column per purpose (blank: not asked).

    Sets come in the order they were given; in a set, a purpose answered twice shows the
    answer in force (``latest_answers``), as in the SQL twin ``kiosk_rows.CONSENT_SETS``.
    """
    sets: dict[tuple[object, str, str], list[ConsentAnswer]] = {}
    for answer in lead.consents:
        sets.setdefault(answer.answer_set, []).append(answer)
    firsts = {key: min(given, key=lambda a: a.at) for key, given in sets.items()}
    for key in sorted(sets, key=lambda k: (firsts[k].at, firsts[k].version, firsts[k].language)):
        given, first = sets[key], firsts[key]
        answers = latest_answers(given)
        yield [
            lead.id,
            utc_text(first.at),
            first.version,
            first.language,
            *(_yes_no(answers[p].granted) if p in answers else "" for p in ctx.purposes),
        ]


MEETING_HEADER = [
    LEAD_ID_HEADER,
    "Name",
    "Company",
    "Exhibitor",
    "Preferred date",
    "Half-day",
    "Requested at (local time)",
]


def meeting_rows(lead: LeadRecord, ctx: SheetContext) -> Iterator[list[Cell]]:
    for request in lead.meetings:
        yield [
            lead.id,
            lead.name,
            _text(lead.company),
            request.exhibitor,
            _date(request.preferred_date),
            _text(request.slot),
            ctx.local(lead.event_id, request.created_at),
        ]


EXHIBITOR_HEADER = [
    LEAD_ID_HEADER,
    *PERSON_HEADER,
    "Sectors",
    "Message",
    "Meeting requested",
]


def exhibitor_header(ctx: SheetContext, exhibitor: str) -> list[str]:
    """An exhibitor's file: the visitor, then one column per question it asks (its wording)."""
    questions = ctx.labels.question_ids(exhibitor)
    return [*EXHIBITOR_HEADER, *(ctx.labels.question(exhibitor, q) for q in questions)]


def exhibitor_cells(lead: LeadRecord, exhibitor: str, ctx: SheetContext) -> list[Cell]:
    meetings = [meeting_text(m) for m in lead.meetings if m.exhibitor == exhibitor]
    answers = lead.answers_for(exhibitor)
    labels = ctx.labels
    return [
        lead.id,
        *_person(lead, ctx),
        "; ".join(lead.sectors),
        _text(lead.message),
        "; ".join(meetings),
        *(labels.answer(exhibitor, q, answers.get(q, "")) for q in labels.question_ids(exhibitor)),
    ]


ANSWER_HEADER = [
    LEAD_ID_HEADER,
    "Exhibitor",
    "Question",
    "Answer",
    "Answered at (local time)",
]


def answer_cells(
    ctx: SheetContext, lead_id: str, exhibitor: str, question: str, value: str, at: str
) -> list[Cell]:
    """A row of the answers sheet; ``at`` is already the local time text."""
    labels = ctx.labels
    return [
        lead_id,
        labels.exhibitor(exhibitor),
        labels.question(exhibitor, question),
        labels.answer(exhibitor, question, value),
        at,
    ]


def answer_rows(lead: LeadRecord, ctx: SheetContext) -> Iterator[list[Cell]]:
    for a in lead.answers:
        at = ctx.local(lead.event_id, a.at)
        yield answer_cells(ctx, lead.id, a.exhibitor, a.question, a.value, at)


def record_chunks(
    batches: Iterable[list[LeadRecord]],
    exhibitor: str | None,
    ctx: SheetContext,
    sheets: Collection[str],
) -> Iterator[Chunk]:
    """The sheets' rows from loaded records, batch by batch (a source's ``sheet_rows`` when it
    reads records, as the central pool does); ``exhibitor`` names an exhibitor's file."""
    for batch in batches:
        versions = [(i, version_of(at)) for lead in batch for i, at in lead.held_versions()]
        if LEADS in sheets:
            yield LEADS, [lead_cells(lead, ctx) for lead in batch], versions
        if EXHIBITOR in sheets and exhibitor is not None:
            yield EXHIBITOR, [exhibitor_cells(lead, exhibitor, ctx) for lead in batch], versions
        if CONSENTS in sheets:
            yield CONSENTS, [row for lead in batch for row in consent_rows(lead, ctx)], []
        if MEETINGS in sheets:
            yield MEETINGS, [row for lead in batch for row in meeting_rows(lead, ctx)], []
        if ANSWERS in sheets:
            yield ANSWERS, [row for lead in batch for row in answer_rows(lead, ctx)], []
