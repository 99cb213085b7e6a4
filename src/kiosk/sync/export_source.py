"""``kiosk export --central``: the same verified export, of the merged central pool.

The records are people, not leads (the merge rule of :mod:`kiosk.sync.people`, run first so
every pooled lead belongs to one): one row per person, with the details of their latest lead,
every exhibitor and sector any of their leads chose, every matching request, and every consent
answer of every lead as history (the consents sheet lists each set of answers given together;
the answer in force for a purpose is the latest across all their leads). An exhibitor's file
holds the people who chose that exhibitor on any lead and whose answer in force to
``share-with-exhibitors``, across all their leads, is yes. The ``Lead ID`` column holds the
person's id (their earliest lead's id).

The export's record lists every lead of every person at the version the pool held, so erasure
reports name it, and a wipe here may count a lead as exported only if the pool held it as it is
now (a wipe with a pool also waits until every lead has been pushed).

The pool is read in one snapshot (REPEATABLE READ on PostgreSQL), the kiosk's content facts
(event time zones, consent texts, exhibitor names) in another, and every pool query under a
deadline, so a frozen link fails the export instead of hanging it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Select,
    and_,
    exists,
    func,
    or_,
    select,
    true,
)
from sqlalchemy.orm import Session, sessionmaker

from kiosk.data.transactions import read_snapshot
from kiosk.services.consent_answers import Sharing, is_sharing, replaces
from kiosk.services.export.digest import IdDigest
from kiosk.services.export.kiosk_source import KioskSource
from kiosk.services.export.labels import Labels
from kiosk.services.export.sheets import Chunk, SheetContext, record_chunks
from kiosk.services.export.source import (
    EventInfo,
    LeadRecord,
    Scope,
    answer_set,
    aware,
    load_leads,
)
from kiosk.sync.central import POOL, people, person_leads
from kiosk.sync.engine import deadline, describe
from kiosk.sync.people import merge_people

BATCH_SIZE = 1000
QUERY_DEADLINE_S = 120.0  # one query of a large pool over a slow link; a frozen one fails

_person = people.c
_link = person_leads.c
_consent = POOL.consents.c
_exhibitor = POOL.exhibitors.c
_meeting = POOL.meetings.c


def person_shares(person_id: Any, sharing: Sharing = ()) -> ColumnElement[bool]:
    """SQL: the person's answer in force to the sharing purpose (``Scope.sharing``), across
    every lead of theirs, is yes (``consent_answers.latest_answers`` over a folded record's
    consents)."""
    link, answer = person_leads.alias(), POOL.consents.alias()
    later_link, later = person_leads.alias(), POOL.consents.alias()
    superseded = exists().where(
        later_link.c.person_id == link.c.person_id,
        later.c.lead_id == later_link.c.lead_id,
        later.c.purpose == answer.c.purpose,
        replaces(later.c, answer.c),
    )
    return exists().where(
        link.c.person_id == person_id,
        answer.c.lead_id == link.c.lead_id,
        is_sharing(link.c.event_id, answer.c.purpose, sharing),
        answer.c.granted.is_(true()),
        ~superseded,
    )


def scope_clauses(scope: Scope) -> list[ColumnElement[bool]]:
    """Which people: changed since a time (any of their leads), and/or the ones an exhibitor
    may receive."""
    clauses: list[ColumnElement[bool]] = []
    if scope.since is not None:
        clauses.append(_person.last_seen >= scope.since)  # their newest lead's update
    if scope.exhibitor is not None:
        chose = (
            select(_link.person_id)
            .join(POOL.exhibitors, _exhibitor.lead_id == _link.lead_id)
            .where(_exhibitor.exhibitor_ref == scope.exhibitor)
        )
        clauses.append(_person.id.in_(chose))
        clauses.append(person_shares(_person.id, scope.sharing))
    return clauses


def people_in(scope: Scope) -> Select[Any]:
    return select(_person.id).where(*scope_clauses(scope))


def leads_of_people_in(scope: Scope) -> Select[Any]:
    """Ids of the pooled leads of the people in ``scope`` (leads pushed after the merge that
    began this export belong to nobody yet and are left for the next one)."""
    query = select(_link.lead_id)
    if scope_clauses(scope):
        query = query.where(_link.person_id.in_(people_in(scope)))
    return query


def fold(person_id: str, leads: Sequence[LeadRecord]) -> LeadRecord:
    """One person's record from their leads: the latest lead's details (the merge rule), every
    interest, request and consent answer of all of them."""
    ordered = sorted(leads, key=lambda lead: (aware(lead.created_at), lead.id))
    newest_first = sorted(leads, key=lambda lead: (aware(lead.updated_at), lead.id), reverse=True)
    latest = newest_first[0]
    record = LeadRecord(
        id=person_id,
        event_id=latest.event_id,
        kiosk_id=", ".join(sorted({lead.kiosk_id for lead in leads})),
        source=", ".join(sorted({lead.source for lead in leads})),
        name=latest.name,
        company=latest.company,
        job_title=latest.job_title,
        email=latest.email,
        phone_e164=latest.phone_e164,
        phone_raw=latest.phone_raw,
        country=latest.country,
        language=latest.language,
        created_at=ordered[0].created_at,
        updated_at=latest.updated_at,
        visit_count=sum(lead.visit_count for lead in leads),
        family_name=latest.family_name,
        given_name=latest.given_name,
        exhibitors=list(dict.fromkeys(ref for lead in ordered for ref in lead.exhibitors)),
        sectors=list(dict.fromkeys(ref for lead in ordered for ref in lead.sectors)),
        consents=sorted(
            (answer for lead in leads for answer in lead.consents),
            key=lambda answer: (aware(answer.at), answer.purpose),
        ),
        meetings=sorted(
            (request for lead in leads for request in lead.meetings),
            key=lambda request: (aware(request.created_at), request.exhibitor),
        ),
        answers=sorted(
            (answer for lead in leads for answer in lead.answers),
            key=lambda answer: (aware(answer.at), answer.exhibitor, answer.question),
        ),
        message=next((lead.message for lead in newest_first if lead.message), None),
        lead_versions=[(lead.id, aware(lead.changed_at or lead.created_at)) for lead in ordered],
    )
    record.changed_at = max(version for _lead, version in record.lead_versions)
    return record


class PoolSource:
    """The merged pool as an export's ``LeadSource``; content facts from this kiosk."""

    def __init__(self, pool: Connection, kiosk: KioskSource, pool_name: str) -> None:
        self.pool = pool
        self.kiosk = kiosk
        self.pool_name = pool_name

    def _rows(self, query: Any) -> list[Any]:
        with deadline(self.pool, QUERY_DEADLINE_S):
            return self.pool.execute(query).all()

    def _values(self, query: Any) -> list[Any]:
        return [row[0] for row in self._rows(query)]

    def purposes(self, scope: Scope) -> list[str]:
        return self._consent_values(scope, _consent.purpose)

    def consent_versions(self, scope: Scope) -> list[str]:
        return self._consent_values(scope, _consent.consent_version)

    def _consent_values(self, scope: Scope, column: Any) -> list[str]:
        query = select(column).where(_consent.lead_id.in_(leads_of_people_in(scope))).distinct()
        return self._values(query.order_by(column))

    def id_digest(self, scope: Scope) -> IdDigest:
        digest = IdDigest()
        digest.add_all(self._values(people_in(scope)))
        return digest

    def count_answer_sets(self, scope: Scope) -> int:
        """Rows of the consents sheet: answers given together, per person."""
        sets = (
            select(_link.person_id, *answer_set(_consent))
            .select_from(POOL.consents)
            .join(person_leads, _link.lead_id == _consent.lead_id)
            .where(_consent.lead_id.in_(leads_of_people_in(scope)))
            .distinct()
            .subquery()
        )
        return int(self._values(select(func.count()).select_from(sets))[0])

    def count_meetings(self, scope: Scope) -> int:
        query = select(func.count()).where(_meeting.lead_id.in_(leads_of_people_in(scope)))
        if scope.exhibitor is not None:
            query = query.where(_meeting.exhibitor_ref == scope.exhibitor)
        return int(self._values(query)[0])

    def count_answers(self, scope: Scope) -> int:
        answer = POOL.answers.c
        query = select(func.count()).where(answer.lead_id.in_(leads_of_people_in(scope)))
        return int(self._values(query)[0])

    def records(self, scope: Scope) -> Iterator[list[LeadRecord]]:
        return self.iter_batches(scope)

    def labels(self, language: str) -> Labels:
        return self.kiosk.labels(language)

    def exhibitors_with_leads(self, scope: Scope) -> list[str]:
        """Exhibitors chosen by a person in ``scope`` who agreed to share with exhibitors."""
        query = (
            select(_exhibitor.exhibitor_ref)
            .join(person_leads, _link.lead_id == _exhibitor.lead_id)
            .join(people, _person.id == _link.person_id)
            .where(*scope_clauses(scope), person_shares(_person.id, scope.sharing))
            .distinct()
            .order_by(_exhibitor.exhibitor_ref)
        )
        return self._values(query)

    def sheet_rows(
        self, scope: Scope, ctx: SheetContext, sheets: Collection[str]
    ) -> Iterator[Chunk]:
        return record_chunks(self.iter_batches(scope), scope.exhibitor, ctx, sheets)

    def iter_batches(
        self, scope: Scope, batch_size: int = BATCH_SIZE
    ) -> Iterator[list[LeadRecord]]:
        """People in ``scope``, first seen first, ``batch_size`` at a time, each folded from
        their leads."""
        clauses = scope_clauses(scope)
        last: tuple[Any, str] | None = None
        while True:
            bounds = list(clauses)
            if last is not None:
                bounds.append(
                    or_(
                        _person.first_seen > last[0],
                        and_(_person.first_seen == last[0], _person.id > last[1]),
                    )
                )
            query = select(_person.id, _person.first_seen).where(*bounds)
            batch = self._rows(query.order_by(_person.first_seen, _person.id).limit(batch_size))
            if not batch:
                return
            ids = [row.id for row in batch]
            owners = dict(
                self._rows(select(_link.lead_id, _link.person_id).where(_link.person_id.in_(ids)))
            )
            wanted = select(_link.lead_id).where(_link.person_id.in_(ids))
            with deadline(self.pool, QUERY_DEADLINE_S):
                loaded = load_leads(self.pool, wanted, POOL)
            by_person: dict[str, list[LeadRecord]] = defaultdict(list)
            for lead in loaded:
                by_person[owners[lead.id]].append(lead)
            yield [fold(person_id, by_person[person_id]) for person_id in ids]
            last = (batch[-1].first_seen, batch[-1].id)

    def events(self) -> dict[str, EventInfo]:
        return self.kiosk.events()

    def exhibitor_names(self, refs: Sequence[str]) -> dict[str, str]:
        return self.kiosk.exhibitor_names(refs)

    def active_event(self) -> str | None:
        return self.kiosk.active_event()

    def facts(self) -> dict[str, Any]:
        return {"source": "central pool", "pool": self.pool_name}


class CentralLeads:
    """Opens the merged pool for an export (``export_leads(..., source=CentralLeads(engine))``);
    people are merged first."""

    label = "pool"

    def __init__(self, central: Engine) -> None:
        self.central = central

    @contextmanager
    def open(self, sessions: sessionmaker[Session]) -> Iterator[PoolSource]:
        merge_people(self.central)
        pool_sessions = sessionmaker(bind=self.central)
        with read_snapshot(sessions) as here, read_snapshot(pool_sessions) as pool:
            yield PoolSource(pool, KioskSource(here), describe(self.central.url))
