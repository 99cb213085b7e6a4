"""outbox quarantine: rows the central pool refuses for good are set aside, never deleted

A row PostgreSQL rejects for its content (a value too long for the pool's column, a character
the pool's encoding cannot hold, a check constraint) used to be retried forever and held up
every row queued behind it. The pusher now marks such an outbox row with the time and the
pool's reason and goes on; ``sent_at`` stays empty, so a wipe still counts the lead as not yet
in the pool, and ``kiosk sync --replay`` puts it back in the queue once the cause is fixed.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sync_outbox") as batch:
        batch.add_column(sa.Column("quarantined_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("quarantine_reason", sa.Text(), nullable=True))
        # Rows waiting (both empty) and rows set aside (sent_at empty, quarantined_at not) are
        # each one range of this index, so neither query reads rows already sent or the other
        # kind: the pusher asks both after every batch.
        batch.create_index("ix_sync_outbox_unsent", ["sent_at", "quarantined_at"])


def downgrade() -> None:
    with op.batch_alter_table("sync_outbox") as batch:
        batch.drop_index("ix_sync_outbox_unsent")
        batch.drop_column("quarantine_reason")
        batch.drop_column("quarantined_at")
