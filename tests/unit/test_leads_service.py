"""Capturing leads in a real migrated SQLite file: new leads, returning visitors, failures."""

from __future__ import annotations

import logging
import sqlite3
import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from factories import EVENT_ID, OPTIONAL, REQUIRED, draft, insert_event
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from sqlalchemy import event, func, select, text
from sqlalchemy.orm import Session, sessionmaker

from kiosk.data.database import Database
from kiosk.data.engine import make_engine, make_session_factory
from kiosk.data.models import (
    AuditEntry,
    Lead,
    LeadConsent,
    LeadExhibitor,
    LeadSector,
    LeadVisit,
    MatchingRequest,
)
from kiosk.domain.leads import LeadRules, LeadValidationError, validate_lead
from kiosk.errors import KioskError
from kiosk.services.leads import (
    SAVE_FAILED_MESSAGE,
    LeadSaveError,
    SubmitResult,
    active_lead_rules,
    submit_lead,
)

T0 = datetime(2026, 11, 5, 2, 30, tzinfo=UTC)


@pytest.fixture
def rules(database: Database) -> LeadRules:
    return insert_event(database.sessions)


def submit(sessions: sessionmaker[Session], rules: LeadRules, **kwargs) -> SubmitResult:
    options = {"kiosk_id": "kiosk-a1", "language": "en"}
    for name in ("kiosk_id", "language", "source", "now", "consent_version"):
        if name in kwargs:
            options[name] = kwargs.pop(name)
    return submit_lead(sessions, draft(**kwargs), rules=rules, **options)


def count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def table_counts(sessions: sessionmaker[Session]) -> dict[str, int]:
    models = (Lead, LeadVisit, LeadConsent, LeadExhibitor, LeadSector, MatchingRequest)
    with sessions() as session:
        return {m.__tablename__: count(session, m) for m in models}


def assert_whole(sessions: sessionmaker[Session], purposes: int = 3) -> None:
    """No half-written lead: visit counts match the visits, every visit has all its consents."""
    with sessions() as session:
        for lead in session.scalars(select(Lead)):
            assert lead.visit_count == len(lead.visits)
            assert len(lead.consents) == purposes * len(lead.visits)
        orphans = session.scalar(
            text("SELECT count(*) FROM lead_visits WHERE lead_id NOT IN (SELECT id FROM leads)")
        )
        assert orphans == 0


# --------------------------------------------------------------------------- a new lead


def test_a_new_lead_is_stored_with_its_visit_consents_interests_and_matching(
    database: Database, rules: LeadRules
) -> None:
    result = submit(
        database.sessions,
        rules,
        job_title="Buyer",
        sectors=["services"],
        exhibitors=["porto-wines", "macau-tea-co"],
        matching=True,
        matching_day="2026-11-07",
        matching_slot="pm",
        message="Please send prices.",
        consents={**dict.fromkeys(REQUIRED, True), OPTIONAL[0]: False},
        language="zh-Hant",
        now=T0,
    )
    assert result.created and result.visit_count == 1 and result.matched_on is None

    with database.sessions() as session:
        lead = session.get(Lead, result.lead_id)
        assert lead is not None
        assert (lead.event_id, lead.kiosk_id, lead.source, lead.language) == (
            EVENT_ID,
            "kiosk-a1",
            "kiosk",
            "zh-Hant",
        )
        assert (lead.name, lead.company, lead.job_title) == (
            "Chan Tai Man",
            "Macau Tea Co.",
            "Buyer",
        )
        assert (lead.email, lead.email_key) == ("chan@example.mo", "chan@example.mo")
        assert (lead.phone_raw, lead.phone_e164, lead.country) == (
            "6612 3456",
            "+85366123456",
            "MO",
        )
        assert lead.created_at == lead.last_visit_at == T0

        [visit] = lead.visits
        assert visit.id == result.visit_id
        assert (visit.event_id, visit.message, visit.phone_raw) == (
            EVENT_ID,
            "Please send prices.",
            "6612 3456",
        )
        consents = {c.purpose: c for c in lead.consents}
        assert {p: c.granted for p, c in consents.items()} == {
            REQUIRED[0]: True,
            REQUIRED[1]: True,
            OPTIONAL[0]: False,
        }
        for c in consents.values():
            assert (c.consent_version, c.language, c.kiosk_id, c.visit_id) == (
                "2026-10-01",
                "zh-Hant",
                "kiosk-a1",
                visit.id,
            )
            assert c.at == T0 and c.at.utcoffset() == timedelta(0)

        assert {e.exhibitor_ref for e in lead.exhibitors} == {"porto-wines", "macau-tea-co"}
        assert [s.sector_ref for s in lead.sectors] == ["services"]
        requests = sorted(
            (m.exhibitor_ref, m.preferred_date, m.slot) for m in lead.matching_requests
        )
        assert requests == [
            ("macau-tea-co", date(2026, 11, 7), "pm"),
            ("porto-wines", date(2026, 11, 7), "pm"),
        ]


