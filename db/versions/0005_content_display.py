"""content display: the visitors' default language, short names, "You are here" positions

``events.default_language`` is the language each new visitor starts in (a content pack's
``event.default_language``); ``short_name`` on pavilions, sectors and exhibitors is what tiles
and chips show instead of an official name of a hundred characters; ``pavilions.positions``
are the named places on a map where a kiosk may stand. All optional: rows imported before
keep NULL and show as before.

Revision ID: 0005_content_display
Revises: 0004_crmleads
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_content_display"
down_revision: str | None = "0004_crmleads"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("default_language", sa.String(length=16), nullable=True))
    with op.batch_alter_table("pavilions") as batch:
        batch.add_column(sa.Column("short_name", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("positions", sa.JSON(), nullable=True))
    with op.batch_alter_table("sectors") as batch:
        batch.add_column(sa.Column("short_name", sa.JSON(), nullable=True))
    with op.batch_alter_table("exhibitors") as batch:
        batch.add_column(sa.Column("short_name", sa.JSON(), nullable=True))


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+), not a batch: a batch rebuilds the table, and dropping
    # the old "events" would cascade to every pavilion, sector and exhibitor row.
    op.drop_column("exhibitors", "short_name")
    op.drop_column("sectors", "short_name")
    op.drop_column("pavilions", "positions")
    op.drop_column("pavilions", "short_name")
    op.drop_column("events", "default_language")
