"""central pool, crm leads: family and given names; answers to exhibitors' questions

Mirrors local migration 0004_crmleads for the fact tables the pool copies.

Revision ID: 0002_crmleads
Revises: 0002_matching
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_crmleads"
down_revision: str | None = "0002_matching"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NAMES = ("leads", "lead_visits", "people")


def upgrade() -> None:
    for table in _NAMES:
        op.add_column(table, sa.Column("family_name", sa.String(length=200), nullable=True))
        op.add_column(table, sa.Column("given_name", sa.String(length=200), nullable=True))
    op.create_table(
        "lead_answers",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("lead_id", sa.String(length=36), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=True),
        sa.Column("exhibitor_ref", sa.String(length=64), nullable=False),
        sa.Column("question_ref", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "synced_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lead_answers")),
    )
    op.create_index(op.f("ix_lead_answers_lead_id"), "lead_answers", ["lead_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_lead_answers_lead_id"), table_name="lead_answers")
    op.drop_table("lead_answers")
    for table in _NAMES:
        op.drop_column(table, "given_name")
        op.drop_column(table, "family_name")