def test_the_commit_is_visible_to_a_new_connection_when_submit_returns(
    database: Database, rules: LeadRules, settings
) -> None:
    result = submit(database.sessions, rules)
    other = make_engine(settings.effective_database_url)
    try:
        with other.connect() as conn:
            found = conn.execute(
                text("SELECT name FROM leads WHERE id = :i"), {"i": result.lead_id}
            )
            assert found.scalar() == "Chan Tai Man"
    finally:
        other.dispose()


def test_an_invalid_draft_stores_nothing(database: Database, rules: LeadRules) -> None:
    with pytest.raises(LeadValidationError) as caught:
        submit(database.sessions, rules, consents={REQUIRED[0]: True})
    assert [e.code for e in caught.value.errors] == ["consent.required"]
    assert set(table_counts(database.sessions).values()) == {0}


def test_staff_entries_are_marked(database: Database, rules: LeadRules) -> None:
    result = submit(database.sessions, rules, source="staff")
    with database.sessions() as session:
        lead = session.get(Lead, result.lead_id)
        assert lead is not None and lead.source == "staff" and lead.visits[0].source == "staff"


@pytest.mark.parametrize(("option", "value"), [("language", "fr"), ("source", "robot")])
def test_unknown_language_or_source_is_refused(
    database: Database, rules: LeadRules, option: str, value: str
) -> None:
    with pytest.raises(KioskError, match=value):
        submit(database.sessions, rules, **{option: value})


def test_rules_come_from_the_active_event(database: Database, rules: LeadRules) -> None:
    assert rules.event_id == EVENT_ID
    assert rules.consent.required_ids == REQUIRED
    assert rules.exhibitor_ids is not None and "porto-wines" in rules.exhibitor_ids


def test_no_active_event_means_no_rules(database: Database) -> None:
    assert active_lead_rules(database.sessions) is None


# --------------------------------------------------------------------------- returning visitors


def test_a_returning_visitor_by_email_becomes_a_new_visit(
    database: Database, rules: LeadRules
) -> None:
    first = submit(
        database.sessions,
        rules,
        phone="",
        exhibitors=["porto-wines"],
        sectors=["services"],
        consents={**dict.fromkeys(REQUIRED, True), OPTIONAL[0]: True},
        now=T0,
    )
    later = T0 + timedelta(hours=3)
    second = submit(
        database.sessions,
        rules,
        email="  ＣＨＡＮ@Example.MO ",
        company="Another Company Ltd",
        job_title="Director",
        phone="6612 3456",
        exhibitors=["macau-tea-co", "porto-wines"],
        sectors=["food-beverage"],
        language="pt",
        now=later,
    )
    assert second.lead_id == first.lead_id
    assert (second.created, second.visit_count, second.matched_on) == (False, 2, "email")
    assert second.differing == ("company",)

    with database.sessions() as session:
        lead = session.get(Lead, first.lead_id)
        assert lead is not None
        assert (lead.visit_count, lead.created_at, lead.last_visit_at) == (2, T0, later)
        # nothing earlier overwritten; empty fields filled in
        assert (lead.company, lead.email) == ("Macau Tea Co.", "chan@example.mo")
        assert (lead.job_title, lead.phone_e164) == ("Director", "+85366123456")
        # each visit keeps what was typed
        visits = [(v.company, v.email, v.language) for v in lead.visits]
        assert visits == [
            ("Macau Tea Co.", "chan@example.mo", "en"),
            ("Another Company Ltd", "CHAN@example.mo", "pt"),
        ]
        assert {e.exhibitor_ref for e in lead.exhibitors} == {"porto-wines", "macau-tea-co"}
        assert {s.sector_ref for s in lead.sectors} == {"services", "food-beverage"}
        added = {e.exhibitor_ref: e.visit_id for e in lead.exhibitors}
        assert added == {"porto-wines": first.visit_id, "macau-tea-co": second.visit_id}
        # consent history: both answers to the optional purpose are kept
        news = [(c.granted, c.language, c.at) for c in lead.consents if c.purpose == OPTIONAL[0]]
        assert news == [(True, "en", T0), (False, "pt", later)]
    assert count_leads(database) == 1


