"""The staff PIN: stored only as an scrypt hash, checked in constant time, guarded by a lockout.

The hash lives in a database Setting as ``scrypt$ln=16$r=8$p=1$<salt>$<key>`` (base64), so
the parameters travel with it and can be raised later (a correct PIN under weaker parameters
is re-hashed). The lockout state (consecutive failures, locked-until) lives in the database
too, so restarting the kiosk does not reset it. Nothing here logs or returns the PIN.

Lockout: the 5th consecutive wrong PIN locks for 30 s, each further wrong PIN doubles it
(60 s, 120 s, ...) up to a day. Attempts during a lockout are refused without being checked or
counted. A correct PIN, or ``kiosk set-pin``, clears it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import itertools
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from kiosk.data.settings_repo import delete_setting, get_setting, set_setting
from kiosk.data.types import utcnow
from kiosk.domain.messages import Message
from kiosk.errors import KioskError
from kiosk.services import audit

PIN_HASH = "staff.pin_hash"
PIN_FAILURES = "staff.pin_failures"
PIN_LOCKED_UNTIL = "staff.pin_locked_until"

MIN_PIN_LENGTH = 6
MAX_PIN_LENGTH = 12

# scrypt cost: N = 2**16, r = 8, p = 1 needs 128 * r * N = 64 MiB, above hashlib's 32 MiB default.
SCRYPT_LOG2_N = 16
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
KEY_BYTES = 32

FREE_ATTEMPTS = 5
FIRST_LOCKOUT_S = 30
MAX_LOCKOUT_S = 24 * 3600

Clock = Callable[[], datetime]


@dataclass(frozen=True)
class ScryptParams:
    log2_n: int = SCRYPT_LOG2_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P

    @property
    def n(self) -> int:
        return 1 << self.log2_n

    @property
    def maxmem(self) -> int:
        """Memory hashlib must be allowed: 128·r·N for the work area, plus room for p blocks."""
        return 128 * self.r * (self.n + self.p + 2) + (1 << 20)

    def weaker_than(self, other: ScryptParams) -> bool:
        return self.log2_n < other.log2_n or self.r < other.r or self.p < other.p


POLICY = ScryptParams()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(pin: str, salt: bytes, params: ScryptParams) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"),
        salt=salt,
        n=params.n,
        r=params.r,
        p=params.p,
        maxmem=params.maxmem,
        dklen=KEY_BYTES,
    )


def hash_pin(pin: str, params: ScryptParams = POLICY) -> str:
    """The encoded hash of ``pin`` with a fresh random salt."""
    salt = secrets.token_bytes(SALT_BYTES)
    key = _derive(pin, salt, params)
    return f"scrypt$ln={params.log2_n}$r={params.r}$p={params.p}${_b64(salt)}${_b64(key)}"


def parse_hash(encoded: str) -> tuple[ScryptParams, bytes, bytes]:
    """Parameters, salt and key of an encoded hash; a damaged record is a clear error."""
    try:
        scheme, ln, r, p, salt, key = encoded.split("$")
        if scheme != "scrypt" or not (ln.startswith("ln=") and r.startswith("r=")):
            raise ValueError(scheme)
        if not p.startswith("p="):
            raise ValueError(p)
        params = ScryptParams(int(ln[3:]), int(r[2:]), int(p[2:]))
        if not (1 <= params.log2_n <= 24 and 1 <= params.r <= 64 and 1 <= params.p <= 16):
            raise ValueError("parameters out of range")
        return params, base64.b64decode(salt, validate=True), base64.b64decode(key, validate=True)
    except (ValueError, binascii.Error):
        raise KioskError(
            "the stored staff PIN is damaged; set a new one with 'kiosk set-pin'"
        ) from None


def check_hash(pin: str, encoded: str) -> bool:
    """Whether ``pin`` matches ``encoded``, compared in constant time."""
    params, salt, key = parse_hash(encoded)
    return hmac.compare_digest(_derive(pin, salt, params), key)


# Why a PIN is refused, by code (``kiosk set-pin`` prints the English).
PIN_PROBLEMS = {
    "digits": Message("pin.digits"),
    "short": Message("pin.short", min=MIN_PIN_LENGTH),
    "long": Message("pin.long", max=MAX_PIN_LENGTH),
    "repeat": Message("pin.repeat"),
    "run": Message("pin.run"),
    "varied": Message("pin.varied"),
    "pattern": Message("pin.pattern"),
    "common": Message("pin.common"),
}

# PINs people choose most often that the rules above let through: keypad lines and shapes,
# famous numbers, and the lucky numbers of Macao and mainland China (520 "I love you",
# 1314 "for ever", 168 "prosperity all the way", 518 "I will prosper").
_COMMON_PINS_TEXT = """
    147258 258369 369258 147369 159753 159357 357159 753159 741852 852963 963852 147852
    258456 789456 456789123 456123 321654 123654 654123 142536 102030 112358 314159 271828
    520131 131452 520520 521521 5201314 1314520 168168 518518 168888 888168 666888 888666
    168518 518168 123654789 147896325 159630 753951 951753 789123 123789 789654
