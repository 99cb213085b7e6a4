"""matching: the event's matching section, booked meetings, tables leased from the pool

``events.matching`` keeps the content pack's matching section (sessions, exhibitors taking part
with their capacity, mode, pending hold). ``meetings`` are bookings saved with their lead; the
partial unique index over the active ones (pending or confirmed) makes a table-slot impossible
to book twice on one kiosk. ``matching_leases`` are the tables this kiosk may book when several
kiosks share a central pool (a kiosk alone owns every table and leases nothing).

Revision ID: 0004_matching
Revises: 0004_fleet
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_matching"
down_revision: str | None = "0004_fleet"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ACTIVE = sa.text("status IN ('pending', 'confirmed')")


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("matching", sa.JSON(), nullable=True))
    op.create_table(
        "meetings",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("lead_id", sa.String(length=36), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=True),
        sa.Column("event_id", sa.String(length=64), nullable=False),
        sa.Column("exhibitor_ref", sa.String(length=64), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("table_no", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("kiosk_id", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["lead_id"], ["leads.id"], name=op.f("fk_meetings_lead_id_leads"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["lead_visits.id"],
            name=op.f("fk_meetings_visit_id_lead_visits"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
    )
    op.create_index(op.f("ix_meetings_lead_id"), "meetings", ["lead_id"])
    op.create_index("ix_meetings_slot", "meetings", ["event_id", "exhibitor_ref", "starts_at"])
    op.create_index(
        "uq_meetings_table_slot",
        "meetings",
        ["event_id", "exhibitor_ref", "starts_at", "table_no"],
        unique=True,
        sqlite_where=ACTIVE,
        postgresql_where=ACTIVE,
    )
    op.create_table(
        "matching_leases",
        sa.Column("event_id", sa.String(length=64), nullable=False),
        sa.Column("exhibitor_ref", sa.String(length=64), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("table_no", sa.Integer(), nullable=False),
        sa.Column("leased_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint(
            "event_id", "exhibitor_ref", "starts_at", "table_no", name=op.f("pk_matching_leases")
        ),
    )


def downgrade() -> None:
    op.drop_table("matching_leases")
    op.drop_index("uq_meetings_table_slot", table_name="meetings")
    op.drop_index("ix_meetings_slot", table_name="meetings")
    op.drop_index(op.f("ix_meetings_lead_id"), table_name="meetings")
    op.drop_table("meetings")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("matching")
