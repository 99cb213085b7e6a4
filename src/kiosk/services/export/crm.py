"""Files a CRM imports as they are: a Salesforce Lead import and a HubSpot contacts import.

Each has exactly the columns the CRM's import wizard maps by name (README "CRM files"), one
header row, one row per lead, UTF-8 without a byte order mark (Salesforce's Data Import Wizard
and HubSpot both read UTF-8; a BOM would stick to the first header's name). Free text is made
formula-safe by the exports' one neutraliser (``csv_safety.neutralise_formulas``); the email and
the E.164 phone number are checked values, never a formula, and stay exactly as the CRM must
read them (``+85366123456``, not ``'+85366123456``).

An exhibitor's file shows only what that exhibitor may see: its own questions' answers and
meeting request, never the other exhibitors the visitor chose.
"""

from __future__ import annotations

from kiosk.domain.names import split_name
from kiosk.services.export.csv_safety import neutralise_formulas
from kiosk.services.export.sheets import Cell, SheetContext, meeting_text
from kiosk.services.export.source import LeadRecord

SALESFORCE = "salesforce"
HUBSPOT = "hubspot"
KINDS = (SALESFORCE, HUBSPOT)
CRM_LANGUAGE = "en"  # country names and the event (Lead Source) as a CRM's picklists hold them
NO_COMPANY = "[not provided]"  # Salesforce refuses a Lead without Company

SALESFORCE_HEADER = [
    "First Name",
    "Last Name",
    "Company",
    "Title",
    "Email",
    "Phone",
    "Country",
    "Lead Source",
    "Description",
    "Email Opt Out",
]
HUBSPOT_HEADER = [
    "First Name",
    "Last Name",
    "Email",
    "Phone Number",
    "Company Name",
    "Job Title",
    "Country/Region",
]


def _questions(ctx: SheetContext, exhibitor: str | None) -> list[tuple[str, str]]:
    """(exhibitor, question) pairs whose answers a file shows: the exhibitor's, or everyone's."""
    labels = ctx.labels
    owners = [exhibitor] if exhibitor is not None else sorted(labels.questions)
    return [(owner, q) for owner in owners for q in labels.question_ids(owner)]


def header(kind: str, ctx: SheetContext, exhibitor: str | None) -> list[str]:
    if kind == SALESFORCE:
        return list(SALESFORCE_HEADER)
    labels = ctx.labels
    extra = [
        labels.question(owner, q)
        if exhibitor is not None
        else f"{labels.exhibitor(owner)}: {labels.question(owner, q)}"
        for owner, q in _questions(ctx, exhibitor)
    ]
    return [*HUBSPOT_HEADER, *extra]


def names(lead: LeadRecord) -> tuple[str, str]:
    """(first, last): the parts as typed; a lead saved before them is split like a phone would."""
    if lead.family_name or lead.given_name:
        return lead.given_name or "", lead.family_name or lead.given_name or ""
    family, given = split_name(lead.name)
    return given, family


def _text(value: str | None) -> str:
    return neutralise_formulas(value) if value else ""


def _answers(lead: LeadRecord) -> dict[tuple[str, str], str]:
    """(exhibitor, question) → the answer in force (records list answers oldest first)."""
    return {(a.exhibitor, a.question): a.value for a in lead.answers}


def _opt_out(lead: LeadRecord, ctx: SheetContext, exhibitor: str | None) -> int:
    """1 unless the visitor agreed to be contacted by whoever reads the file: for an exhibitor,
    sharing with exhibitors; for the organiser, every purpose of the notice (its news too)."""
    answers = lead.latest_answers()
    if exhibitor is not None:
        share = answers.get(ctx.sharing_purpose(lead.event_id))
        return 0 if share is not None and share.granted else 1
    return 0 if answers and all(a.granted for a in answers.values()) else 1


def description(lead: LeadRecord, ctx: SheetContext, exhibitor: str | None) -> str:
    """Interests, answers, meeting request and message, one per line, in the staff's language."""
    labels = ctx.labels
    lines = []
    if exhibitor is None and lead.exhibitors:
        lines.append("Exhibitors: " + "; ".join(labels.exhibitor(e) for e in lead.exhibitors))
    if lead.sectors:
        lines.append("Sectors: " + "; ".join(labels.sector(s) for s in lead.sectors))
    given = _answers(lead)
    for owner, question in _questions(ctx, exhibitor):
        value = given.get((owner, question))
        if value:
            prefix = "" if exhibitor is not None else f"{labels.exhibitor(owner)}: "
            answer = labels.answer(owner, question, value)
            lines.append(f"{prefix}{labels.question(owner, question)} {answer}")
    meetings = [m for m in lead.meetings if exhibitor is None or m.exhibitor == exhibitor]
    for m in meetings:
        who = "" if exhibitor is not None else f" with {labels.exhibitor(m.exhibitor)}"
        lines.append(f"Meeting requested{who}: {meeting_text(m)}")
    if lead.message:
        lines.append(f"Message: {lead.message}")
    return "\n".join(lines)


def cells(kind: str, lead: LeadRecord, ctx: SheetContext, exhibitor: str | None) -> list[Cell]:
    first, last = names(lead)
    email, phone = lead.email or "", lead.phone_e164 or ""
    labels = ctx.labels
    country = labels.country(lead.country, CRM_LANGUAGE)
    if kind == SALESFORCE:
        return [
            _text(first),
            _text(last),
            _text(lead.company) or NO_COMPANY,
            _text(lead.job_title),
            email,
            phone,
            country,
            _text(labels.event(lead.event_id, CRM_LANGUAGE)),
            _text(description(lead, ctx, exhibitor)),
            str(_opt_out(lead, ctx, exhibitor)),
        ]
    given = _answers(lead)
    answers = [
        _text(labels.answer(owner, q, given.get((owner, q), "")))
        for owner, q in _questions(ctx, exhibitor)
    ]
    return [
        _text(first),
        _text(last),
        email,
        phone,
        _text(lead.company),
        _text(lead.job_title),
        country,
        *answers,
    ]