"""
COMMON_PINS = frozenset(_COMMON_PINS_TEXT.split())


def _steps(pin: str) -> set[int]:
    return {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(pin)}


def _is_repeated_group(pin: str) -> bool:
    """121212, 123123, 12341234 (a group over and over) or 112233, 111222 (each digit in a
    block of the same size)."""
    size = len(pin)
    for width in range(1, size // 2 + 1):
        if size % width == 0 and pin == pin[:width] * (size // width):
            return True
        if size % width == 0 and width > 1:
            blocks = [pin[i : i + width] for i in range(0, size, width)]
            if all(len(set(block)) == 1 for block in blocks):
                return True
    return False


def pin_problem_code(pin: str) -> str | None:
    """Why ``pin`` cannot be a staff PIN (a key of ``PIN_PROBLEMS``), or None if it can.

    The PIN is the only lock on the leads in staff mode, and the pad is in a public hall: the
    guesses a passer-by tries first (one digit, runs, repeated groups, mirrors, the famous
    ones) are refused, each with its own reason.
    """
    if not pin.isascii() or not pin.isdigit():
        return "digits"
    if len(pin) < MIN_PIN_LENGTH:
        return "short"
    if len(pin) > MAX_PIN_LENGTH:
        return "long"
    if len(set(pin)) == 1:
        return "repeat"
    if len(_steps(pin)) == 1:
        return "run"
    if _is_repeated_group(pin) or pin == pin[::-1]:
        return "pattern"
    if len(set(pin)) < 3 or max(pin.count(d) for d in set(pin)) * 2 > len(pin):
        return "varied"
    if pin in COMMON_PINS:
        return "common"
    return None


def pin_problem(pin: str) -> str | None:
    """Why ``pin`` cannot be a staff PIN, or None if it can."""
    code = pin_problem_code(pin)
    return str(PIN_PROBLEMS[code]) if code else None


@dataclass(frozen=True)
class PinCheck:
    """The outcome of one attempt: accepted, or why not and for how long staff must wait."""

    ok: bool
    locked_for_s: float = 0.0
    failures: int = 0
    attempts_before_lock: int = FREE_ATTEMPTS
    not_set: bool = False

    @property
    def locked(self) -> bool:
        return self.locked_for_s > 0


@dataclass(frozen=True)
class PinStatus:
    is_set: bool
    locked_for_s: float
    failures: int


def lockout_seconds(failures: int) -> int:
    """Lockout after ``failures`` consecutive wrong PINs: 0 below 5, then 30 s doubling."""
    if failures < FREE_ATTEMPTS:
        return 0
    exponent = min(failures - FREE_ATTEMPTS, 32)
    return min(FIRST_LOCKOUT_S << exponent, MAX_LOCKOUT_S)


class StaffPin:
    """Set and check the staff PIN.

    ``clock`` returns aware UTC times and ``params`` is the hashing policy; tests inject a
    clock, and cheaper parameters where the cost of scrypt is not what they test.
    """

    def __init__(
        self,
        sessions: sessionmaker[Session],
        clock: Clock = utcnow,
        params: ScryptParams = POLICY,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._params = params

    # ------------------------------------------------------------------ state

    def _failures(self, session: Session) -> int:
        raw = get_setting(session, PIN_FAILURES, "0") or "0"
        return int(raw) if raw.isdigit() else FREE_ATTEMPTS

    def _locked_for(self, session: Session, now: datetime) -> float:
        raw = get_setting(session, PIN_LOCKED_UNTIL)
        if not raw:
            return 0.0
        try:
            until = datetime.fromisoformat(raw)
        except ValueError:
            until = now + timedelta(seconds=FIRST_LOCKOUT_S)
        remaining = (until - now).total_seconds()
        # A clock set backwards must not stretch the lockout beyond its own length.
        return max(0.0, min(remaining, float(lockout_seconds(self._failures(session)))))

    def status(self) -> PinStatus:
        with self._sessions() as session:
            return PinStatus(
                is_set=get_setting(session, PIN_HASH) is not None,
                locked_for_s=self._locked_for(session, self._clock()),
                failures=self._failures(session),
            )

    def is_set(self) -> bool:
        return self.status().is_set

    # ------------------------------------------------------------------ change

    def set_pin(self, pin: str, *, actor: str) -> None:
        """Store a new PIN (replacing any) and clear the lockout. Weak PINs are refused."""
        problem = pin_problem(pin)
        if problem:
            raise KioskError(problem)
        encoded = hash_pin(pin, self._params)
        with self._sessions.begin() as session:
            replaced = get_setting(session, PIN_HASH) is not None
            set_setting(session, PIN_HASH, encoded)
            delete_setting(session, PIN_FAILURES)
            delete_setting(session, PIN_LOCKED_UNTIL)
            audit.record(session, "pin.set", actor=actor, detail={"replaced": replaced})

    # ------------------------------------------------------------------ check

    def verify(self, pin: str) -> PinCheck:
        """Check one attempt, counting failures in the database."""
        with self._sessions() as session:
            encoded = get_setting(session, PIN_HASH)
            failures = self._failures(session)
            locked_for = self._locked_for(session, self._clock())
        if encoded is None:
            return PinCheck(ok=False, not_set=True)
        if locked_for > 0:
            return PinCheck(ok=False, locked_for_s=locked_for, failures=failures)
        # The slow hash runs outside any transaction so it never holds the database.
        matched = check_hash(pin, encoded)
        params, _salt, _key = parse_hash(encoded)
        with self._sessions.begin() as session:
            if matched:
                delete_setting(session, PIN_FAILURES)
                delete_setting(session, PIN_LOCKED_UNTIL)
                if params.weaker_than(self._params):
                    set_setting(session, PIN_HASH, hash_pin(pin, self._params))
                return PinCheck(ok=True)
            failures = self._failures(session) + 1
            set_setting(session, PIN_FAILURES, str(failures))
            lock_s = lockout_seconds(failures)
            if lock_s:
                until = self._clock() + timedelta(seconds=lock_s)
                set_setting(session, PIN_LOCKED_UNTIL, until.isoformat())
                audit.record(
                    session,
                    "pin.locked",
                    actor=audit.ACTOR_STAFF,
                    detail={"failures": failures, "seconds": lock_s},
                )
            return PinCheck(
                ok=False,
                locked_for_s=float(lock_s),
                failures=failures,
                attempts_before_lock=max(0, FREE_ATTEMPTS - failures),
            )
