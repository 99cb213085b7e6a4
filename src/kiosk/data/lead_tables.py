"""The lead fact tables of one database, as a bundle: a kiosk's own, or the central pool's mirror.

The pool's tables copy the kiosk's column for column (``kiosk.sync.central``), so a query
written against a :class:`LeadTables` runs on either: the export's lead loader and the erasure's
visitor match are written once and used on both.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import CompoundSelect, Table, func, or_, select, union

from kiosk.data.models import Base


@dataclass(frozen=True)
class LeadTables:
    leads: Table
    visits: Table
    consents: Table
    exhibitors: Table
    sectors: Table
    meetings: Table
    answers: Table

    @classmethod
    def named(cls, tables: Mapping[str, Table]) -> LeadTables:
        """The bundle from tables keyed by their (shared) names."""
        return cls(
            leads=tables["leads"],
            visits=tables["lead_visits"],
            consents=tables["lead_consents"],
            exhibitors=tables["lead_exhibitors"],
            sectors=tables["lead_sectors"],
            meetings=tables["matching_requests"],
            answers=tables["lead_answers"],
        )


LOCAL = LeadTables.named(Base.metadata.tables)


def lead_ids_matching(
    tables: LeadTables, *, email_key: str | None = None, phone_e164: str | None = None
) -> CompoundSelect:
    """Ids of every lead that was ever given this email key or E.164 phone: on the lead itself
    or on any of its visits (a visit may name a lead whose row has not arrived yet in the pool).

    ``email_key`` is :func:`kiosk.domain.leads.contact.email_key` of the address; older rows are
    also matched on their lower-cased address.
    """
    if (email_key is None) == (phone_e164 is None):
        raise ValueError("match on exactly one of email_key and phone_e164")
    lead, visit = tables.leads.c, tables.visits.c
    if email_key is not None:
        on_lead = or_(lead.email_key == email_key, func.lower(lead.email) == email_key)
        on_visit = or_(visit.email_key == email_key, func.lower(visit.email) == email_key)
    else:
        on_lead = lead.phone_e164 == phone_e164
        on_visit = visit.phone_e164 == phone_e164
    return union(select(lead.id).where(on_lead), select(visit.lead_id).where(on_visit))
