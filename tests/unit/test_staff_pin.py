"""Staff PIN: the stored hash, checking, the lockout (with an injected clock) and restarts."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from kiosk.config import Settings
from kiosk.data.database import Database, open_database
from kiosk.data.models import AuditEntry, Setting
from kiosk.data.settings_repo import get_setting, set_setting
from kiosk.errors import KioskError
from kiosk.services.staff_pin import (
    PIN_FAILURES,
    PIN_HASH,
    PIN_PROBLEMS,
    ScryptParams,
    StaffPin,
    check_hash,
    hash_pin,
    lockout_seconds,
    parse_hash,
    pin_problem,
    pin_problem_code,
)
from kiosk.services.staff_session import StaffSession

PIN = "480213"
FAST = ScryptParams(log2_n=8)  # where scrypt's cost is not under test (the policy's is ~0.2 s)


class Clock:
    """A hand-moved clock."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 5, 2, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def pin(database: Database, clock: Clock) -> StaffPin:
    staff_pin = StaffPin(database.sessions, clock=clock, params=FAST)
    staff_pin.set_pin(PIN, actor="cli")
    return staff_pin


def stored(database: Database, key: str) -> str | None:
    with database.sessions() as session:
        return get_setting(session, key)


def test_the_stored_hash_is_scrypt_with_the_required_parameters(
    database: Database, clock: Clock
) -> None:
    staff_pin = StaffPin(database.sessions, clock=clock)  # the real policy
    staff_pin.set_pin(PIN, actor="cli")
    assert staff_pin.verify(PIN).ok
    encoded = stored(database, PIN_HASH)
    assert encoded is not None and encoded.startswith("scrypt$ln=16$r=8$p=1$")
    params, salt, key = parse_hash(encoded)
    assert params.n == 2**16 and params.r == 8 and params.p == 1
    assert len(salt) == 16 and len(key) == 32
    assert PIN not in encoded and base64.b64encode(PIN.encode()).decode() not in encoded


def test_the_salt_is_random_and_the_hash_checks_only_the_right_pin() -> None:
    first, second = hash_pin(PIN, FAST), hash_pin(PIN, FAST)
    assert first != second
    assert check_hash(PIN, first) and check_hash(PIN, second)
    assert not check_hash("480214", first)


def test_the_pin_appears_nowhere_in_the_database(database: Database, pin: StaffPin) -> None:
    assert pin.verify(PIN).ok
    assert not pin.verify("999111").ok
    with database.sessions() as session:
        values = [s.value for s in session.scalars(select(Setting))]
        details = [str(a.detail) for a in session.scalars(select(AuditEntry))]
    assert all(PIN not in text for text in values + details)


@pytest.mark.parametrize(
    ("candidate", "problem"),
    [
        ("12345", "at least 6 digits"),
        ("12a456", "digits only"),
        ("１２３４５６", "digits only"),  # full-width digits are not on the PIN pad
        ("111111", "repeat one digit"),
        ("234567", "equal steps"),
        ("987654", "equal steps"),
        ("890123", "equal steps"),  # a run goes on past 9
        ("135791", "equal steps"),
        ("864208", "equal steps"),
        ("121212", "repeat a group"),
        ("123123", "repeat a group"),
        ("12341234", "repeat a group"),
        ("112233", "repeat a group"),
        ("111222", "repeat a group"),
        ("998877", "repeat a group"),
        ("123321", "same backwards"),
        ("000001", "3 different digits"),
        ("100000", "3 different digits"),
        ("101001", "3 different digits"),
        ("700070", "3 different digits"),
        ("000012", "more than half"),
        ("1000000021", "more than half"),
        ("147258", "most common PINs"),
        ("520520", "repeat a group"),
        ("5201314", "most common PINs"),
        ("168168", "repeat a group"),
        ("1234567890123", "at most 12"),
    ],
)
def test_trivial_or_malformed_pins_are_refused_with_their_reason(
    candidate: str, problem: str
) -> None:
    assert problem in (pin_problem(candidate) or "")


@pytest.mark.parametrize("candidate", [PIN, "246810", "730519", "000123", "5813920", "93017284"])
def test_ordinary_pins_are_accepted(candidate: str) -> None:
    assert pin_problem(candidate) is None


@given(st.text(alphabet="0123456789", min_size=6, max_size=12))
def test_no_refused_pin_is_left_without_a_reason(candidate: str) -> None:
    """Every refusal names a rule; a PIN the pad could never take is never accepted."""
    code = pin_problem_code(candidate)
    assert code is None or code in PIN_PROBLEMS
    if len(set(candidate)) < 3:
        assert code is not None


def test_set_pin_refuses_a_weak_pin_and_keeps_the_old_one(pin: StaffPin) -> None:
    with pytest.raises(KioskError, match="at least 6 digits"):
        pin.set_pin("1234", actor="cli")
    assert pin.verify(PIN).ok


def test_with_no_pin_set_nothing_opens(database: Database, clock: Clock) -> None:
    staff_pin = StaffPin(database.sessions, clock=clock, params=FAST)
    assert not staff_pin.is_set()
    check = staff_pin.verify(PIN)
    assert check.not_set and not check.ok
    assert not hasattr(staff_pin, "set_first_pin"), "no PIN is ever chosen on the touchscreen"


