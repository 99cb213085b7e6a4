"""Merge rules: who is the same person in the pool, and what merging may never change."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from factories import add_visit
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Engine, func, select

from kiosk.sync import central as pool
from kiosk.sync.people import (
    LeadFacts,
    consent_history,
    group_people,
    merge_people,
    normalise_email,
)
from kiosk.sync.pusher import Pusher

T0 = datetime(2026, 11, 5, 1, 0, tzinfo=UTC)


def lead(n: int, email: str | None = None, phone: str | None = None, **kw) -> LeadFacts:
    values = {
        "id": f"lead-{n:02d}",
        "event_id": "ciie",
        "kiosk_id": "kiosk-a",
        "name": f"Person {n}",
        "email": email,
        "phone_e164": phone,
        "created_at": T0 + timedelta(minutes=n),
        "updated_at": T0 + timedelta(minutes=n),
    }
    values.update(kw)
    return LeadFacts(**values)


def partition(people) -> set[frozenset[str]]:
    return {frozenset(person.lead_ids) for person in people}


def test_email_case_spaces_and_full_width_forms_are_one_key() -> None:
    variants = [
        "Ana@Example.com",
        " ana@example.com ",
        "ANA@EXAMPLE.COM",
        "ａｎａ＠ｅｘａｍｐｌｅ．ｃｏｍ",
    ]
    assert {normalise_email(v) for v in variants} == {"ana@example.com"}
    assert normalise_email("   ") is None and normalise_email(None) is None


def test_same_email_or_same_phone_is_one_person_transitively() -> None:
    leads = [
        lead(1, email="Ana@Example.com"),
        lead(2, email=" ana@example.com", phone="+85361234567"),  # links email and phone
        lead(3, phone="+85361234567"),
        lead(4, email="bob@example.com"),
        lead(5),  # neither: a person of their own
        lead(6),
    ]
    assert partition(group_people(leads)) == {
        frozenset({"lead-01", "lead-02", "lead-03"}),
        frozenset({"lead-04"}),
        frozenset({"lead-05"}),
        frozenset({"lead-06"}),
    }


def test_an_email_given_on_an_earlier_visit_still_links() -> None:
    # kiosk A's lead holds only its latest visit's phone; its first visit also gave the email
    leads = [lead(1, phone="+85361234567"), lead(2, email="ana@example.com", kiosk_id="kiosk-b")]
    visits = [("lead-01", "Ana@Example.com", "+85361234567"), ("lead-01", None, "+85361234567")]
    assert len(group_people(leads)) == 2
    assert partition(group_people(leads, visits)) == {frozenset({"lead-01", "lead-02"})}


def test_the_same_visitor_at_two_events_is_two_people() -> None:
    people = group_people([lead(1, email="a@x.mo"), lead(2, email="a@x.mo", event_id="other")])
    assert len(people) == 2


def test_the_person_is_the_earliest_lead_and_the_latest_details_win() -> None:
    people = group_people(
        [
            lead(3, email="a@x.mo", name="Ana L.", updated_at=T0 + timedelta(days=1)),
            lead(1, email="A@x.mo", name="Ana", kiosk_id="kiosk-b", visit_count=2),
        ]
    )
    (person,) = people
    assert person.id == "lead-01"
    assert person.latest.name == "Ana L."
    assert person.first_seen == T0 + timedelta(minutes=1)
    assert person.last_seen == T0 + timedelta(days=1)
    assert person.visit_count == 3 and person.kiosk_ids == ("kiosk-a", "kiosk-b")


@given(st.lists(st.tuples(st.sampled_from("abcd"), st.sampled_from("12345")), max_size=12))
def test_grouping_does_not_depend_on_the_order_rows_arrive_in(keys) -> None:
    leads = [
        lead(n, email=f"{e}@x.mo" if e != "d" else None, phone=f"+8536000{p}" if p != "5" else None)
        for n, (e, p) in enumerate(keys)
    ]
    shuffled = leads[:]
    random.Random(len(keys)).shuffle(shuffled)
    first, second = group_people(leads), group_people(shuffled)
    assert [(p.id, p.lead_ids) for p in first] == [(p.id, p.lead_ids) for p in second]
    assert sum(len(p.lead_ids) for p in first) == len(leads)


def test_merging_the_pool_is_rerunnable_and_keeps_raw_rows_and_consents(
    make_kiosk, central: Engine
) -> None:
    a, b = make_kiosk("a"), make_kiosk("b")
    with a.sessions.begin() as session:
        add_visit(session, kiosk_id="kiosk-a", email="Ana@Example.com", at=T0)
        add_visit(session, kiosk_id="kiosk-a", email="bob@example.com", at=T0)
    with b.sessions.begin() as session:
        add_visit(
            session,
            kiosk_id="kiosk-b",
            email=" ana@example.com ",
            at=T0 + timedelta(hours=2),
            consents=[("contact", False)],
        )
    for kiosk, name in ((a, "kiosk-a"), (b, "kiosk-b")):
        Pusher(kiosk.sessions, central, name).push_pending()

    def raw_counts() -> list[int]:
        with central.connect() as connection:
            return [
                connection.scalar(select(func.count()).select_from(table))
                for table in pool.FACTS.values()
            ]

    before = raw_counts()
    first = merge_people(central)
    assert (first.leads, first.people, first.merged) == (3, 2, 1)
    with central.connect() as connection:
        people_rows = connection.execute(select(pool.people).order_by(pool.people.c.id)).all()
    second = merge_people(central)
    with central.connect() as connection:
        again = connection.execute(select(pool.people).order_by(pool.people.c.id)).all()
        ana = connection.execute(
            select(pool.people).where(pool.people.c.email_key == "ana@example.com")
        ).one()
        history = consent_history(connection, ana.id)
    assert second == first
    assert [r._mapping["id"] for r in again] == [r._mapping["id"] for r in people_rows]
    assert raw_counts() == before  # merging never writes a raw row
    assert ana.lead_count == 2 and ana.kiosk_ids == "kiosk-a,kiosk-b"
    # every consent of both leads, in time order: the later "no" does not erase the earlier "yes"
    answers = [(c["at"], c["purpose"], c["granted"]) for c in history]
    assert [at for at, _p, _g in answers] == sorted(at for at, _p, _g in answers)
    assert sorted(answers) == [
        (T0, "contact", True),
        (T0, "newsletter", False),
        (T0 + timedelta(hours=2), "contact", False),
    ]
