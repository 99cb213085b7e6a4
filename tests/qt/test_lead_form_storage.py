"""Saving the lead from the form when storage fails: a polite message, every input kept."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from helpers import KioskDriver
from lead_form_driver import LeadFormDriver, lead_count
from sample_event import CONSENT
from sqlalchemy import event

from kiosk.domain.leads import LeadDraft
from kiosk.services.leads import LeadSaveError, active_lead_rules, submit_lead
from kiosk.ui.lead_form import save_message

REQUIRED = [p["id"] for p in CONSENT["purposes"] if p["required"]]


@pytest.fixture
def form(kiosk_event: KioskDriver) -> LeadFormDriver:
    return LeadFormDriver(kiosk_event)


@pytest.fixture
def full_disk(form: LeadFormDriver) -> Iterator[None]:
    """The kiosk's database may not grow (SQLite ``max_page_count``) and its lead tables are
    full: other visitors' leads filled every page, down to the smallest lead."""
    sessions = form.kiosk.host.database.sessions
    engine = form.kiosk.host.database.engine
    with engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()

    def limit(dbapi_connection, _record) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    event.listen(engine, "connect", limit)
    engine.dispose()
    rules = active_lead_rules(sessions)
    assert rules is not None
    consents = dict.fromkeys(REQUIRED, True)
    visitors = itertools.count()
    for message in ("x" * 500, "x" * 40, ""):
        with pytest.raises(LeadSaveError):
            for _ in range(100_000):
                draft = LeadDraft(
                    name="Other",
                    email=f"v{next(visitors)}@example.org",
                    message=message,
                    consents=consents,
                )
                submit_lead(sessions, draft, rules=rules, kiosk_id="k", language="en")
    yield
    event.remove(engine, "connect", limit)
    engine.dispose()


def fill_in(form: LeadFormDriver) -> None:
    form.focus("given_name")
    form.type("Maria")
    form.enter()
    form.type("Silva")
    form.enter()
    form.type("Porto Wines")
    form.put_keyboard_away()
    form.fill(email="maria@example.pt")


def test_a_full_disk_shows_a_polite_message_and_keeps_every_input(
    form: LeadFormDriver, full_disk: None
) -> None:
    kiosk = form.kiosk
    form.open("en", exhibitor="macau-tea-co")
    fill_in(form)
    before = lead_count(kiosk)
    form.submit()
    assert kiosk.app.screen == "contact" and lead_count(kiosk) == before
    assert form.bridge.property("saveError") == "disk_full"
    assert kiosk.text("leadSaveErrorText") == (
        "Sorry, your details could not be saved because the kiosk's storage is full. "
        "Everything you entered is still here: please ask a member of staff for help."
    )
    assert (form.text("family_name"), form.text("company"), form.text("email")) == (
        "Silva",
        "Porto Wines",
        "maria@example.pt",
    )
    assert all(form.ticked(p) for p in REQUIRED)
    assert [e["id"] for e in form.bridge.property("exhibitors")] == ["macau-tea-co"]

    kiosk.tap("languageButton_zh-Hant")
    assert kiosk.text("leadSaveErrorText").startswith("抱歉，本機儲存空間已滿")


def test_a_read_only_database_is_explained_and_the_same_input_saves_once_writable(
    form: LeadFormDriver,
) -> None:
    kiosk = form.kiosk
    form.open("en")
    engine = kiosk.host.database.engine

    def read_only(dbapi_connection, _record) -> None:
        dbapi_connection.execute("PRAGMA query_only=ON")  # refuses writes like a read-only file

    event.listen(engine, "connect", read_only)
    engine.dispose()
    try:
        fill_in(form)
        form.submit()
        assert form.bridge.property("saveError") == "read_only"
        assert kiosk.text("leadSaveErrorText").startswith("Sorry, the kiosk cannot save details")
        assert lead_count(kiosk) == 0 and form.text("given_name") == "Maria"
    finally:
        event.remove(engine, "connect", read_only)
        engine.dispose()
    form.submit()
    assert kiosk.app.screen == "thanks" and lead_count(kiosk) == 1
    assert form.bridge.property("saveError") == ""


@pytest.mark.parametrize(
    ("reason", "code"),
    [
        ("disk_full", "lead.save.disk_full"),
        ("read_only", "lead.save.read_only"),
        ("locked", "lead.save.locked"),
        ("booking.slot_full", "lead.save.slot_full"),
        ("booking.slot_over", "lead.save.slot_over"),
        ("storage", "lead.save.failed"),
        ("something new", "lead.save.failed"),
    ],
)
def test_every_save_reason_has_a_message(reason: str, code: str) -> None:
    assert save_message(reason).code == code