def count_leads(database: Database) -> int:
    return table_counts(database.sessions)["leads"]


def test_a_returning_visitor_by_phone_in_another_format(
    database: Database, rules: LeadRules
) -> None:
    first = submit(database.sessions, rules, email="")
    second = submit(database.sessions, rules, email="", phone="+853 ６６１２-３４５６", country="")
    assert (second.lead_id, second.matched_on, second.visit_count) == (first.lead_id, "phone", 2)


def test_a_second_address_given_on_a_later_visit_also_finds_the_lead(
    database: Database, rules: LeadRules
) -> None:
    first = submit(database.sessions, rules, email="work@example.mo")
    submit(database.sessions, rules, email="home@example.mo")  # same phone: merged
    third = submit(database.sessions, rules, email="home@example.mo", phone="")
    assert third.lead_id == first.lead_id and third.visit_count == 3
    assert count_leads(database) == 1


def test_different_people_and_different_events_stay_apart(
    database: Database, rules: LeadRules
) -> None:
    a = submit(database.sessions, rules)
    b = submit(database.sessions, rules, email="other@example.mo", phone="6612 9999")
    other_event = insert_event(database.sessions, "fimm-2026")
    c = submit(database.sessions, other_event)
    assert len({a.lead_id, b.lead_id, c.lead_id}) == 3
    assert all(r.created for r in (a, b, c))


def test_when_email_and_phone_point_at_different_leads_the_email_wins(
    database: Database, rules: LeadRules
) -> None:
    by_email = submit(database.sessions, rules, phone="")
    by_phone = submit(database.sessions, rules, email="")
    both = submit(database.sessions, rules)
    assert by_email.lead_id != by_phone.lead_id
    assert (both.lead_id, both.matched_on) == (by_email.lead_id, "email")


def test_concurrent_submits_of_the_same_visitor_make_one_lead(
    database: Database, rules: LeadRules
) -> None:
    """Two writers (the kiosk and ``kiosk leads add``) cannot both create the same visitor."""
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            for _ in range(15):
                submit(database.sessions, rules)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert table_counts(database.sessions)["leads"] == 1
    assert table_counts(database.sessions)["lead_visits"] == 30
    assert_whole(database.sessions)


# --------------------------------------------------------------------------- storage failures


def engine_with(url: str, *pragmas: str):
    """A second engine on the same file with extra per-connection pragmas."""
    engine = make_engine(url)

    @event.listens_for(engine, "connect")
    def _extra(dbapi_connection, _record) -> None:
        for pragma in pragmas:
            dbapi_connection.execute(pragma)

    return engine


def test_a_full_disk_is_a_polite_error_and_nothing_is_half_written(
    database: Database, rules: LeadRules, settings, caplog: pytest.LogCaptureFixture
) -> None:
    url = settings.effective_database_url
    with database.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    full = engine_with(url, f"PRAGMA max_page_count={pages + 2}")
    sessions = make_session_factory(full)
    saved: list[str] = []
    caplog.set_level(logging.ERROR, logger="kiosk.services.leads")
    try:
        with pytest.raises(LeadSaveError) as caught:
            for i in range(1000):
                saved.append(
                    submit(
                        sessions,
                        rules,
                        email=f"visitor{i}@example.com",
                        phone="",
                        message="x" * 500,
                    ).lead_id
                )
    finally:
        full.dispose()
    failed_email = f"visitor{len(saved)}@example.com"
    assert caught.value.reason == "disk_full"
    assert str(caught.value) == SAVE_FAILED_MESSAGE
    assert "full" in caught.value.detail
    assert saved, "the limit should allow a few leads first"
    assert "lead not saved (disk_full)" in caplog.text

    counts = table_counts(database.sessions)
    assert counts["leads"] == counts["lead_visits"] == len(saved)
    assert_whole(database.sessions)
    with database.sessions() as session:
        assert session.scalar(select(func.count()).where(Lead.email == failed_email)) == 0
        assert set(session.scalars(select(Lead.id))) == set(saved)
        assert session.scalar(text("PRAGMA integrity_check")) == "ok"

    # With room again, the same input (kept by the UI) saves.
    again = submit(database.sessions, rules, email=failed_email, phone="", message="x" * 500)
    assert again.created


