"""central pool: fact tables keyed by UUID, derived people, per-kiosk push state, erased leads

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "lead_consents",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("lead_id", sa.String(length=36), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=True),
        sa.Column("purpose", sa.String(length=64), nullable=False),
        sa.Column("granted", sa.Boolean(), nullable=False),
        sa.Column("consent_version", sa.String(length=64), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kiosk_id", sa.String(length=64), nullable=False),
        sa.Column(
            "synced_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lead_consents")),
    )
    op.create_index(op.f("ix_lead_consents_lead_id"), "lead_consents", ["lead_id"], unique=False)
    op.create_table(
        "lead_exhibitors",
        sa.Column("lead_id", sa.String(length=36), nullable=False),
        sa.Column("exhibitor_ref", sa.String(length=64), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=True),
        sa.Column(
            "synced_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.PrimaryKeyConstraint("lead_id", "exhibitor_ref", name=op.f("pk_lead_exhibitors")),
    )
    op.create_table(
        "lead_sectors",
        sa.Column("lead_id", sa.String(length=36), nullable=False),
        sa.Column("sector_ref", sa.String(length=64), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=True),
        sa.Column(
            "synced_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.PrimaryKeyConstraint("lead_id", "sector_ref", name=op.f("pk_lead_sectors")),
    )
    op.create_table(
        "lead_visits",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("lead_id", sa.String(length=36), nullable=False),
        sa.Column("event_id", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kiosk_id", sa.String(length=64), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("company", sa.String(length=200), nullable=True),
        sa.Column("job_title", sa.String(length=200), nullable=True),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("email_key", sa.String(length=320), nullable=True),
        sa.Column("phone_raw", sa.String(length=64), nullable=True),
        sa.Column("phone_e164", sa.String(length=32), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column(
            "synced_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lead_visits")),
    )
    op.create_index(op.f("ix_lead_visits_lead_id"), "lead_visits", ["lead_id"], unique=False)
    op.create_table(
        "leads",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("event_id", sa.String(length=64), nullable=False),
        sa.Column("kiosk_id", sa.String(length=64), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("company", sa.String(length=200), nullable=True),
        sa.Column("job_title", sa.String(length=200), nullable=True),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("email_key", sa.String(length=320), nullable=True),
        sa.Column("phone_raw", sa.String(length=64), nullable=True),
        sa.Column("phone_e164", sa.String(length=32), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_visit_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("visit_count", sa.Integer(), nullable=False),
        sa.Column(
            "synced_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_leads")),
    )
    op.create_index(op.f("ix_leads_created_at"), "leads", ["created_at"], unique=False)
    op.create_index("ix_leads_event_email", "leads", ["event_id", "email_key"], unique=False)
    op.create_index(op.f("ix_leads_event_id"), "leads", ["event_id"], unique=False)
    op.create_index("ix_leads_event_phone", "leads", ["event_id", "phone_e164"], unique=False)
    op.create_index(op.f("ix_leads_kiosk_id"), "leads", ["kiosk_id"], unique=False)
    op.create_table(
        "matching_requests",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("lead_id", sa.String(length=36), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=True),
        sa.Column("exhibitor_ref", sa.String(length=64), nullable=False),
        sa.Column("preferred_date", sa.Date(), nullable=True),
        sa.Column("slot", sa.String(length=2), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "synced_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_matching_requests")),
    )
    op.create_index(
        op.f("ix_matching_requests_lead_id"), "matching_requests", ["lead_id"], unique=False
    )
    op.create_table(
        "people",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("event_id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("company", sa.String(length=200), nullable=True),
        sa.Column("job_title", sa.String(length=200), nullable=True),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("email_key", sa.String(length=320), nullable=True),
        sa.Column("phone_e164", sa.String(length=32), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("first_seen", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen", sa.DateTime(timezone=True), nullable=False),
        sa.Column("lead_count", sa.Integer(), nullable=False),
        sa.Column("visit_count", sa.Integer(), nullable=False),
        sa.Column("kiosk_ids", sa.String(length=1000), nullable=False),
        sa.Column("merged_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
    )
    op.create_index(op.f("ix_people_event_id"), "people", ["event_id"], unique=False)
    op.create_table(
        "person_leads",
        sa.Column("lead_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("event_id", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("lead_id", name=op.f("pk_person_leads")),
    )
    op.create_index(op.f("ix_person_leads_person_id"), "person_leads", ["person_id"], unique=False)
    op.create_table(
        "sync_kiosks",
        sa.Column("kiosk_id", sa.String(length=64), nullable=False),
        sa.Column("last_push_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("rows_pushed", sa.Integer(), nullable=False),
        sa.Column("waiting_rows", sa.Integer(), nullable=False),
        sa.Column("waiting_leads", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("kiosk_id", name=op.f("pk_sync_kiosks")),
    )
    op.create_table(
        "erased_leads",
        sa.Column("lead_id", sa.String(length=36), nullable=False),
        sa.Column(
            "erased_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.PrimaryKeyConstraint("lead_id", name=op.f("pk_erased_leads")),
    )


def downgrade() -> None:
    op.drop_table("erased_leads")
    op.drop_table("sync_kiosks")
    op.drop_index(op.f("ix_person_leads_person_id"), table_name="person_leads")
    op.drop_table("person_leads")
    op.drop_index(op.f("ix_people_event_id"), table_name="people")
    op.drop_table("people")
    op.drop_index(op.f("ix_matching_requests_lead_id"), table_name="matching_requests")
    op.drop_table("matching_requests")
    op.drop_index(op.f("ix_leads_kiosk_id"), table_name="leads")
    op.drop_index("ix_leads_event_phone", table_name="leads")
    op.drop_index(op.f("ix_leads_event_id"), table_name="leads")
    op.drop_index("ix_leads_event_email", table_name="leads")
    op.drop_index(op.f("ix_leads_created_at"), table_name="leads")
    op.drop_table("leads")
    op.drop_index(op.f("ix_lead_visits_lead_id"), table_name="lead_visits")
    op.drop_table("lead_visits")
    op.drop_table("lead_sectors")
    op.drop_table("lead_exhibitors")
    op.drop_index(op.f("ix_lead_consents_lead_id"), table_name="lead_consents")
    op.drop_table("lead_consents")