def test_lockout_after_five_failures_doubles_and_a_correct_pin_clears_it(
    database: Database, pin: StaffPin, clock: Clock
) -> None:
    for attempt in range(1, 5):
        result = pin.verify("000001")
        assert not result.ok and not result.locked
        assert result.attempts_before_lock == 5 - attempt
    fifth = pin.verify("000001")
    assert fifth.locked and fifth.locked_for_s == 30

    # During the lockout even the right PIN is refused, and nothing is counted.
    clock.advance(29)
    during = pin.verify(PIN)
    assert not during.ok and during.locked_for_s == pytest.approx(1)
    assert stored(database, PIN_FAILURES) == "5"

    clock.advance(1)
    sixth = pin.verify("000001")
    assert sixth.locked_for_s == 60
    clock.advance(60)
    assert pin.verify("000001").locked_for_s == 120
    clock.advance(120)
    assert pin.verify(PIN).ok
    assert pin.status().failures == 0 and pin.status().locked_for_s == 0
    assert not pin.verify("000001").locked  # counting starts again from zero


def test_the_lockout_survives_a_restart(settings: Settings, clock: Clock) -> None:
    first_run = open_database(settings)
    StaffPin(first_run.sessions, clock=clock, params=FAST).set_pin(PIN, actor="cli")
    for _ in range(5):
        StaffPin(first_run.sessions, clock=clock, params=FAST).verify("000001")
    first_run.dispose()

    clock.advance(10)
    second_run = open_database(settings)
    try:
        after_restart = StaffPin(second_run.sessions, clock=clock, params=FAST)
        assert after_restart.status().locked_for_s == pytest.approx(20)
        assert not after_restart.verify(PIN).ok
        clock.advance(20)
        assert after_restart.verify(PIN).ok
    finally:
        second_run.dispose()


def test_a_clock_set_backwards_does_not_lengthen_the_lockout(pin: StaffPin, clock: Clock) -> None:
    for _ in range(5):
        pin.verify("000001")
    clock.advance(-3600)
    assert pin.status().locked_for_s == 30


def test_set_pin_clears_a_lockout(pin: StaffPin) -> None:
    for _ in range(5):
        pin.verify("000001")
    pin.set_pin("730519", actor="cli")
    assert pin.verify("730519").ok


def test_lockout_schedule() -> None:
    assert [lockout_seconds(n) for n in range(4, 9)] == [0, 30, 60, 120, 240]
    assert lockout_seconds(100) == 24 * 3600


def test_a_hash_under_weaker_parameters_is_upgraded_on_success(
    database: Database, clock: Clock
) -> None:
    with database.sessions.begin() as session:
        set_setting(session, PIN_HASH, hash_pin(PIN, ScryptParams(log2_n=4)))
    assert StaffPin(database.sessions, clock=clock, params=FAST).verify(PIN).ok
    upgraded = stored(database, PIN_HASH)
    assert upgraded is not None and upgraded.startswith("scrypt$ln=8$")


def test_a_damaged_record_is_a_clear_error(database: Database, clock: Clock) -> None:
    with database.sessions.begin() as session:
        set_setting(session, PIN_HASH, "plain:480213")
    with pytest.raises(KioskError, match="set a new one with 'kiosk set-pin'"):
        StaffPin(database.sessions, clock=clock, params=FAST).verify(PIN)


def test_lockouts_and_pin_changes_are_audited(database: Database, pin: StaffPin) -> None:
    for _ in range(5):
        pin.verify("000001")
    with database.sessions() as session:
        actions = [a.action for a in session.scalars(select(AuditEntry).order_by(AuditEntry.id))]
    assert actions == ["pin.set", "pin.locked"]


class Monotonic:
    """A hand-moved monotonic clock (seconds)."""

    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


def test_the_staff_session_ends_after_three_minutes_without_a_touch() -> None:
    clock = Monotonic()
    session = StaffSession(clock=clock)
    assert not session.active
    session.open()
    clock.now += 179
    assert session.touch()  # a touch renews it
    clock.now += 179
    assert session.active and session.remaining_s == pytest.approx(1)
    clock.now += 1
    assert session.expired and not session.active
    assert not session.touch()  # too late: staff must enter the PIN again
    assert not session.active


@pytest.mark.parametrize("wall_step_s", [-3600, +3600], ids=["set back", "set forward"])
def test_the_staff_session_ignores_the_wall_clock(
    monkeypatch: pytest.MonkeyPatch, clock: Clock, wall_step_s: int
) -> None:
    """The session runs on the monotonic clock: the wall clock set back an hour mid-session
    must not keep staff mode open, nor set forward close it."""
    monotonic = Monotonic()
    monkeypatch.setattr("time.monotonic", monotonic)
    monkeypatch.setattr("kiosk.data.types.utcnow", clock)
    monkeypatch.setattr("kiosk.services.staff_session.utcnow", clock, raising=False)
    session = StaffSession()  # the clock the staff screen uses
    session.open()
    clock.advance(wall_step_s)
    monotonic.now += 60
    assert session.active and session.remaining_s == pytest.approx(120)
    monotonic.now += 121
    assert session.expired and not session.touch()
