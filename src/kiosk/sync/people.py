"""Merging the pool's leads into people: a re-runnable step that never touches a raw row.

Within one event, two leads are the same person when their normalised emails match or their
E.164 phones match, transitively (an email at one kiosk, a phone at another and both at a third
make one person), counting every email and phone a lead was ever given: its visits keep each
entry, the lead row only the latest. Different events never merge. The step rebuilds the
derived ``people`` and ``person_leads`` tables from the raw rows every time, so running it
again, or after more rows arrive in any order, gives the one answer the raw rows imply.
Consents are never merged: every consent record stays on its lead, and a person's history is
all of their leads' consents (:func:`consent_history`); the latest answer for a purpose counts.

A person's id is the id of their earliest lead (ties broken by id), so it is stable across runs;
their details are those of the lead updated last (a returning visitor's latest entry wins).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, select, text

from kiosk.data.types import utcnow
from kiosk.domain.leads.contact import email_key
from kiosk.sync.central import FACTS, lead_consents, leads, people, person_leads

lead_visits = FACTS["lead_visits"]

# Any 64-bit number unique to this step: two kiosks merging at once take turns.
_ADVISORY_LOCK = 0x6B696F736B_0001


def normalise_email(raw: str | None) -> str | None:
    """The comparison key of an email: NFKC (full-width ``ａｎｎ＠…`` from a Chinese IME becomes
    ASCII), no whitespace anywhere, case-folded. None when nothing is left."""
    if not raw:
        return None
    folded = email_key("".join(unicodedata.normalize("NFKC", raw).split()))
    return folded or None


def normalise_phone(raw: str | None) -> str | None:
    """The comparison key of an E.164 phone (the kiosk already stores E.164): no spaces."""
    if not raw:
        return None
    compact = "".join(raw.split())
    return compact or None


@dataclass(frozen=True)
class LeadFacts:
    """The columns of a pooled lead that merging looks at."""

    id: str
    event_id: str
    kiosk_id: str
    name: str
    email: str | None
    phone_e164: str | None
    created_at: datetime
    updated_at: datetime
    visit_count: int = 1
    company: str | None = None
    job_title: str | None = None
    country: str | None = None
    language: str = "en"
    family_name: str | None = None
    given_name: str | None = None


@dataclass(frozen=True)
class Person:
    id: str
    event_id: str
    lead_ids: tuple[str, ...]
    latest: LeadFacts
    first_seen: datetime
    last_seen: datetime
    visit_count: int
    kiosk_ids: tuple[str, ...]


def group_people(
    lead_rows: Iterable[LeadFacts], visits: Iterable[tuple[str, str | None, str | None]] = ()
) -> list[Person]:
    """People from leads (union-find over shared email or phone keys within an event).

    ``visits`` are ``(lead_id, email, phone_e164)`` of every visit: earlier details still link.
    """
    rows = sorted(lead_rows, key=lambda lead: (lead.created_at, lead.id))
    given: dict[str, set[tuple[str, str | None]]] = {}
    for lead_id, email, phone in visits:
        given.setdefault(lead_id, set()).update(
            (("email", normalise_email(email)), ("phone", normalise_phone(phone)))
        )
    parent = list(range(len(rows)))

    def find(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    owner: dict[tuple[str, str, str], int] = {}
    for index, lead in enumerate(rows):
        keys = {("email", normalise_email(lead.email)), ("phone", normalise_phone(lead.phone_e164))}
        for kind, key in sorted(keys | given.get(lead.id, set()), key=str):
            if key is None:
                continue
            seen = owner.setdefault((lead.event_id, kind, key), index)
            first, second = find(seen), find(index)
            if first != second:
                parent[max(first, second)] = min(first, second)  # the earliest lead stays root

    groups: dict[int, list[LeadFacts]] = {}
    for index, lead in enumerate(rows):
        groups.setdefault(find(index), []).append(lead)
    result = []
    for members in groups.values():
        latest = max(members, key=lambda lead: (lead.updated_at, lead.id))
        result.append(
            Person(
                id=members[0].id,
                event_id=members[0].event_id,
                lead_ids=tuple(sorted(lead.id for lead in members)),
                latest=latest,
                first_seen=members[0].created_at,
                last_seen=max(lead.updated_at for lead in members),
                visit_count=sum(lead.visit_count for lead in members),
                kiosk_ids=tuple(sorted({lead.kiosk_id for lead in members})),
            )
        )
    return sorted(result, key=lambda person: person.id)


@dataclass(frozen=True)
class MergeReport:
    leads: int
    people: int

    @property
    def merged(self) -> int:
        """Leads folded into another lead's person."""
        return self.leads - self.people


