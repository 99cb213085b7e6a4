"""SQLAlchemy 2 typed models.

Two families live here. *Content* (event, pavilions, sectors, exhibitors, products, contacts) is
replaced wholesale by a content-pack import. *Facts* (leads, visits, consents, interests,
matching requests, analytics, audit) are append-mostly and never touched by an import, so they
refer to content by the pack's string ids (``exhibitor_ref``), not by foreign keys, and use UUID
keys so rows from several kiosks can later be pooled without clashes.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from kiosk.data.types import UTCDateTime, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

LText = dict[str, str]


def new_uuid() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy's documented class attribute
        datetime: UTCDateTime(),
        LText: JSON(),
        dict[str, Any]: JSON(),
    }


# --------------------------------------------------------------------------- content


class Event(Base):
    """One event's content, as last imported from a content pack."""

    __tablename__ = "events"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[LText]
    venue: Mapped[LText | None]
    starts: Mapped[date] = mapped_column(Date)
    ends: Mapped[date] = mapped_column(Date)
    timezone: Mapped[str] = mapped_column(String(64))
    default_language: Mapped[str | None] = mapped_column(String(16))  # new visitors start in it
    organizer: Mapped[dict[str, Any] | None]
    brand: Mapped[dict[str, Any] | None]
    consent: Mapped[dict[str, Any]]
    matching: Mapped[dict[str, Any] | None]  # the pack's matching section (schema.Matching)
    content_sha256: Mapped[str] = mapped_column(String(64))
    source_path: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)

    pavilions: Mapped[list[Pavilion]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="Pavilion.position"
    )
    sectors: Mapped[list[Sector]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="Sector.position"
    )
    exhibitors: Mapped[list[Exhibitor]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="Exhibitor.position"
    )


class Pavilion(Base):
    __tablename__ = "pavilions"
    __table_args__ = (UniqueConstraint("event_id", "slug"),)

    pk: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    slug: Mapped[str] = mapped_column(String(64))
    name: Mapped[LText]
    short_name: Mapped[LText | None]  # for tiles and chips (content pack ``short_name``)
    map_path: Mapped[str | None] = mapped_column(Text)
    map_width: Mapped[int | None]
    map_height: Mapped[int | None]
    # Named places on the map where a kiosk may stand: [{"id", "label", "x", "y"}]
    positions: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    position: Mapped[int] = mapped_column(default=0)

    event: Mapped[Event] = relationship(back_populates="pavilions")


