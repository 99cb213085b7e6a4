"""Dashboard figures, "today" in the event's time zone, and the consent-in-force rule in SQL and
Python agreeing on every order of answers."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from factories import T0, answer_again, make_event, make_lead, tap
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select

from kiosk.data.database import Database
from kiosk.data.models import Lead, LeadSummary
from kiosk.services.consent_answers import latest_answers, shares_with_exhibitors
from kiosk.services.dashboard import stats
from kiosk.services.export.source import ConsentAnswer


@pytest.fixture
def db(database: Database) -> Database:
    make_event(database.sessions)
    return database


def test_dashboard_counts(db: Database) -> None:
    # Shanghai is UTC+8: 15:30 UTC on the 4th is 23:30 on the 4th there; 16:30 UTC is the 5th.
    yesterday_late = datetime(2026, 11, 4, 15, 30, tzinfo=UTC)
    today_early = datetime(2026, 11, 4, 16, 30, tzinfo=UTC)
    with db.sessions.begin() as session:
        make_lead(session, name="late", email="a@x.com", at=yesterday_late, country="MO")
        make_lead(
            session,
            name="early",
            email="b@x.com",
            at=today_early,
            country="PT",
            language="pt",
            exhibitors=["macau-tea-co", "porto-wines"],
            meetings=[("porto-wines", date(2026, 11, 6), "am")],
        )
        make_lead(
            session,
            name="noon",
            email="c@x.com",
            at=T0,
            country="PT",
            language="zh-Hans",
            exhibitors=["lusofonia-law"],
            consents={"share-with-exhibitors": False, "organiser-news": True},
        )
        make_lead(session, name="other event", email="d@x.com", event_id="old-event")
        for _ in range(3):
            tap(session, "porto-wines", language="pt")
        tap(session, "macau-tea-co", kind="view", language="zh-Hant")
        tap(session, "home", language="en")  # not an exhibitor: not in taps per exhibitor

    figures = stats(db.sessions, clock=lambda: T0 + timedelta(hours=3))
    assert figures.event_id == "ciie-2026" and figures.timezone == "Asia/Shanghai"
    assert figures.today == "2026-11-05"
    assert (figures.leads_total, figures.leads_today) == (3, 2)
    assert figures.leads_per_hour[0] == 1 and figures.leads_per_hour[10] == 1
    assert sum(figures.leads_per_hour) == 2
    assert [(c.key, c.count) for c in figures.by_exhibitor] == [
        ("macau-tea-co", 2),
        ("lusofonia-law", 1),
        ("porto-wines", 1),
    ]
    assert figures.by_exhibitor[0].label == "Macau Tea Co."
    assert figures.top_exhibitors == figures.by_exhibitor
    assert {(c.key, c.count) for c in figures.by_pavilion} == {("food", 2), ("services", 1)}
    assert [(c.key, c.count) for c in figures.by_country] == [("PT", 2), ("MO", 1)]
    assert {c.label for c in figures.by_country} == {"Portugal", "Macao"}
    assert {(c.label, c.count) for c in figures.by_language} == {
        ("English", 1),
        ("Português", 1),
        ("简体中文", 1),
    }
    assert figures.matching_requests == 1
    consents = {c.purpose: (c.granted, c.refused) for c in figures.consents}
    assert consents == {
        "share-with-exhibitors": (2, 1),
        "transfer-to-macao": (2, 0),
        "organiser-news": (3, 0),
    }
    assert [(c.key, c.count) for c in figures.taps_per_exhibitor] == [
        ("porto-wines", 3),
        ("macau-tea-co", 1),
    ]
    assert {(c.key, c.count) for c in figures.languages_used} == {
        ("pt", 3),
        ("zh-Hant", 1),
        ("en", 1),
    }


def test_dashboard_counts_the_answer_in_force(db: Database) -> None:
    with db.sessions.begin() as session:
        lead = make_lead(session)
    answer_again(db.sessions, lead.id, "share-with-exhibitors", False, T0 + timedelta(hours=1))
    figures = stats(db.sessions, clock=lambda: T0)
    consents = {c.purpose: (c.granted, c.refused) for c in figures.consents}
    assert consents["share-with-exhibitors"] == (0, 1)


def test_an_empty_kiosk_has_zero_everywhere(database: Database) -> None:
    figures = stats(database.sessions)
    assert figures.event_id is None and figures.leads_total == 0
    assert figures.leads_per_hour == [0] * 24 and figures.by_exhibitor == []


# Hours from a small set so that ties (two answers at one instant) happen often.
ANSWERS = st.lists(st.tuples(st.integers(0, 3), st.booleans()), min_size=1, max_size=5)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(answers=ANSWERS)
def test_sql_python_and_the_summary_agree_on_the_answer_in_force(
    db: Database, answers: list[tuple[int, bool]]
) -> None:
    with db.sessions.begin() as session:
        session.execute(delete(Lead))
        lead = make_lead(session, consents={})
    for hour, granted in answers:
        answer_again(
            db.sessions, lead.id, "share-with-exhibitors", granted, T0 + timedelta(hours=hour)
        )
    in_python = latest_answers(
        ConsentAnswer("share-with-exhibitors", g, "v", "en", T0 + timedelta(hours=h))
        for h, g in answers
    )["share-with-exhibitors"].granted
    with db.sessions() as session:
        in_sql = session.scalar(select(Lead.id).where(shares_with_exhibitors())) == lead.id
        summary = session.get(LeadSummary, lead.id)  # kept by the triggers, read by exports
    assert in_sql == in_python
    in_summary = "\x1fshare-with-exhibitors=yes\x1f" in summary.answers
    assert in_summary == in_python
    latest_hour = max(h for h, _ in answers)
    expected = all(g for h, g in answers if h == latest_hour)
    assert in_python == expected
