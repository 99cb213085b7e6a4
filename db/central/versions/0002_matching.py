"""central pool: booked meetings, table leases per kiosk, conflicts for staff

``meetings`` mirrors the kiosks' table (newer ``updated_at`` wins, like leads). It has no unique
index over a table-slot on purpose: rows from different kiosks may meet here and are settled by
a fixed rule (``kiosk.sync.matching_pool``), the losers listed in ``matching_conflicts``.
``matching_leases`` gives each table of each slot to at most one kiosk (its primary key), which
is what lets kiosks book offline without booking a table twice.

Revision ID: 0002_matching
Revises: 0002_fleet
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_matching"
down_revision: str | None = "0002_fleet"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _when(name: str, *, nullable: bool = False, now: bool = False) -> sa.Column:
    default = sa.text("now()") if now else None
    return sa.Column(name, sa.DateTime(timezone=True), server_default=default, nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "meetings",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("lead_id", sa.String(length=36), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=True),
        sa.Column("event_id", sa.String(length=64), nullable=False),
        sa.Column("exhibitor_ref", sa.String(length=64), nullable=False),
        _when("starts_at"),
        _when("ends_at"),
        sa.Column("table_no", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        _when("expires_at", nullable=True),
        sa.Column("kiosk_id", sa.String(length=64), nullable=False),
        _when("created_at"),
        _when("updated_at"),
        _when("synced_at", now=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
    )
    op.create_index(op.f("ix_meetings_lead_id"), "meetings", ["lead_id"])
    op.create_index("ix_meetings_slot", "meetings", ["event_id", "exhibitor_ref", "starts_at"])
    op.create_table(
        "matching_leases",
        sa.Column("event_id", sa.String(length=64), nullable=False),
        sa.Column("exhibitor_ref", sa.String(length=64), nullable=False),
        _when("starts_at"),
        sa.Column("table_no", sa.Integer(), nullable=False),
        sa.Column("kiosk_id", sa.String(length=64), nullable=False),
        _when("leased_at", now=True),
        sa.PrimaryKeyConstraint(
            "event_id", "exhibitor_ref", "starts_at", "table_no", name=op.f("pk_matching_leases")
        ),
    )
    op.create_index(op.f("ix_matching_leases_kiosk_id"), "matching_leases", ["kiosk_id"])
    op.create_table(
        "matching_conflicts",
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("kept_meeting_id", sa.String(length=36), nullable=False),
        sa.Column("event_id", sa.String(length=64), nullable=False),
        sa.Column("exhibitor_ref", sa.String(length=64), nullable=False),
        _when("starts_at"),
        sa.Column("table_no", sa.Integer(), nullable=False),
        sa.Column("lead_id", sa.String(length=36), nullable=False),
        sa.Column("kiosk_id", sa.String(length=64), nullable=False),
        _when("found_at", now=True),
        sa.PrimaryKeyConstraint("meeting_id", name=op.f("pk_matching_conflicts")),
    )
    op.create_index(op.f("ix_matching_conflicts_event_id"), "matching_conflicts", ["event_id"])


def downgrade() -> None:
    op.drop_table("matching_conflicts")
    op.drop_table("matching_leases")
    op.drop_table("meetings")