def test_a_failure_mid_transaction_rolls_back_everything_and_is_audited(
    database: Database, rules: LeadRules
) -> None:
    """The lead and visit rows are written before the consents; a consent that fails undoes
    them, and staff find the failure in the audit log."""
    with database.engine.begin() as conn:
        conn.exec_driver_sql(
            "CREATE TRIGGER fail_consent BEFORE INSERT ON lead_consents "
            "BEGIN SELECT RAISE(ABORT, 'disk I/O error (simulated)'); END"
        )
    with pytest.raises(LeadSaveError) as caught:
        submit(database.sessions, rules, exhibitors=["porto-wines"])
    assert caught.value.reason == "storage"
    assert set(table_counts(database.sessions).values()) == {0}
    with database.sessions() as session:
        [entry] = session.scalars(select(AuditEntry)).all()
    assert (entry.action, entry.actor, entry.kiosk_id) == ("lead.save_failed", "kiosk", "kiosk-a1")
    assert entry.detail is not None
    assert entry.detail["event_id"] == EVENT_ID and "simulated" in entry.detail["error"]
    assert "Chan" not in str(entry.detail)  # no visitor data in the staff log


def test_a_read_only_database_is_a_polite_error_logged_for_staff(
    database: Database, rules: LeadRules, settings, caplog: pytest.LogCaptureFixture
) -> None:
    submit(database.sessions, rules)  # WAL and shared-memory files exist now
    path = Path(settings.data_dir) / "kiosk.db"
    read_only = make_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    caplog.set_level(logging.ERROR, logger="kiosk.services.leads")
    try:
        with pytest.raises(LeadSaveError) as caught:
            submit(make_session_factory(read_only), rules, email="new@example.com", phone="")
    finally:
        read_only.dispose()
    assert caught.value.reason == "read_only"
    assert "audit log either" in caplog.text  # the audit write failed too, so it was logged
    assert table_counts(database.sessions)["leads"] == 1


def test_a_locked_database_is_a_polite_error(
    database: Database, rules: LeadRules, settings
) -> None:
    path = Path(settings.data_dir) / "kiosk.db"
    blocker = sqlite3.connect(path, isolation_level=None)
    impatient = engine_with(settings.effective_database_url, "PRAGMA busy_timeout=50")
    try:
        blocker.execute("BEGIN IMMEDIATE")
        with pytest.raises(LeadSaveError) as caught:
            submit(make_session_factory(impatient), rules)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
        impatient.dispose()
    assert caught.value.reason == "locked"
    assert table_counts(database.sessions)["leads"] == 0
    assert submit(database.sessions, rules).created  # fine once the lock is gone


# --------------------------------------------------------------------------- fuzzing to the disk


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory: pytest.TempPathFactory):
    from kiosk.config import Settings
    from kiosk.data.database import open_database

    db = open_database(Settings(data_dir=tmp_path_factory.mktemp("fuzz")))
    yield db, insert_event(db.sessions)
    db.dispose()


@hypothesis_settings(max_examples=150, deadline=None)
@given(
    name=st.text(max_size=250),
    company=st.text(max_size=250),
    message=st.text(max_size=550),
    email=st.one_of(st.just(""), st.emails()),
)
def test_whatever_is_accepted_is_stored_and_read_back_as_validated(
    shared_db, name: str, company: str, message: str, email: str
) -> None:
    db, rules = shared_db
    fields = {"name": name, "company": company, "message": message, "email": email}
    try:
        result = submit(db.sessions, rules, **fields)
    except LeadValidationError:
        return
    expected = validate_lead(draft(**fields), rules)
    with db.sessions() as session:
        visit = session.get(LeadVisit, result.visit_id)
        assert visit is not None
        assert (visit.name, visit.company, visit.message) == (
            expected.name,
            expected.company,
            expected.message,
        )
