"""lead summaries: each lead's child rows folded into one row, kept by triggers

An export of 100,000 leads spent most of its time gathering ~800,000 child rows (interests,
consents, visits, requests) per lead; reading them through SQLite's indexes alone took ~3 s.
``lead_summaries`` holds, per lead, what the leads sheet shows of them, maintained by SQLite
triggers inside the transaction that changes a child row, so no write path can forget it.

Timestamps are compared as text: SQLAlchemy stores a SQLite DATETIME as fixed-width
``YYYY-MM-DD HH:MM:SS.ffffff`` (26 characters), so text order is time order and ``substr(x, 27)``
cuts a value off a ``time || value`` pair.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SEP = "char(31)"  # between purpose answers, and around the list

# What each child table contributes, as SET clauses for the lead ``{lead}``.
EXHIBITORS = (
    "exhibitors = coalesce((SELECT group_concat(ref, '; ') FROM (SELECT exhibitor_ref AS ref"
    " FROM lead_exhibitors WHERE lead_id = {lead} ORDER BY added_at, exhibitor_ref)), '')"
)
SECTORS = (
    "sectors = coalesce((SELECT group_concat(ref, '; ') FROM (SELECT sector_ref AS ref"
    " FROM lead_sectors WHERE lead_id = {lead} ORDER BY added_at, sector_ref)), '')"
)
MESSAGE = (
    "message = (SELECT substr(max(at || message), 27) FROM lead_visits"
    " WHERE lead_id = {lead} AND message <> '')"
)
# The answer in force per purpose: the latest; at the same instant a refusal ('1') wins.
ANSWERS = (
    f"answers = coalesce({SEP} || (SELECT group_concat(purpose || '=' ||"
    " CASE substr(latest, -1) WHEN '0' THEN 'yes' ELSE 'no' END, " + SEP + ") FROM"
    " (SELECT purpose, max(at || CASE WHEN granted THEN '0' ELSE '1' END) AS latest"
    f" FROM lead_consents WHERE lead_id = {{lead}} GROUP BY purpose)) || {SEP}, ''),"
    " consent_version = (SELECT substr(max(at || consent_version), 27) FROM lead_consents"
    " WHERE lead_id = {lead})"
)
CHANGED_AT = (
    "changed_at = max("
    "coalesce((SELECT max(added_at) FROM lead_exhibitors WHERE lead_id = {lead}), ''),"
    "coalesce((SELECT max(added_at) FROM lead_sectors WHERE lead_id = {lead}), ''),"
    "coalesce((SELECT max(at) FROM lead_visits WHERE lead_id = {lead}), ''),"
    "coalesce((SELECT max(at) FROM lead_consents WHERE lead_id = {lead}), ''),"
    "coalesce((SELECT max(created_at) FROM matching_requests WHERE lead_id = {lead}), ''))"
)
CHILDREN = {
    "lead_exhibitors": [EXHIBITORS],
    "lead_sectors": [SECTORS],
    "lead_visits": [MESSAGE],
    "lead_consents": [ANSWERS],
    "matching_requests": [],
}


def _refresh(table: str, lead: str) -> str:
    sets = ", ".join(part.format(lead=lead) for part in [*CHILDREN[table], CHANGED_AT])
    return f"UPDATE lead_summaries SET {sets} WHERE lead_id = {lead};"


def _triggers() -> list[str]:
    statements = [
        "CREATE TRIGGER lead_summaries_new AFTER INSERT ON leads BEGIN"
        " INSERT INTO lead_summaries (lead_id) VALUES (NEW.id); END"
    ]
    for table in CHILDREN:
        for when, leads in (
            ("INSERT", ["NEW.lead_id"]),
            ("DELETE", ["OLD.lead_id"]),
            ("UPDATE", ["OLD.lead_id", "NEW.lead_id"]),
        ):
            body = " ".join(_refresh(table, lead) for lead in leads)
            name = f"lead_summaries_{table}_{when.lower()}"
            statements.append(f"CREATE TRIGGER {name} AFTER {when} ON {table} BEGIN {body} END")
    return statements


def _trigger_names() -> list[str]:
    return ["lead_summaries_new"] + [
        f"lead_summaries_{table}_{when}"
        for table in CHILDREN
        for when in ("insert", "delete", "update")
    ]


def upgrade() -> None:
    op.create_table(
        "lead_summaries",
        sa.Column("lead_id", sa.String(length=36), nullable=False),
        sa.Column("exhibitors", sa.Text(), server_default="", nullable=False),
        sa.Column("sectors", sa.Text(), server_default="", nullable=False),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("answers", sa.Text(), server_default="", nullable=False),
        sa.Column("consent_version", sa.String(length=64), nullable=True),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["lead_id"],
            ["leads.id"],
            name=op.f("fk_lead_summaries_lead_id_leads"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("lead_id", name=op.f("pk_lead_summaries")),
        sqlite_with_rowid=False,
    )
    # The export reads leads in (created_at, id) order: this index gives it without a sort.
    # (Plain DROP/CREATE INDEX: a batch operation could rebuild the table, and its triggers.)
    op.drop_index("ix_leads_created_at", table_name="leads")
    op.create_index("ix_leads_created_at_id", "leads", ["created_at", "id"], unique=False)
    for statement in _triggers():
        op.execute(statement)
    op.execute("INSERT INTO lead_summaries (lead_id) SELECT id FROM leads")
    parts = [EXHIBITORS, SECTORS, MESSAGE, ANSWERS, CHANGED_AT]
    sets = ", ".join(part.format(lead="lead_summaries.lead_id") for part in parts)
    op.execute(f"UPDATE lead_summaries SET {sets}")


def downgrade() -> None:
    for name in _trigger_names():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("lead_summaries")
    op.drop_index("ix_leads_created_at_id", table_name="leads")
    op.create_index("ix_leads_created_at", "leads", ["created_at"], unique=False)
