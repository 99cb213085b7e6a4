"""crm leads: family and given names, answers to exhibitors' questions, WeChat contact codes

A CRM import wants the visitor's family and given names apart, and a vCard wants the
exhibitor contact's; exhibitors ask qualifying questions (kept with the pack's exhibitor) whose
answers are facts of a visit, copied to the central pool like the others. Columns are added, no
lead table is rebuilt, so the triggers of 0002 stay as they are.

Revision ID: 0004_crmleads
Revises: 0004_matching
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_crmleads"
down_revision: str | None = "0004_matching"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NAMES = ("leads", "lead_visits")


def upgrade() -> None:
    for table in _NAMES:
        op.add_column(table, sa.Column("family_name", sa.String(length=200), nullable=True))
        op.add_column(table, sa.Column("given_name", sa.String(length=200), nullable=True))
    op.add_column("contacts", sa.Column("family_name", sa.JSON(), nullable=True))
    op.add_column("contacts", sa.Column("given_name", sa.JSON(), nullable=True))
    op.add_column("contacts", sa.Column("wechat_code", sa.Text(), nullable=True))
    op.add_column("exhibitors", sa.Column("questions", sa.JSON(), nullable=True))
    op.create_table(
        "lead_answers",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("lead_id", sa.String(length=36), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=True),
        sa.Column("exhibitor_ref", sa.String(length=64), nullable=False),
        sa.Column("question_ref", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["lead_id"],
            ["leads.id"],
            name=op.f("fk_lead_answers_lead_id_leads"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["lead_visits.id"],
            name=op.f("fk_lead_answers_visit_id_lead_visits"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lead_answers")),
    )
    op.create_index(op.f("ix_lead_answers_lead_id"), "lead_answers", ["lead_id"], unique=False)
    op.create_index(
        "ix_lead_answers_exhibitor", "lead_answers", ["exhibitor_ref", "lead_id"], unique=False
    )


def downgrade() -> None:
    # ALTER TABLE ... DROP COLUMN (SQLite 3.35+), not a batch rebuild: the lead tables keep
    # the triggers of 0002.
    op.drop_index("ix_lead_answers_exhibitor", table_name="lead_answers")
    op.drop_index(op.f("ix_lead_answers_lead_id"), table_name="lead_answers")
    op.drop_table("lead_answers")
    op.drop_column("exhibitors", "questions")
    for column in ("wechat_code", "given_name", "family_name"):
        op.drop_column("contacts", column)
    for table in _NAMES:
        op.drop_column(table, "given_name")
        op.drop_column(table, "family_name")
