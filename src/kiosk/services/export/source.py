"""Leads read from the database in batches, each with its consents, interests and requests.

Every query takes a ``Scope`` so that the rows written, the rows counted for verification and
the leads marked as exported are chosen by one definition. A lead's ``changed_at`` is the
latest time on it or on any of its child rows: an export covers a lead only as it was then.

An export reads through a :class:`LeadSource`: this kiosk's own leads (``kiosk_source``,
the default) or the merged central pool (``kiosk.sync.export_source``); the writers and the
read-back verification are the same for both. ``load_leads`` loads whole records (for the
central pool and the wipe); ``iter_batches`` walks this kiosk's leads as records, the
reference a test holds the kiosk's SQL rows to.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import (
    ColumnElement,
    Connection,
    DateTime,
    Select,
    String,
    and_,
    cast,
    func,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session, sessionmaker

from kiosk.data.lead_tables import LOCAL, LeadTables
from kiosk.data.models import (
    Event,
    Exhibitor,
    Lead,
    LeadAnswer,
    LeadConsent,
    LeadExhibitor,
    MatchingRequest,
    Setting,
)
from kiosk.data.settings_repo import ACTIVE_EVENT
from kiosk.domain.ltext import localize
from kiosk.services.consent_answers import (
    Sharing,
    latest_answers,
    shares_with_exhibitors,
)
from kiosk.services.export.digest import IdDigest

if TYPE_CHECKING:
    from kiosk.services.export.labels import Labels
    from kiosk.services.export.sheets import Chunk, SheetContext

BATCH_SIZE = 2000


@dataclass(frozen=True)
class Scope:
    """Which leads: changed since a time, and/or the ones one exhibitor may receive."""

    since: datetime | None = None
    exhibitor: str | None = None
    # Events whose purpose sharing with exhibitors is not the default id (``consent_answers``).
    sharing: Sharing = ()


@dataclass(frozen=True)
class ConsentAnswer:
    purpose: str
    granted: bool
    version: str
    language: str
    at: datetime
    visit_id: str | None = None

    @property
    def answer_set(self) -> tuple[object, str, str]:
        """Answers given together (one form, one notice version and language) share this."""
        return (self.visit_id or self.at, self.version, self.language)


@dataclass(frozen=True)
class MeetingRequest:
    exhibitor: str
    preferred_date: date | None
    slot: str | None
    created_at: datetime


@dataclass(frozen=True)
class QuestionAnswer:
    """A visitor's answer to an exhibitor's question (``value`` as stored: text or choice ids)."""

    exhibitor: str
    question: str
    value: str
    at: datetime


@dataclass
class LeadRecord:
    """A lead with everything the export files show about it (or a merged person's leads).

    ``changed_at`` is the newest time on the lead or any of its child rows: its version. An
    export covers a lead only at that version; any later change makes a wipe keep it.
    """

    id: str
    event_id: str
    kiosk_id: str
    source: str
    name: str
    company: str | None
    job_title: str | None
    email: str | None
    phone_e164: str | None
    phone_raw: str | None
    country: str | None
    language: str
    created_at: datetime  # naive UTC on SQLite: see ``aware``
    updated_at: datetime
    visit_count: int
    family_name: str | None = None
    given_name: str | None = None
    exhibitors: list[str] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    consents: list[ConsentAnswer] = field(default_factory=list)
    meetings: list[MeetingRequest] = field(default_factory=list)
    answers: list[QuestionAnswer] = field(default_factory=list)  # oldest first
    message: str | None = None
    changed_at: datetime | None = None
    # A merged person's record: (lead id, version) of each lead it shows.
    lead_versions: list[tuple[str, datetime]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.changed_at = max(self.created_at, self.updated_at)

    def held_versions(self) -> list[tuple[str, datetime]]:
        """The (lead id, version) pairs an export of this record holds."""
        if self.lead_versions:
            return list(self.lead_versions)
        return [(self.id, self.changed_at)] if self.changed_at else []

    @property
    def phone(self) -> str | None:
        return self.phone_e164 or self.phone_raw

    def touch(self, at: datetime) -> None:
        """Note a child row's time: the lead's version is the newest time it carries."""
        if self.changed_at is None or at > self.changed_at:
            self.changed_at = at

    def latest_answers(self) -> dict[str, ConsentAnswer]:
        """The answer in force per purpose (see ``kiosk.services.consent_answers``)."""
        return latest_answers(self.consents)

    def answers_for(self, exhibitor: str) -> dict[str, str]:
        """The answer in force (the latest) to each of ``exhibitor``'s questions."""
        return {a.question: a.value for a in self.answers if a.exhibitor == exhibitor}


def scope_clauses(scope: Scope) -> list[ColumnElement[bool]]:
    clauses: list[ColumnElement[bool]] = []
    if scope.since is not None:
        clauses.append(or_(Lead.created_at >= scope.since, Lead.updated_at >= scope.since))
    if scope.exhibitor is not None:
        # IN lets SQLite start from the exhibitor's index entries instead of every lead.
        chose = select(LeadExhibitor.lead_id).where(LeadExhibitor.exhibitor_ref == scope.exhibitor)
        clauses.append(Lead.id.in_(chose))
        clauses.append(shares_with_exhibitors(scope.sharing))
    return clauses


def lead_ids_in(scope: Scope) -> Select[Any]:
    return select(Lead.id).where(*scope_clauses(scope))


def _of_leads_in(lead_id: Any, scope: Scope) -> list[ColumnElement[bool]]:
    """Child rows of leads in ``scope`` (no condition at all when the scope is every lead)."""
    return [lead_id.in_(lead_ids_in(scope))] if scope_clauses(scope) else []


def id_digest(conn: Connection, scope: Scope) -> IdDigest:
    """Count and order-free digest of the ids of the leads in ``scope``."""
    digest = IdDigest()
    digest.add_all(conn.execute(lead_ids_in(scope)).scalars())
    return digest


def answer_set(consent: Any) -> tuple[Any, ...]:
    """SQL twin of ``ConsentAnswer.answer_set`` for a consents table's columns."""
    return (
        func.coalesce(consent.visit_id, cast(consent.at, String)),
        consent.consent_version,
        consent.language,
    )


def count_answer_sets(conn: Connection, scope: Scope) -> int:
    """Rows of the consents sheet: SQL twin of grouping by ``ConsentAnswer.answer_set``."""
    sets = (
        select(LeadConsent.lead_id, *answer_set(LeadConsent))
        .where(*_of_leads_in(LeadConsent.lead_id, scope))
        .distinct()
        .subquery()
    )
    return int(conn.execute(select(func.count()).select_from(sets)).scalar_one())


def count_meetings(conn: Connection, scope: Scope) -> int:
    query = select(func.count(MatchingRequest.id)).where(
        *_of_leads_in(MatchingRequest.lead_id, scope)
    )
    if scope.exhibitor is not None:
        query = query.where(MatchingRequest.exhibitor_ref == scope.exhibitor)
    return int(conn.execute(query).scalar_one())


def exhibitors_with_leads(conn: Connection, scope: Scope) -> list[str]:
    """Exhibitors chosen by at least one lead in ``scope`` who agreed to share with them."""
    query = (
        select(LeadExhibitor.exhibitor_ref)
        .join(Lead, Lead.id == LeadExhibitor.lead_id)
        .where(*scope_clauses(scope), shares_with_exhibitors(scope.sharing))
        .distinct()
        .order_by(LeadExhibitor.exhibitor_ref)
    )
    return list(conn.execute(query).scalars())


def count_answers(conn: Connection, scope: Scope) -> int:
    """Rows of the answers sheet: every answer to an exhibitor's question."""
    query = select(func.count(LeadAnswer.id)).where(*_of_leads_in(LeadAnswer.lead_id, scope))
    return int(conn.execute(query).scalar_one())


def consent_facts(conn: Connection, scope: Scope) -> tuple[list[str], list[str]]:
    """The consent purposes the leads in ``scope`` answered, and the notice versions they were
    shown (one pass over the answers)."""
    columns = (LeadConsent.purpose, LeadConsent.consent_version)
    query = select(*columns).where(*_of_leads_in(LeadConsent.lead_id, scope)).distinct()
    rows = conn.execute(query).all()
    return sorted({purpose for purpose, _ in rows}), sorted({version for _, version in rows})


@dataclass(frozen=True)
class EventInfo:
    id: str
    timezone: str
    consent: dict[str, Any]


def events(conn: Connection) -> dict[str, EventInfo]:
    """The events whose content is loaded, by id (for time zones and consent versions)."""
    rows = conn.execute(select(Event.id, Event.timezone, Event.consent)).all()
    return {row.id: EventInfo(row.id, row.timezone, dict(row.consent or {})) for row in rows}


def _after(point: tuple[datetime, str]) -> ColumnElement[bool]:
    """Leads after ``point`` in export order (creation time, then id)."""
    return and_(
        Lead.created_at >= point[0],  # lets SQLite range-scan the index
        or_(Lead.created_at > point[0], Lead.id > point[1]),
    )


def _up_to(point: tuple[datetime, str]) -> ColumnElement[bool]:
    """Leads up to and including ``point`` in export order."""
    return and_(
        Lead.created_at <= point[0],
        or_(Lead.created_at < point[0], Lead.id <= point[1]),
    )


def load_leads(
    conn: Connection, batch: Select[Any], tables: LeadTables = LOCAL
) -> list[LeadRecord]:
    """The leads whose ids ``batch`` selects, children attached (in no particular order).

    ``tables``: the kiosk's own, or the central pool's mirror of them (same columns).
    """
    columns = lead_columns(tables)
    rows = conn.execute(select(*columns).where(tables.leads.c.id.in_(batch))).all()
    records = [LeadRecord(*row) for row in rows]
    _attach_children(conn, records, batch, tables)
    return records


def iter_batches(
    conn: Connection, scope: Scope, batch_size: int = BATCH_SIZE
) -> Iterator[list[LeadRecord]]:
    """Leads in ``scope`` oldest first, ``batch_size`` at a time, children attached.

    Child rows are fetched by joining a query for the batch's ids: for all leads, the range of
    creation times the batch spans (a list of 2,000 ids costs SQLAlchemy seconds to expand
    into parameters over 100,000 leads); for a filtered scope, where that range would hold
    many leads outside it, the list of ids.
    """
    clauses = scope_clauses(scope)
    last: tuple[datetime, str] | None = None
    while True:
        bounds = [*clauses, *([_after(last)] if last else [])]
        query = select(*lead_columns(LOCAL)).where(*bounds).order_by(Lead.created_at, Lead.id)
        rows = conn.execute(query.limit(batch_size)).all()
        if not rows:
            return
        records = [LeadRecord(*row) for row in rows]
        upto = (aware(records[-1].created_at), records[-1].id)
        if clauses:
            batch = select(Lead.id).where(Lead.id.in_([r.id for r in records]))
        else:
            batch = select(Lead.id).where(*bounds, _up_to(upto))
        _attach_children(conn, records, batch)
        yield records
        last = upto


def aware(at: datetime) -> datetime:
    """Export queries read times without the model's per-value conversion (it costs seconds
    over a million values); this marks one as UTC when it is used."""
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


def _plain(column: Any) -> Any:
    return type_coerce(column, DateTime()).label(column.key)


def lead_columns(tables: LeadTables) -> tuple[Any, ...]:
    """The lead columns a ``LeadRecord`` is built from, in its field order."""
    lead = tables.leads.c
    return (
        lead.id,
        lead.event_id,
        lead.kiosk_id,
        lead.source,
        lead.name,
        lead.company,
        lead.job_title,
        lead.email,
        lead.phone_e164,
        lead.phone_raw,
        lead.country,
        lead.language,
        _plain(lead.created_at),
        _plain(lead.updated_at),
        lead.visit_count,
        lead.family_name,
        lead.given_name,
    )


def _attach_children(
    conn: Connection, records: list[LeadRecord], batch: Select[Any], tables: LeadTables = LOCAL
) -> None:
    """Add each lead's child rows, and note the newest time among them as its version."""
    by_id = {record.id: record for record in records}
    exhibitor, sector = tables.exhibitors.c, tables.sectors.c
    consent, meeting, visit = tables.consents.c, tables.meetings.c, tables.visits.c
    asked = tables.answers.c

    interests = (
        ("exhibitors", exhibitor.lead_id, exhibitor.exhibitor_ref, exhibitor.added_at),
        ("sectors", sector.lead_id, sector.sector_ref, sector.added_at),
    )
    for field_name, lead_col, ref_col, added_col in interests:
        query: Select[Any] = (
            select(lead_col, ref_col, _plain(added_col))
            .where(lead_col.in_(batch))
            .order_by(added_col, ref_col)
        )
        for lead_id, ref, at in conn.execute(query).all():
            getattr(by_id[lead_id], field_name).append(ref)
            by_id[lead_id].touch(at)

    query = (
        select(
            consent.lead_id,
            consent.purpose,
            consent.granted,
            consent.consent_version,
            consent.language,
            _plain(consent.at),
            consent.visit_id,
        )
        .where(consent.lead_id.in_(batch))
        .order_by(consent.at, consent.purpose)
    )
    for lead_id, purpose, granted, version, language, at, visit_id in conn.execute(query).all():
        answer = ConsentAnswer(purpose, bool(granted), version, language, at, visit_id)
        by_id[lead_id].consents.append(answer)
        by_id[lead_id].touch(at)

    query = (
        select(
            meeting.lead_id,
            meeting.exhibitor_ref,
            meeting.preferred_date,
            meeting.slot,
            _plain(meeting.created_at),
        )
        .where(meeting.lead_id.in_(batch))
        .order_by(meeting.created_at, meeting.exhibitor_ref)
    )
    for lead_id, ref, preferred, slot, created_at in conn.execute(query).all():
        by_id[lead_id].meetings.append(MeetingRequest(ref, preferred, slot, created_at))
        by_id[lead_id].touch(created_at)

    query = (
        select(
            asked.lead_id, asked.exhibitor_ref, asked.question_ref, asked.value, _plain(asked.at)
        )
        .where(asked.lead_id.in_(batch))
        .order_by(asked.at, asked.id)
    )
    for lead_id, ref, question, value, at in conn.execute(query).all():
        by_id[lead_id].answers.append(QuestionAnswer(ref, question, value, at))
        by_id[lead_id].touch(at)

    query = (
        select(visit.lead_id, _plain(visit.at), visit.message)
        .where(visit.lead_id.in_(batch))
        .order_by(visit.at)
    )
    for lead_id, at, message in conn.execute(query).all():
        by_id[lead_id].touch(at)
        if message:
            by_id[lead_id].message = message  # the latest visit's message wins
    for record in records:
        record.changed_at = aware(record.changed_at or record.created_at)


def exhibitor_names(conn: Connection, refs: Sequence[str]) -> dict[str, str]:
    """English names of the exhibitors with these ids (from the loaded content)."""
    if not refs:
        return {}
    rows = conn.execute(select(Exhibitor.slug, Exhibitor.name).where(Exhibitor.slug.in_(refs)))
    return {slug: localize(name, "en") for slug, name in rows}


def active_event(conn: Connection) -> str | None:
    return conn.execute(select(Setting.value).where(Setting.key == ACTIVE_EVENT)).scalar()


# --------------------------------------------------------------------------- sources


class LeadSource(Protocol):
    """What an export reads, all from one consistent snapshot.

    The record ids it yields are what the files' ``Lead ID`` column holds and what
    verification compares: ``id_digest`` and the counts must describe exactly the records
    ``sheet_rows`` yields for the same scope. Content facts (events, exhibitor names, the
    active event) come from this kiosk's database whatever the leads' source.
    """

    def purposes(self, scope: Scope) -> list[str]: ...
    def consent_versions(self, scope: Scope) -> list[str]: ...
    def id_digest(self, scope: Scope) -> IdDigest: ...
    def count_answer_sets(self, scope: Scope) -> int: ...
    def count_meetings(self, scope: Scope) -> int: ...
    def count_answers(self, scope: Scope) -> int: ...
    def records(self, scope: Scope) -> Iterator[list[LeadRecord]]:
        """The leads in ``scope`` as records, oldest first, in batches (the CRM files)."""
        ...

    def labels(self, language: str) -> Labels:
        """Names for the ids the files show, from this kiosk's content."""
        ...

    def exhibitors_with_leads(self, scope: Scope) -> list[str]: ...
    def sheet_rows(
        self, scope: Scope, ctx: SheetContext, sheets: Collection[str]
    ) -> Iterator[Chunk]:
        """Rows of the named sheets (``sheets.LEADS`` ...), each sheet's in export order;
        ``EXHIBITOR`` rows are for ``scope.exhibitor``'s file."""
        ...

    def events(self) -> dict[str, EventInfo]: ...
    def exhibitor_names(self, refs: Sequence[str]) -> dict[str, str]: ...
    def active_event(self) -> str | None: ...
    def facts(self) -> dict[str, Any]:
        """Extra manifest entries that say where the leads came from."""
        ...


class LeadSourceFactory(Protocol):
    """Opens a :class:`LeadSource` for one export. ``label`` names the export's folder
    (``leads-<label>-<time>``; None: the kiosk's id)."""

    label: str | None

    def open(self, sessions: sessionmaker[Session]) -> AbstractContextManager[LeadSource]: ...
