"""central pool: fleet heartbeats and published content packs

Each kiosk's latest heartbeat (``fleet_kiosks``, for ``kiosk fleet`` and the staff Sync
screen), every heartbeat (``fleet_heartbeats``), and the content packs published with
``kiosk content publish`` (``content_packs``: the archive and its sha256; the pack published
last is what every kiosk not held at a revision loads at its next idle moment).

Revision ID: 0002_fleet
Revises: 0001
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_fleet"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "fleet_kiosks",
        sa.Column("kiosk_id", sa.String(length=64), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("beat_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.String(length=32), nullable=False),
        sa.Column("event_id", sa.String(length=64), nullable=True),
        sa.Column("content_revision", sa.String(length=80), nullable=True),
        sa.Column("content_status", sa.Text(), nullable=True),
        sa.Column("held_revision", sa.String(length=80), nullable=True),
        sa.Column("uptime_s", sa.BigInteger(), nullable=False),
        sa.Column("last_touch_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("leads_today", sa.Integer(), nullable=False),
        sa.Column("outbox_rows", sa.Integer(), nullable=False),
        sa.Column("free_disk_bytes", sa.BigInteger(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("kiosk_id", name=op.f("pk_fleet_kiosks")),
    )
    op.create_table(
        "fleet_heartbeats",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kiosk_id", sa.String(length=64), nullable=False),
        sa.Column("beat_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "received_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fleet_heartbeats")),
    )
    op.create_index(
        op.f("ix_fleet_heartbeats_kiosk_id"), "fleet_heartbeats", ["kiosk_id"], unique=False
    )
    op.create_table(
        "content_packs",
        sa.Column("revision", sa.String(length=64), nullable=False),
        sa.Column("event_id", sa.String(length=64), nullable=False),
        sa.Column("content_sha256", sa.String(length=64), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column(
            "published_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column("published_by", sa.String(length=200), nullable=False),
        sa.Column("size_bytes", sa.BigInteger(), nullable=False),
        sa.Column("archive", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("revision", name=op.f("pk_content_packs")),
    )


def downgrade() -> None:
    op.drop_table("content_packs")
    op.drop_index(op.f("ix_fleet_heartbeats_kiosk_id"), table_name="fleet_heartbeats")
    op.drop_table("fleet_heartbeats")
    op.drop_table("fleet_kiosks")