exhibitor_sectors = Table(
    "exhibitor_sectors",
    Base.metadata,
    Column(
        "exhibitor_pk",
        ForeignKey("exhibitors.pk", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("sector_pk", ForeignKey("sectors.pk", ondelete="CASCADE"), primary_key=True),
)


class Sector(Base):
    __tablename__ = "sectors"
    __table_args__ = (UniqueConstraint("event_id", "slug"),)

    pk: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    slug: Mapped[str] = mapped_column(String(64))
    name: Mapped[LText]
    short_name: Mapped[LText | None]
    position: Mapped[int] = mapped_column(default=0)

    event: Mapped[Event] = relationship(back_populates="sectors")


class Exhibitor(Base):
    __tablename__ = "exhibitors"
    __table_args__ = (UniqueConstraint("event_id", "slug"),)

    pk: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    slug: Mapped[str] = mapped_column(String(64))
    name: Mapped[LText]
    short_name: Mapped[LText | None]
    pavilion_pk: Mapped[int] = mapped_column(ForeignKey("pavilions.pk", ondelete="CASCADE"))
    country: Mapped[str] = mapped_column(String(2))
    booth_code: Mapped[str | None] = mapped_column(String(32))
    booth_x: Mapped[float | None] = mapped_column(Float)
    booth_y: Mapped[float | None] = mapped_column(Float)
    summary: Mapped[LText | None]
    description: Mapped[LText | None]
    logo_path: Mapped[str | None] = mapped_column(Text)
    logo_thumb_path: Mapped[str | None] = mapped_column(Text)
    # Qualifying questions as in the pack: [{"id", "type", "required", "text", "choices"}]
    questions: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    position: Mapped[int] = mapped_column(default=0)

    event: Mapped[Event] = relationship(back_populates="exhibitors")
    pavilion: Mapped[Pavilion] = relationship()
    sectors: Mapped[list[Sector]] = relationship(secondary=exhibitor_sectors)
    products: Mapped[list[Product]] = relationship(
        back_populates="exhibitor", cascade="all, delete-orphan", order_by="Product.position"
    )
    contact: Mapped[Contact | None] = relationship(
        back_populates="exhibitor", cascade="all, delete-orphan", uselist=False
    )


class Product(Base):
    __tablename__ = "products"

    pk: Mapped[int] = mapped_column(primary_key=True)
    exhibitor_pk: Mapped[int] = mapped_column(
        ForeignKey("exhibitors.pk", ondelete="CASCADE"), index=True
    )
    name: Mapped[LText]
    origin: Mapped[str | None] = mapped_column(String(2))
    image_path: Mapped[str | None] = mapped_column(Text)
    thumb_path: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(default=0)

    exhibitor: Mapped[Exhibitor] = relationship(back_populates="products")


class Contact(Base):
    """An exhibitor's contact card; the source of its QR codes. Phone is stored as E.164."""

    __tablename__ = "contacts"

    exhibitor_pk: Mapped[int] = mapped_column(
        ForeignKey("exhibitors.pk", ondelete="CASCADE"), primary_key=True
    )
    person: Mapped[LText | None]
    family_name: Mapped[LText | None]
    given_name: Mapped[LText | None]
    title: Mapped[LText | None]
    email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(32))
    website: Mapped[str | None] = mapped_column(Text)
    wechat: Mapped[str | None] = mapped_column(String(64))
    wechat_code: Mapped[str | None] = mapped_column(Text)  # what its WeChat/WeCom QR holds

    exhibitor: Mapped[Exhibitor] = relationship(back_populates="contact")


# --------------------------------------------------------------------------- facts


class Lead(Base):
    """A visitor who left their contact, once per event (matched on email key or E.164 phone).

    Fields hold the details first given; a later visit only fills the empty ones, never
    overwrites: each :class:`LeadVisit` keeps exactly what was typed that time.
    """

    __tablename__ = "leads"
    __table_args__ = (
        Index("ix_leads_event_email", "event_id", "email_key"),
        Index("ix_leads_event_phone", "event_id", "phone_e164"),
        Index("ix_leads_created_at_id", "created_at", "id"),  # time ranges; export order
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    event_id: Mapped[str] = mapped_column(String(64), index=True)
    kiosk_id: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(16), default="kiosk")
    name: Mapped[str] = mapped_column(String(200))  # the whole name, for display
    company: Mapped[str | None] = mapped_column(String(200))
    job_title: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))
    email_key: Mapped[str | None] = mapped_column(String(320))
    phone_raw: Mapped[str | None] = mapped_column(String(64))
    phone_e164: Mapped[str | None] = mapped_column(String(32))
    country: Mapped[str | None] = mapped_column(String(2))
    language: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_visit_at: Mapped[datetime] = mapped_column(default=utcnow)
    visit_count: Mapped[int] = mapped_column(default=1)
    family_name: Mapped[str | None] = mapped_column(String(200))  # None on leads before 0004
    given_name: Mapped[str | None] = mapped_column(String(200))

    visits: Mapped[list[LeadVisit]] = relationship(
        back_populates="lead", cascade="all, delete-orphan", order_by="LeadVisit.at"
    )
    consents: Mapped[list[LeadConsent]] = relationship(
        back_populates="lead", cascade="all, delete-orphan", order_by="LeadConsent.at"
    )
    exhibitors: Mapped[list[LeadExhibitor]] = relationship(
        back_populates="lead", cascade="all, delete-orphan"
    )
    sectors: Mapped[list[LeadSector]] = relationship(
        back_populates="lead", cascade="all, delete-orphan"
    )
    matching_requests: Mapped[list[MatchingRequest]] = relationship(
        back_populates="lead", cascade="all, delete-orphan"
    )
    meetings: Mapped[list[Meeting]] = relationship(
        back_populates="lead", cascade="all, delete-orphan", order_by="Meeting.starts_at"
    )
    answers: Mapped[list[LeadAnswer]] = relationship(
        back_populates="lead", cascade="all, delete-orphan", order_by="LeadAnswer.at"
    )