def _person_row(person: Person, merged_at: datetime) -> dict[str, Any]:
    latest = person.latest
    return {
        "id": person.id,
        "event_id": person.event_id,
        "name": latest.name,
        "family_name": latest.family_name,
        "given_name": latest.given_name,
        "company": latest.company,
        "job_title": latest.job_title,
        "email": latest.email,
        "email_key": normalise_email(latest.email),
        "phone_e164": latest.phone_e164,
        "country": latest.country,
        "language": latest.language,
        "first_seen": person.first_seen,
        "last_seen": person.last_seen,
        "lead_count": len(person.lead_ids),
        "visit_count": person.visit_count,
        "kiosk_ids": ",".join(person.kiosk_ids)[:1000],
        "merged_at": merged_at,
    }


def _insert_chunked(connection: Connection, table: Any, rows: Sequence[dict[str, Any]]) -> None:
    for start in range(0, len(rows), 2000):
        connection.execute(insert(table), list(rows[start : start + 2000]))


def lock_merging(connection: Connection) -> None:
    """Hold the merge lock until the transaction ends (PostgreSQL; SQLite has one writer)."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _ADVISORY_LOCK})


def find_people(connection: Connection) -> tuple[int, list[Person]]:
    """How many leads the pool holds, and the people they make (computed, nothing written)."""
    columns = [leads.c[name] for name in LeadFacts.__dataclass_fields__]
    lead_rows = [LeadFacts(**row._mapping) for row in connection.execute(select(*columns))]
    visit_keys = select(lead_visits.c.lead_id, lead_visits.c.email, lead_visits.c.phone_e164)
    found = group_people(lead_rows, [tuple(row) for row in connection.execute(visit_keys)])
    return len(lead_rows), found


def write_people(connection: Connection, found: Sequence[Person]) -> None:
    """Replace ``people`` and ``person_leads`` with ``found`` (under :func:`lock_merging`)."""
    merged_at = utcnow()
    connection.execute(delete(person_leads))
    connection.execute(delete(people))
    _insert_chunked(connection, people, [_person_row(person, merged_at) for person in found])
    links = [
        {"lead_id": lead_id, "person_id": person.id, "event_id": person.event_id}
        for person in found
        for lead_id in person.lead_ids
    ]
    _insert_chunked(connection, person_leads, links)


def merge_people(central: Engine) -> MergeReport:
    """Rebuild ``people`` and ``person_leads`` from the pooled leads, in one transaction."""
    with central.begin() as connection:
        lock_merging(connection)
        count, found = find_people(connection)
        write_people(connection, found)
    return MergeReport(leads=count, people=len(found))


def consent_history(connection: Connection, person_id: str) -> list[dict[str, Any]]:
    """Every consent record of every lead of a person, oldest first (nothing dropped)."""
    query = (
        select(lead_consents)
        .join(person_leads, person_leads.c.lead_id == lead_consents.c.lead_id)
        .where(person_leads.c.person_id == person_id)
        .order_by(lead_consents.c.at, lead_consents.c.id)
    )
    return [dict(row._mapping) for row in connection.execute(query)]
