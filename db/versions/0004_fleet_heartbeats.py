"""fleet heartbeats: the kiosk's state every minute, queued for the central pool

With a pool, each kiosk records a heartbeat every minute (version, content revision, uptime,
last touch, leads today, outbox backlog, free disk, last error) into this queue; the fleet agent
sends it to the pool and deletes what the pool has. A kiosk offline for a while sends the beats
it missed when it returns.

Revision ID: 0004_fleet
Revises: 0003
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_fleet"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "fleet_heartbeats",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("beat_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fleet_heartbeats")),
    )
    op.create_index(op.f("ix_fleet_heartbeats_beat_at"), "fleet_heartbeats", ["beat_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_fleet_heartbeats_beat_at"), table_name="fleet_heartbeats")
    op.drop_table("fleet_heartbeats")