class LeadVisit(Base):
    """One submission of the form (or staff entry): what was typed, when, where.

    Duplicates are found through the visits (every address or number a visitor ever gave),
    hence ``event_id`` and ``email_key`` here and the two indexes.
    """

    __tablename__ = "lead_visits"
    __table_args__ = (
        Index("ix_lead_visits_event_email", "event_id", "email_key"),
        Index("ix_lead_visits_event_phone", "event_id", "phone_e164"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    lead_id: Mapped[str] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"), index=True)
    event_id: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    kiosk_id: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(16), default="kiosk")
    language: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(200))
    company: Mapped[str | None] = mapped_column(String(200))
    job_title: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))
    email_key: Mapped[str | None] = mapped_column(String(320))
    phone_raw: Mapped[str | None] = mapped_column(String(64))
    phone_e164: Mapped[str | None] = mapped_column(String(32))
    country: Mapped[str | None] = mapped_column(String(2))
    message: Mapped[str | None] = mapped_column(Text)
    family_name: Mapped[str | None] = mapped_column(String(200))
    given_name: Mapped[str | None] = mapped_column(String(200))

    lead: Mapped[Lead] = relationship(back_populates="visits")


class LeadConsent(Base):
    """One purpose answered on one visit, with the notice version and language shown."""

    __tablename__ = "lead_consents"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    lead_id: Mapped[str] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"), index=True)
    visit_id: Mapped[str | None] = mapped_column(
        ForeignKey("lead_visits.id", ondelete="CASCADE"), index=True
    )
    purpose: Mapped[str] = mapped_column(String(64))
    granted: Mapped[bool] = mapped_column(Boolean)
    consent_version: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    kiosk_id: Mapped[str] = mapped_column(String(64))

    lead: Mapped[Lead] = relationship(back_populates="consents")


class LeadExhibitor(Base):
    """A lead's interest in an exhibitor (by the pack's exhibitor id), merged over its visits.

    Keyed by (lead, exhibitor): adding the same interest again is a no-op, here and on sync.
    """

    __tablename__ = "lead_exhibitors"

    lead_id: Mapped[str] = mapped_column(
        ForeignKey("leads.id", ondelete="CASCADE"), primary_key=True
    )
    exhibitor_ref: Mapped[str] = mapped_column(String(64), primary_key=True, index=True)
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
    visit_id: Mapped[str | None] = mapped_column(  # the visit that first named it
        ForeignKey("lead_visits.id", ondelete="SET NULL")
    )

    lead: Mapped[Lead] = relationship(back_populates="exhibitors")


class LeadSector(Base):
    """A lead's interest in a sector (by the pack's sector id), merged over its visits."""

    __tablename__ = "lead_sectors"

    lead_id: Mapped[str] = mapped_column(
        ForeignKey("leads.id", ondelete="CASCADE"), primary_key=True
    )
    sector_ref: Mapped[str] = mapped_column(String(64), primary_key=True)
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
    visit_id: Mapped[str | None] = mapped_column(  # the visit that first named it
        ForeignKey("lead_visits.id", ondelete="SET NULL")
    )

    lead: Mapped[Lead] = relationship(back_populates="sectors")


class MatchingRequest(Base):
    """A request to meet an exhibitor, with the preferred day and half-day."""

    __tablename__ = "matching_requests"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    lead_id: Mapped[str] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"), index=True)
    visit_id: Mapped[str | None] = mapped_column(ForeignKey("lead_visits.id", ondelete="CASCADE"))
    exhibitor_ref: Mapped[str] = mapped_column(String(64))
    preferred_date: Mapped[date | None] = mapped_column(Date)
    slot: Mapped[str | None] = mapped_column(String(2))  # "am" or "pm"
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    lead: Mapped[Lead] = relationship(back_populates="matching_requests")


# Meeting statuses that hold their table (a pending one only until it expires).
ACTIVE_MEETING = ("pending", "confirmed")
MEETING_STATUSES = (*ACTIVE_MEETING, "cancelled", "no_show", "expired", "conflict")


