"""initial schema

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
        "analytics_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kiosk_id", sa.String(length=64), nullable=False),
        sa.Column("event_id", sa.String(length=64), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("target", sa.String(length=64), nullable=True),
        sa.Column("language", sa.String(length=16), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_analytics_events")),
    )
    with op.batch_alter_table("analytics_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_analytics_events_at"), ["at"], unique=False)

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=32), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=True),
        sa.Column("kiosk_id", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)

    op.create_table(
        "events",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.JSON(), nullable=False),
        sa.Column("venue", sa.JSON(), nullable=True),
        sa.Column("starts", sa.Date(), nullable=False),
        sa.Column("ends", sa.Date(), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("organizer", sa.JSON(), nullable=True),
        sa.Column("brand", sa.JSON(), nullable=True),
        sa.Column("consent", sa.JSON(), nullable=False),
        sa.Column("content_sha256", sa.String(length=64), nullable=False),
        sa.Column("source_path", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
    )
    op.create_table(
        "exports",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kiosk_id", sa.String(length=64), nullable=False),
        sa.Column("actor", sa.String(length=32), nullable=False),
        sa.Column("destination", sa.Text(), nullable=False),
        sa.Column("formats", sa.String(length=32), nullable=False),
        sa.Column("since", sa.DateTime(timezone=True), nullable=True),
        sa.Column("exhibitor_ref", sa.String(length=64), nullable=True),
        sa.Column("lead_count", sa.Integer(), nullable=False),
        sa.Column("manifest_sha256", sa.String(length=64), nullable=False),
        sa.Column("files", sa.JSON(), nullable=True),
        sa.Column("lead_versions", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exports")),
    )
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
        sa.PrimaryKeyConstraint("id", name=op.f("pk_leads")),
    )
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_leads_created_at"), ["created_at"], unique=False)
        batch_op.create_index("ix_leads_event_email", ["event_id", "email_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_leads_event_id"), ["event_id"], unique=False)
        batch_op.create_index("ix_leads_event_phone", ["event_id", "phone_e164"], unique=False)

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
        sa.ForeignKeyConstraint(
            ["lead_id"], ["leads.id"], name=op.f("fk_lead_visits_lead_id_leads"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lead_visits")),
    )
    with op.batch_alter_table("lead_visits", schema=None) as batch_op:
        batch_op.create_index("ix_lead_visits_event_email", ["event_id", "email_key"], unique=False)
        batch_op.create_index(
            "ix_lead_visits_event_phone", ["event_id", "phone_e164"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_lead_visits_lead_id"), ["lead_id"], unique=False)

    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "lead_exhibitors",
        sa.Column("lead_id", sa.String(length=36), nullable=False),
        sa.Column("exhibitor_ref", sa.String(length=64), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["lead_id"],
            ["leads.id"],
            name=op.f("fk_lead_exhibitors_lead_id_leads"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["lead_visits.id"],
            name=op.f("fk_lead_exhibitors_visit_id_lead_visits"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("lead_id", "exhibitor_ref", name=op.f("pk_lead_exhibitors")),
    )
    with op.batch_alter_table("lead_exhibitors", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_lead_exhibitors_exhibitor_ref"), ["exhibitor_ref"], unique=False
        )

    op.create_table(
        "lead_sectors",
        sa.Column("lead_id", sa.String(length=36), nullable=False),
        sa.Column("sector_ref", sa.String(length=64), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["lead_id"],
            ["leads.id"],
            name=op.f("fk_lead_sectors_lead_id_leads"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["lead_visits.id"],
            name=op.f("fk_lead_sectors_visit_id_lead_visits"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("lead_id", "sector_ref", name=op.f("pk_lead_sectors")),
    )
    op.create_table(
        "pavilions",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.String(length=64), nullable=False),
        sa.Column("slug", sa.String(length=64), nullable=False),
        sa.Column("name", sa.JSON(), nullable=False),
        sa.Column("map_path", sa.Text(), nullable=True),
        sa.Column("map_width", sa.Integer(), nullable=True),
        sa.Column("map_height", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_pavilions_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_pavilions")),
        sa.UniqueConstraint("event_id", "slug", name=op.f("uq_pavilions_event_id")),
    )
    with op.batch_alter_table("pavilions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pavilions_event_id"), ["event_id"], unique=False)

    op.create_table(
        "sectors",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.String(length=64), nullable=False),
        sa.Column("slug", sa.String(length=64), nullable=False),
        sa.Column("name", sa.JSON(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_sectors_event_id_events"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_sectors")),
        sa.UniqueConstraint("event_id", "slug", name=op.f("uq_sectors_event_id")),
    )
    with op.batch_alter_table("sectors", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sectors_event_id"), ["event_id"], unique=False)

    op.create_table(
        "exhibitors",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.String(length=64), nullable=False),
        sa.Column("slug", sa.String(length=64), nullable=False),
        sa.Column("name", sa.JSON(), nullable=False),
        sa.Column("pavilion_pk", sa.Integer(), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("booth_code", sa.String(length=32), nullable=True),
        sa.Column("booth_x", sa.Float(), nullable=True),
        sa.Column("booth_y", sa.Float(), nullable=True),
        sa.Column("summary", sa.JSON(), nullable=True),
        sa.Column("description", sa.JSON(), nullable=True),
        sa.Column("logo_path", sa.Text(), nullable=True),
        sa.Column("logo_thumb_path", sa.Text(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_exhibitors_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["pavilion_pk"],
            ["pavilions.pk"],
            name=op.f("fk_exhibitors_pavilion_pk_pavilions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_exhibitors")),
        sa.UniqueConstraint("event_id", "slug", name=op.f("uq_exhibitors_event_id")),
    )
    with op.batch_alter_table("exhibitors", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exhibitors_event_id"), ["event_id"], unique=False)

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
        sa.ForeignKeyConstraint(
            ["lead_id"],
            ["leads.id"],
            name=op.f("fk_lead_consents_lead_id_leads"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["lead_visits.id"],
            name=op.f("fk_lead_consents_visit_id_lead_visits"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lead_consents")),
    )
    with op.batch_alter_table("lead_consents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_lead_consents_lead_id"), ["lead_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_lead_consents_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "matching_requests",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("lead_id", sa.String(length=36), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=True),
        sa.Column("exhibitor_ref", sa.String(length=64), nullable=False),
        sa.Column("preferred_date", sa.Date(), nullable=True),
        sa.Column("slot", sa.String(length=2), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["lead_id"],
            ["leads.id"],
            name=op.f("fk_matching_requests_lead_id_leads"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["lead_visits.id"],
            name=op.f("fk_matching_requests_visit_id_lead_visits"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_matching_requests")),
    )
    with op.batch_alter_table("matching_requests", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_matching_requests_lead_id"), ["lead_id"], unique=False)

    op.create_table(
        "contacts",
        sa.Column("exhibitor_pk", sa.Integer(), nullable=False),
        sa.Column("person", sa.JSON(), nullable=True),
        sa.Column("title", sa.JSON(), nullable=True),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("website", sa.Text(), nullable=True),
        sa.Column("wechat", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["exhibitor_pk"],
            ["exhibitors.pk"],
            name=op.f("fk_contacts_exhibitor_pk_exhibitors"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("exhibitor_pk", name=op.f("pk_contacts")),
    )
    op.create_table(
        "exhibitor_sectors",
        sa.Column("exhibitor_pk", sa.Integer(), nullable=False),
        sa.Column("sector_pk", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["exhibitor_pk"],
            ["exhibitors.pk"],
            name=op.f("fk_exhibitor_sectors_exhibitor_pk_exhibitors"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["sector_pk"],
            ["sectors.pk"],
            name=op.f("fk_exhibitor_sectors_sector_pk_sectors"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("exhibitor_pk", "sector_pk", name=op.f("pk_exhibitor_sectors")),
    )
    op.create_table(
        "products",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("exhibitor_pk", sa.Integer(), nullable=False),
        sa.Column("name", sa.JSON(), nullable=False),
        sa.Column("origin", sa.String(length=2), nullable=True),
        sa.Column("image_path", sa.Text(), nullable=True),
        sa.Column("thumb_path", sa.Text(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["exhibitor_pk"],
            ["exhibitors.pk"],
            name=op.f("fk_products_exhibitor_pk_exhibitors"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_products")),
    )
    with op.batch_alter_table("products", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_products_exhibitor_pk"), ["exhibitor_pk"], unique=False
        )

    op.create_table(
        "sync_outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("lead_id", sa.String(length=36), nullable=False),
        sa.Column("row_id", sa.String(length=64), nullable=False),
        sa.Column("queued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_outbox")),
    )
    with op.batch_alter_table("sync_outbox", schema=None) as batch_op:
        batch_op.create_index("ix_sync_outbox_row", ["table_name", "row_id", "lead_id"])
        batch_op.create_index(batch_op.f("ix_sync_outbox_sent_at"), ["sent_at"], unique=False)

    op.create_table(
        "sync_pending_erasures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=32), nullable=False),
        sa.Column("email_key", sa.String(length=320), nullable=True),
        sa.Column("phone_e164", sa.String(length=32), nullable=True),
        sa.Column("lead_ids", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_pending_erasures")),
    )


def downgrade() -> None:
    op.drop_table("sync_pending_erasures")
    op.drop_table("sync_outbox")

    with op.batch_alter_table("products", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_products_exhibitor_pk"))

    op.drop_table("products")
    op.drop_table("exhibitor_sectors")
    op.drop_table("contacts")
    with op.batch_alter_table("matching_requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_matching_requests_lead_id"))

    op.drop_table("matching_requests")
    with op.batch_alter_table("lead_consents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lead_consents_visit_id"))
        batch_op.drop_index(batch_op.f("ix_lead_consents_lead_id"))

    op.drop_table("lead_consents")
    with op.batch_alter_table("exhibitors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exhibitors_event_id"))

    op.drop_table("exhibitors")
    with op.batch_alter_table("sectors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sectors_event_id"))

    op.drop_table("sectors")
    with op.batch_alter_table("pavilions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pavilions_event_id"))

    op.drop_table("pavilions")
    op.drop_table("lead_sectors")
    with op.batch_alter_table("lead_exhibitors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lead_exhibitors_exhibitor_ref"))

    op.drop_table("lead_exhibitors")
    with op.batch_alter_table("lead_visits", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lead_visits_lead_id"))
        batch_op.drop_index("ix_lead_visits_event_phone")
        batch_op.drop_index("ix_lead_visits_event_email")

    op.drop_table("lead_visits")
    op.drop_table("settings")
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.drop_index("ix_leads_event_phone")
        batch_op.drop_index(batch_op.f("ix_leads_event_id"))
        batch_op.drop_index("ix_leads_event_email")
        batch_op.drop_index(batch_op.f("ix_leads_created_at"))

    op.drop_table("leads")
    op.drop_table("exports")
    op.drop_table("events")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_at"))

    op.drop_table("audit_log")
    with op.batch_alter_table("analytics_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_analytics_events_at"))

    op.drop_table("analytics_events")
