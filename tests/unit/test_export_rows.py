"""The kiosk's export rows come from SQL over ``lead_summaries`` (kept by triggers); the central
pool's come from loaded records. Both must give the same cells, in the same order, holding the
same lead versions: the record path is the reference here."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from factories import EVENT_ID, PURPOSES, T0, answer_again, make_event, make_lead
from sqlalchemy import delete, select, update

from kiosk.config import sqlite_url
from kiosk.data import migrate
from kiosk.data.database import Database
from kiosk.data.engine import make_engine, make_session_factory
from kiosk.data.models import (
    Event,
    Lead,
    LeadConsent,
    LeadExhibitor,
    LeadSector,
    LeadSummary,
    LeadVisit,
    MatchingRequest,
)
from kiosk.data.transactions import read_snapshot
from kiosk.services.export import source
from kiosk.services.export.kiosk_source import KioskSource
from kiosk.services.export.sheets import (
    CONSENTS,
    EXHIBITOR,
    LEADS,
    MEETINGS,
    SheetContext,
    record_chunks,
)
from kiosk.services.export.source import Scope

ALL_SHEETS = (LEADS, CONSENTS, MEETINGS)


def populate(db: Database) -> None:
    """Leads of every shape an event produces, including the awkward ones."""
    make_event(db.sessions)
    with db.sessions.begin() as session:
        make_lead(session, name="陳大文", company="澳門茗茶有限公司", message="想了解更多")
        make_lead(  # same instant as the first: ordered by id
            session,
            name="João Gonçalves",
            email="joao@example.pt",
            phone="+351 912 345 678",
            country="PT",
            language="pt",
            exhibitors=("porto-wines", "macau-tea-co"),
            sectors=("services", "food-beverage"),
            meetings=[("porto-wines", date(2026, 11, 6), "am"), ("macau-tea-co", None, None)],
        )
        make_lead(
            session,
            name='=HYPERLINK("http://x","y")',
            company=None,
            email=None,
            phone="6612 0000",
            job_title="-2+3",
            at=T0 + timedelta(hours=1, seconds=59, microseconds=123456),
            exhibitors=(),
            consents={},
        )
        refused = make_lead(
            session,
            name="Maria da Conceição",
            email="maria@example.br",
            phone=None,
            country="BR",
            at=T0 + timedelta(hours=20),  # the next day in Shanghai
            consents={"share-with-exhibitors": False, "transfer-to-macao": True},
            exhibitors=("lusofonia-law",),
            meetings=[("lusofonia-law", date(2026, 11, 7), "pm")],
        )
        returning = make_lead(
            session,
            name="Li Xiaolong",
            email="li@example.cn",
            at=T0 + timedelta(hours=2),
            exhibitors=("macau-tea-co",),
            message="first visit message",
        )
        session.flush()
        refused_id, returning_id = refused.id, returning.id
    later = T0 + timedelta(days=1)
    with db.sessions.begin() as session:  # a second visit: more interests, a new message
        visit = LeadVisit(
            lead_id=returning_id,
            at=later,
            event_id=EVENT_ID,
            kiosk_id="kiosk-test",
            language="zh-Hans",
            name="Li Xiaolong",
            message="",
        )
        session.add(visit)
        session.flush()
        session.add(
            LeadExhibitor(lead_id=returning_id, exhibitor_ref="porto-wines", added_at=later)
        )
        session.add(LeadSector(lead_id=returning_id, sector_ref="services", added_at=later))
        for purpose in PURPOSES:
            session.add(
                LeadConsent(
                    lead_id=returning_id,
                    visit_id=visit.id,
                    purpose=purpose,
                    granted=purpose != "organiser-news",
                    consent_version="2026-11-20",
                    language="zh-Hans",
                    at=later,
                    kiosk_id="kiosk-test",
                )
            )
        session.execute(
            update(Lead)
            .where(Lead.id == returning_id)
            .values(updated_at=later, visit_count=2, company="Li & Co")
        )
    # A withdrawal after the event, and a grant and refusal at one instant (the refusal wins).
    answer_again(db.sessions, returning_id, "share-with-exhibitors", False, later + timedelta(1))
    answer_again(db.sessions, refused_id, "share-with-exhibitors", True, T0 + timedelta(days=3))
    answer_again(db.sessions, refused_id, "share-with-exhibitors", False, T0 + timedelta(days=3))


def by_sheet(chunks: Iterable[Any]) -> dict[str, Any]:
    rows: dict[str, list[Any]] = defaultdict(list)
    versions: dict[str, list[Any]] = defaultdict(list)
    for sheet, chunk_rows, chunk_versions in chunks:
        rows[sheet].extend(chunk_rows)
        versions[sheet].extend(chunk_versions)
    return {"rows": dict(rows), "versions": dict(versions)}


def both_paths(db: Database, scope: Scope, sheets: Iterable[str]) -> tuple[Any, Any]:
    sheets = set(sheets)
    with read_snapshot(db.sessions) as conn:
        kiosk = KioskSource(conn)
        ctx = SheetContext.build(kiosk.purposes(scope), kiosk.events())
        fast = by_sheet(kiosk.sheet_rows(scope, ctx, sheets))
        batches = source.iter_batches(conn, scope, batch_size=2)  # several batches
        reference = by_sheet(record_chunks(batches, scope.exhibitor, ctx, sheets))
    return fast, reference


@pytest.fixture
def db(database: Database) -> Database:
    populate(database)
    return database


def test_every_sheet_matches_the_record_path(db: Database) -> None:
    fast, reference = both_paths(db, Scope(), ALL_SHEETS)
    assert fast == reference
    leads = fast["rows"][LEADS]
    assert len(leads) == 5 and len(fast["rows"][MEETINGS]) == 3
    assert len(fast["rows"][CONSENTS]) == 7  # one set per visit, plus the three later answers


def test_cells_say_what_the_visitor_gave(db: Database) -> None:
    fast, _ = both_paths(db, Scope(), [LEADS])
    rows = {row[3]: row for row in fast["rows"][LEADS]}
    joao = rows["João Gonçalves"]
    assert joao[2] == "2026-11-05 10:00:00+08:00"
    assert joao[12:14] == ["macau-tea-co; porto-wines", "food-beverage; services"]
    li = rows["Li Xiaolong"]
    assert li[6] == "Li & Co" and li[14] == "first visit message" and li[15] == 2
    assert li[18:] == ["2026-11-01", "no", "yes", "no"]  # the withdrawal is the latest answer
    maria = rows["Maria da Conceição"]
    assert maria[2] == "2026-11-06 06:00:00+08:00"
    assert maria[19:] == ["no", "yes", ""]  # the refusal given at the same instant wins
    formula = rows['=HYPERLINK("http://x","y")']
    assert formula[2] == "2026-11-05 11:00:59+08:00"
    assert formula[18:] == ["", "", "", ""]


@pytest.mark.parametrize("ref", ["macau-tea-co", "porto-wines", "lusofonia-law"])
def test_exhibitor_files_match_the_record_path(db: Database, ref: str) -> None:
    scope = Scope(exhibitor=ref)
    fast, reference = both_paths(db, scope, [EXHIBITOR])
    assert fast == reference
    with read_snapshot(db.sessions) as conn:
        expected = source.id_digest(conn, scope).count
    assert len(fast["rows"].get(EXHIBITOR, [])) == expected


def test_since_matches_the_record_path(db: Database) -> None:
    fast, reference = both_paths(db, Scope(since=T0 + timedelta(hours=12)), ALL_SHEETS)
    assert fast == reference
    assert {row[3] for row in fast["rows"][LEADS]} == {"Maria da Conceição", "Li Xiaolong"}


def summaries(db: Database) -> dict[str, LeadSummary]:
    with db.sessions() as session:
        return {s.lead_id: s for s in session.scalars(select(LeadSummary))}


def test_triggers_follow_deletes_and_cascades(db: Database) -> None:
    before = summaries(db)
    with db.sessions() as session:
        joao = session.scalars(select(Lead).where(Lead.name == "João Gonçalves")).one()
        lead_id = joao.id
    assert before[lead_id].exhibitors == "macau-tea-co; porto-wines"
    with db.sessions.begin() as session:
        session.execute(
            delete(LeadExhibitor).where(
                LeadExhibitor.lead_id == lead_id, LeadExhibitor.exhibitor_ref == "porto-wines"
            )
        )
        session.execute(delete(MatchingRequest).where(MatchingRequest.lead_id == lead_id))
        session.execute(
            delete(LeadConsent).where(
                LeadConsent.lead_id == lead_id, LeadConsent.purpose == "organiser-news"
            )
        )
    after = summaries(db)[lead_id]
    assert after.exhibitors == "macau-tea-co"
    assert "organiser-news" not in after.answers and "transfer-to-macao=yes" in after.answers
    fast, reference = both_paths(db, Scope(), ALL_SHEETS)
    assert fast == reference
    with db.sessions.begin() as session:
        session.execute(delete(Lead).where(Lead.id == lead_id))
    assert lead_id not in summaries(db)
    assert len(summaries(db)) == 4


def test_a_database_from_before_the_summaries_is_filled_in(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "kiosk.db"))
    migrate.upgrade(engine)
    old = Database(engine, make_session_factory(engine))
    populate(old)  # the rows, then back to every table but the summaries
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    migrate.upgrade(engine)
    fast, reference = both_paths(old, Scope(), ALL_SHEETS)
    assert fast == reference and len(fast["rows"][LEADS]) == 5
    with old.sessions() as session:
        assert session.get(Event, EVENT_ID) is not None
    engine.dispose()


def test_every_summary_trigger_is_in_place_at_head(database: Database) -> None:
    """A later migration that rebuilds a lead table (SQLite batch mode) drops its triggers."""
    with database.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT tbl_name, name FROM sqlite_master WHERE type = 'trigger'"
        ).all()
    tables = {"leads", "lead_exhibitors", "lead_sectors", "lead_visits", "lead_consents"}
    tables.add("matching_requests")
    on = defaultdict(set)
    for table, name in rows:
        on[table].add(name.rsplit("_", 1)[-1])
    assert set(on) == tables
    assert on.pop("leads") == {"new"}
    assert all(kinds == {"insert", "update", "delete"} for kinds in on.values())