class Meeting(Base):
    """A booked business matching meeting: one table of an exhibitor for one slot.

    A fact like the lead it belongs to (UUID key, event and kiosk ids), but one that changes:
    staff confirm, cancel, move or mark a no-show, so ``updated_at`` decides which version wins
    in the central pool, as for leads. ``table_no`` (1 to the exhibitor's capacity) names the
    table, so "no table-slot booked twice" is a unique index over the active meetings.
    """

    __tablename__ = "meetings"
    __table_args__ = (
        Index("ix_meetings_slot", "event_id", "exhibitor_ref", "starts_at"),
        Index(
            "uq_meetings_table_slot",
            "event_id",
            "exhibitor_ref",
            "starts_at",
            "table_no",
            unique=True,
            sqlite_where=Column("status").in_(ACTIVE_MEETING),
            postgresql_where=Column("status").in_(ACTIVE_MEETING),
        ),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    lead_id: Mapped[str] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"), index=True)
    visit_id: Mapped[str | None] = mapped_column(ForeignKey("lead_visits.id", ondelete="SET NULL"))
    event_id: Mapped[str] = mapped_column(String(64))
    exhibitor_ref: Mapped[str] = mapped_column(String(64))
    starts_at: Mapped[datetime] = mapped_column()
    ends_at: Mapped[datetime] = mapped_column()
    table_no: Mapped[int] = mapped_column(default=1)
    status: Mapped[str] = mapped_column(String(16))
    expires_at: Mapped[datetime | None] = mapped_column()  # a pending request's hold
    kiosk_id: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    lead: Mapped[Lead] = relationship(back_populates="meetings")


class MatchingLease(Base):
    """A table of one slot this kiosk may book, leased from the central pool (with a pool only;
    a kiosk alone owns every table). Offline, the kiosk books only its leased tables."""

    __tablename__ = "matching_leases"

    event_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    exhibitor_ref: Mapped[str] = mapped_column(String(64), primary_key=True)
    starts_at: Mapped[datetime] = mapped_column(primary_key=True)
    table_no: Mapped[int] = mapped_column(primary_key=True)
    leased_at: Mapped[datetime] = mapped_column(default=utcnow)


class LeadAnswer(Base):
    """A visitor's answer to an exhibitor's qualifying question, on one visit.

    ``value`` is the text typed or the choice ids joined by ``,``; the question's wording and
    the choices' labels stay in the content (``Exhibitor.questions``). A later visit's answer
    to the same question is a new row; the newest is the one in force.
    """

    __tablename__ = "lead_answers"
    __table_args__ = (Index("ix_lead_answers_exhibitor", "exhibitor_ref", "lead_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    lead_id: Mapped[str] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"), index=True)
    visit_id: Mapped[str | None] = mapped_column(ForeignKey("lead_visits.id", ondelete="CASCADE"))
    exhibitor_ref: Mapped[str] = mapped_column(String(64))
    question_ref: Mapped[str] = mapped_column(String(64))
    value: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(default=utcnow)

    lead: Mapped[Lead] = relationship(back_populates="answers")


class LeadSummary(Base):
    """A lead's child rows folded into what its export row shows; read-only here.

    Kept by SQLite triggers (migration 0002) in the transaction that changes a child row, so an
    export reads one row per lead instead of gathering its interests, visits and consents.
    ``answers`` is the answer in force per purpose as ``\\x1fpurpose=yes\\x1f...\\x1f``;
    ``changed_at`` is the newest time on any child row (the lead's own times are on the lead).
    """

    __tablename__ = "lead_summaries"
    __table_args__ = ({"sqlite_with_rowid": False},)  # kept in lead id order: one lookup each

    lead_id: Mapped[str] = mapped_column(
        ForeignKey("leads.id", ondelete="CASCADE"), primary_key=True
    )
    exhibitors: Mapped[str] = mapped_column(Text, server_default="")
    sectors: Mapped[str] = mapped_column(Text, server_default="")
    message: Mapped[str | None] = mapped_column(Text)
    answers: Mapped[str] = mapped_column(Text, server_default="")
    consent_version: Mapped[str | None] = mapped_column(String(64))
    changed_at: Mapped[datetime | None] = mapped_column()


class AnalyticsEvent(Base):
    """An anonymous interaction (tap, view, QR shown, language); never linked to a lead."""

    __tablename__ = "analytics_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    kiosk_id: Mapped[str] = mapped_column(String(64))
    event_id: Mapped[str | None] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))
    target: Mapped[str | None] = mapped_column(String(64))
    language: Mapped[str | None] = mapped_column(String(16))


class AuditEntry(Base):
    """What staff (or the CLI) did: exports, wipes, erasures, content reloads, settings."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(64))
    detail: Mapped[dict[str, Any] | None]
    kiosk_id: Mapped[str | None] = mapped_column(String(64))


class SyncOutbox(Base):
    """A fact row waiting to be copied to the central pool (written in the fact's transaction).

    ``lead_id`` and ``row_id`` name the row: ``row_id`` is the row's UUID, or the exhibitor or
    sector ref of an interest row. ``sent_at`` stays empty until the central pool has it.
    ``quarantined_at`` and ``quarantine_reason``: the pool refused the row for its content (a
    value too long, a check); it is set aside, not sent, until ``kiosk sync --replay``.
    """

    __tablename__ = "sync_outbox"
    __table_args__ = (
        Index("ix_sync_outbox_row", "table_name", "row_id", "lead_id"),
        Index("ix_sync_outbox_unsent", "sent_at", "quarantined_at"),  # waiting / set aside
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    table_name: Mapped[str] = mapped_column(String(32))
    lead_id: Mapped[str] = mapped_column(String(36))
    row_id: Mapped[str] = mapped_column(String(64))
    queued_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(index=True)
    quarantined_at: Mapped[datetime | None]
    quarantine_reason: Mapped[str | None] = mapped_column(Text)


class PendingCentralErasure(Base):
    """A visitor's erasure the central pool has not applied yet (it was unreachable).

    The pusher applies these first on its next successful contact, then deletes the row. It
    keeps the matching key (email key or E.164 phone) because the pool must find the visitor's
    leads from other kiosks too; the row is removed as soon as the pool has done so.
    """

    __tablename__ = "sync_pending_erasures"

    id: Mapped[int] = mapped_column(primary_key=True)
    requested_at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(32))
    email_key: Mapped[str | None] = mapped_column(String(320))
    phone_e164: Mapped[str | None] = mapped_column(String(32))
    lead_ids: Mapped[list[str]] = mapped_column(JSON, default=list)


class ExportRecord(Base):
    """One export of leads to a folder or drive, recorded only once every file was read back.

    ``lead_versions`` lists each lead the export holds with the version it held (zlib-packed
    lines ``<lead id> <microseconds since 1970 of its latest change>``; 100,000 leads take
    about 2 MB and are written in a fraction of a second, where as many rows take seconds). A
    wipe deletes only leads that an export without an exhibitor filter holds at their current
    version, so it can prove that nothing is lost.
    """

    __tablename__ = "exports"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime] = mapped_column(default=utcnow)
    kiosk_id: Mapped[str] = mapped_column(String(64))
    actor: Mapped[str] = mapped_column(String(32))
    destination: Mapped[str] = mapped_column(Text)
    formats: Mapped[str] = mapped_column(String(32))
    since: Mapped[datetime | None]
    exhibitor_ref: Mapped[str | None] = mapped_column(String(64))
    lead_count: Mapped[int] = mapped_column(default=0)
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    files: Mapped[dict[str, Any] | None]
    lead_versions: Mapped[bytes] = mapped_column(LargeBinary)


class FleetHeartbeat(Base):
    """A heartbeat waiting for the central pool: the kiosk's state at one minute (version,
    content, backlog, disk, last error; ``kiosk.services.fleet``). Queued here like the lead
    outbox, so a kiosk that was offline sends the beats it missed; deleted once the pool has
    them, and capped so a kiosk that never sees a pool does not grow the file."""

    __tablename__ = "fleet_heartbeats"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    beat_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    payload: Mapped[dict[str, Any]]


class Setting(Base):
    """A staff or system setting (kiosk id, idle timeout, PIN hash, lockout state, active event)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


__all__ = [
    "AnalyticsEvent",
    "AuditEntry",
    "Base",
    "Contact",
    "Event",
    "Exhibitor",
    "ExportRecord",
    "FleetHeartbeat",
    "Lead",
    "LeadAnswer",
    "LeadConsent",
    "LeadExhibitor",
    "LeadSector",
    "LeadVisit",
    "MatchingLease",
    "MatchingRequest",
    "Meeting",
    "Pavilion",
    "PendingCentralErasure",
    "Product",
    "Sector",
    "Setting",
    "SyncOutbox",
    "exhibitor_sectors",
    "new_uuid",
]
